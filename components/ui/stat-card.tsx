// A single headline number with its label and an optional hint or adornment.
import clsx from "clsx";
import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";

export interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon?: LucideIcon;
  href?: string;
  className?: string;
}

export function StatCard({ label, value, hint, icon: Icon, className }: StatCardProps) {
  return (
    <div
      className={clsx(
        "min-w-0 rounded-xl border border-border bg-surface px-4 py-3.5 shadow-[0_1px_2px_rgba(16,16,24,0.04)]",
        className,
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-[13px] font-medium text-muted">{label}</span>
        {Icon ? <Icon aria-hidden className="size-4 shrink-0 text-subtle" /> : null}
      </div>
      <div className="mt-1.5 text-2xl font-semibold tracking-tight text-foreground tabular">{value}</div>
      {hint ? <div className="mt-0.5 truncate text-xs text-muted">{hint}</div> : null}
    </div>
  );
}
