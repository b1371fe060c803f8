// Class names for the settings forms' controls, matching the dashboard's look (kept here, not in
// components/ui, until the app has one shared form kit).
const field =
  "h-9 rounded-lg border border-border-strong bg-surface px-3 text-[13px] text-foreground shadow-[inset_0_1px_1px_rgba(16,16,24,0.03)] " +
  "outline-none transition placeholder:text-subtle focus:border-accent focus:ring-3 focus:ring-accent/15 " +
  "disabled:opacity-60";
export const inputClass = `${field} w-full`;
/** Full width unless the caller adds a width; `selectClass` never sets one. */
export const selectClass =
  `${field} appearance-none bg-[length:14px] bg-[right_10px_center] bg-no-repeat pr-8 ` +
  `[background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%238e8e99' stroke-width='2'%3E%3Cpath d='m6 9 6 6 6-6'/%3E%3C/svg%3E")]`;
export const primaryButton =
  "inline-flex h-9 items-center justify-center gap-1.5 rounded-lg bg-foreground px-3.5 text-[13px] font-medium text-surface transition hover:bg-foreground/85 disabled:cursor-wait disabled:opacity-60";
export const secondaryButton =
  "inline-flex h-9 items-center justify-center gap-1.5 rounded-lg border border-border-strong bg-surface " +
  "px-3 text-[13px] font-medium text-foreground transition hover:bg-surface-hover disabled:opacity-60";
export const dangerButton =
  "inline-flex h-8 items-center justify-center gap-1.5 rounded-md border border-danger/25 bg-surface px-2.5 text-xs font-medium text-danger transition hover:bg-danger-soft disabled:opacity-60";
export const labelClass = "mb-1.5 block text-[13px] font-medium text-foreground";
