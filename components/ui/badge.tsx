// A small pill for statuses, lifecycles and kinds.
import clsx from "clsx";
import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-surface-muted text-muted ring-border",
  accent: "bg-accent-soft text-accent ring-accent/15",
  success: "bg-success-soft text-success ring-success/15",
  warning: "bg-[#fff7e6] text-[#8a5300] ring-[#e69f00]/25",
  danger: "bg-danger-soft text-danger ring-danger/15",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({
  children,
  tone = "neutral",
  className,
}: {
  children: ReactNode;
  tone?: BadgeTone;
  className?: string;
}) {
  return (
    <span
      className={clsx(
        "inline-flex h-5 items-center gap-1 rounded-full px-2 text-[11px] font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
