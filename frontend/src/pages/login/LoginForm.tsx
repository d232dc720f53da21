import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

import { ApiError } from '../../api/errors'
import { retryAfterSeconds } from '../../api/session'
import { useSignIn } from '../../auth/useSignIn'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { TextField } from '../../components/TextField'
import { useCountdown } from '../../lib/useCountdown'
import styles from './LoginPage.module.css'

/** Email + password. Wrong credentials, a lock-out (with its countdown) and a dead server each get their own message. */
export function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const signIn = useSignIn()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const lockout = useCountdown()
  const secondsLeft = lockout.secondsLeft
  const locked = secondsLeft > 0
  const [missing, setMissing] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (locked) return
    setMissing(!email.trim() || !password)
    if (!email.trim() || !password) return
    lockout.stop()
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => {
          const seconds = retryAfterSeconds(error)
          if (seconds) lockout.start(seconds)
          setPassword('')
        },
      },
    )
  }

  let message: string | null = null
  if (locked) {
    message = t('login.errors.locked', { seconds: secondsLeft })
  } else if (missing) {
    message = t('login.errors.missing')
  } else if (signIn.isError) {
    const error = signIn.error
    if (error instanceof ApiError && error.isNetworkError) message = t('login.errors.network')
    else if (error instanceof ApiError && error.status === 401) message = t('login.errors.invalid')
    else if (error instanceof ApiError && error.status === 429) message = t('login.errors.tryAgain')
    else if (error instanceof ApiError && error.status === 400) message = error.detail ?? t('login.errors.invalid')
    else message = t('login.errors.server', { status: error instanceof ApiError ? error.status : '?' })
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-describedby={message ? 'login-error' : undefined}>
      <TextField
        label={t('login.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        placeholder="name@company.com"
        required
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label={t('login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {message && (
        <div id="login-error" className={styles.error}>
          <Alert testId="login-error">{message}</Alert>
        </div>
      )}
      <Button type="submit" className={styles.submit} busy={signIn.isPending} disabled={locked}>
        {signIn.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  )
}
