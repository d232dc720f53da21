import { useCallback, useEffect, useState } from 'react'

type Countdown = { until: number; now: number }

/**
 * A seconds countdown: `start(30)` from an event handler, then `secondsLeft` ticks down once a
 * second to 0; `stop()` clears it.
 */
export function useCountdown() {
  const [state, setState] = useState<Countdown | null>(null)
  const running = state !== null && state.now < state.until

  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setState((current) => current && { ...current, now: Date.now() }), 1000)
    return () => clearInterval(timer)
  }, [running])

  const start = useCallback((seconds: number) => {
    const now = Date.now()
    setState({ until: now + seconds * 1000, now })
  }, [])
  const stop = useCallback(() => setState(null), [])

  return { secondsLeft: state ? Math.max(0, Math.ceil((state.until - state.now) / 1000)) : 0, start, stop }
}
