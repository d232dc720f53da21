import { useTranslation } from 'react-i18next'

import { Icon } from '../components/Icon'
import { chooseLanguage } from '../i18n'
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../i18n/language'
import styles from './LanguageSwitcher.module.css'

/** Segmented control: each language is named in its own language so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? i18n.language
  return (
    <div className={styles.switcher} role="group" aria-label={t('language.label')} data-testid="language-switcher">
      <Icon name="globe" size={16} className={styles.icon} />
      {SUPPORTED_LANGUAGES.map((language) => {
        const active = current === language
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className={active ? `${styles.option} ${styles.active}` : styles.option}
            aria-pressed={active}
            onClick={() => void chooseLanguage(language)}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        )
      })}
    </div>
  )
}
