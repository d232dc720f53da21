/** The product mark: a path through three stages. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-primary)" />
      <path d="M8 22c4 0 4-12 8-12s4 12 8 12" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="8" cy="22" r="2.5" fill="#a5b4fc" />
      <circle cx="16" cy="10" r="2.5" fill="#fff" />
      <circle cx="24" cy="22" r="2.5" fill="#34d399" />
    </svg>
  )
}
