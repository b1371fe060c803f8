// A small pill for statuses, lifecycles and kinds.
import clsx from "clsx";
import type { ReactNode } from "react";

/** One class per tone (app/globals.css): badges sit on every row of the dashboards' tables. */
const TONES = {
  neutral: "badge-neutral",
  accent: "badge-accent",
  success: "badge-success",
  warning: "badge-warning",
  danger: "badge-danger",
} as const;

export type BadgeTone = keyof typeof TONES;

/** `sm` is the badge class's own size; `lg`: presenter mode, readable from the back of a room (16 px). */
const SIZES = { sm: undefined, lg: "h-7 px-3 text-base" } as const;

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
        "badge", // app/globals.css: the pill's shape and small size, one class on every table row
        SIZES[size],
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
