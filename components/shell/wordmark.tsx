// The debtboard mark: five bars in the rating colours, stepping down like a debt being paid off.
export function Wordmark() {
  return (
    <span className="flex items-center gap-2">
      <svg aria-hidden viewBox="0 0 20 20" className="size-6">
        <rect width="20" height="20" rx="5" fill="var(--foreground)" />
        <rect x="4" y="5" width="2" height="10" rx="1" fill="var(--rating-e)" />
        <rect x="7.5" y="7" width="2" height="8" rx="1" fill="var(--rating-d)" />
        <rect x="11" y="9" width="2" height="6" rx="1" fill="var(--rating-b)" />
        <rect x="14.5" y="11" width="2" height="4" rx="1" fill="var(--rating-a)" />
      </svg>
      <span className="text-[15px] font-semibold tracking-tight text-foreground">debtboard</span>
    </span>
  );
}
