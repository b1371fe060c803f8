// A single headline number with its label and an optional hint or adornment. Its parts are one
// class each (stat, stat-l, stat-v, stat-h in app/globals.css): the dashboards open with a row of them.
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
    <div className={clsx("stat", className)}>
      <div className="stat-l">
        <span>{label}</span>
        {Icon ? <Icon aria-hidden className="size-4 shrink-0 text-subtle" /> : null}
      </div>
      <div className="stat-v">{value}</div>
      {hint ? <div className="stat-h">{hint}</div> : null}
    </div>
  );
}
