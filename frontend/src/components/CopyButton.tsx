import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { Button } from './Button'
import { Icon } from './Icon'

type CopyButtonProps = {
  text: string
  label?: string
  testId?: string
}

/** Copies `text` to the clipboard and says so for two seconds. */
export function CopyButton({ text, label, testId }: CopyButtonProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <Button variant="secondary" onClick={() => void copy()} data-testid={testId} aria-live="polite">
      <Icon name={state === 'copied' ? 'check' : 'copy'} size={16} />
      {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : (label ?? t('common.copy'))}
    </Button>
  )
}
