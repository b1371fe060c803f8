// A small pill for statuses, lifecycles and kinds.
import clsx from "clsx";
import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-surface-muted text-muted ring-border",
  accent: "bg-accent-soft text-accent ring-accent/15",
  success: "bg-success-soft text-success ring-success/15",
  warning: "bg-warning-soft text-warning ring-warning-line/25",
  danger: "bg-danger-soft text-danger ring-danger/15",
} as const;

export type BadgeTone = keyof typeof TONES;

/** `lg`: presenter mode, readable from the back of a room (16 px). */
const SIZES = { sm: "h-5 px-2 text-[11px]", lg: "h-7 px-3 text-base" } as const;

export function Badge({
  children,
  tone = "neutral",
  size = "sm",
  className,
}: {
  children: ReactNode;
  tone?: BadgeTone;
  size?: keyof typeof SIZES;
  className?: string;
}) {
  return (
    <span
      data-badge
      className={clsx(
        "badge", // app/globals.css: the pill's shape, one class on every table row
        SIZES[size],
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
