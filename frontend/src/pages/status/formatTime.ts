/** Local date-time in the UI language, e.g. "Nov 23, 2026, 15:04:05" / "2026/11/23 15:04:05". */
export function formatDateTime(value: string | number | Date, language: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date)
}

export function formatTime(value: number | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(value)
}
