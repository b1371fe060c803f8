"use client";
// A control the viewer may not use, shown greyed with the reason beside it ("Only Ranking
// maintainers can close this review.") instead of vanishing: people learn what exists and whom
// to ask. The reason is the button's accessible description.
import { useId, type ReactNode } from "react";
import clsx from "clsx";
import { Lock } from "lucide-react";
import { secondaryButton } from "./controls";

export function NotAllowed({
  children,
  reason,
  className,
  buttonClassName = secondaryButton,
}: {
  /** The control's label (as it would read when allowed). */
  children: ReactNode;
  reason: string;
  className?: string;
  buttonClassName?: string;
}) {
  const id = useId();
  return (
    <span className={clsx("inline-flex flex-wrap items-center gap-2", className)} data-not-allowed>
      <button type="button" disabled aria-describedby={id} className={clsx(buttonClassName, "cursor-not-allowed")}>
        {children}
      </button>
      <span id={id} className="inline-flex items-center gap-1 text-xs text-muted">
        <Lock aria-hidden className="size-3 shrink-0" />
        {reason}
      </span>
    </span>
  );
}
