/**
 * Local date-time in the UI language, e.g. "Nov 23, 2026, 3:04:05 PM" / "2026年11月23日 15:04:05",
 * or only the date ("Nov 23, 2026" / "2026年11月23日").
 */
export function formatDateTime(value: string | number | Date, language: string, parts: 'datetime' | 'date' = 'datetime'): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  const options: Intl.DateTimeFormatOptions = parts === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'medium' }
  return new Intl.DateTimeFormat(language, options).format(date)
}

export function formatTime(value: number | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(value)
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

/** "5 seconds ago" / "5秒钟前"; a time slightly in the future (clock skew) counts as now. */
export function formatRelativeToNow(value: string | number | Date, language: string, now: number = Date.now()): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  const seconds = Math.max(0, Math.round((now - date.getTime()) / 1000))
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit)
  }
  return format.format(-seconds, 'second')
}
