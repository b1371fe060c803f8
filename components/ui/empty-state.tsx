// What a card shows when there is nothing to list: an icon, a sentence, and what to do next.
import clsx from "clsx";
import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";

export interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
  /** The title's element: a paragraph inside a card, the page's h1 when the state is the whole page. */
  titleAs?: "p" | "h1";
}

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  className,
  titleAs: Title = "p",
}: EmptyStateProps) {
  return (
    <div className={clsx("flex flex-col items-center justify-center px-6 py-10 text-center", className)}>
      <div className="mb-3 flex size-10 items-center justify-center rounded-full border border-border bg-surface-muted">
        <Icon aria-hidden className="size-5 text-subtle" />
      </div>
      <Title
        className={Title === "h1" ? "text-lg font-semibold text-foreground" : "text-sm font-medium text-foreground"}
      >
        {title}
      </Title>
      {description ? <p className="mt-1 max-w-sm text-[13px] text-muted">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
