// A compact segmented control made of links (the trends page's range, grain and scope): the
// current option carries aria-current, and navigation keeps the scroll position.
import Link from "next/link";
import clsx from "clsx";

export interface LinkTabOption {
  value: string;
  label: string;
  href: string;
  /** Extra text for the tooltip. */
  title?: string;
}

export function LinkTabs({
  label,
  value,
  options,
}: {
  label: string;
  value: string;
  options: readonly LinkTabOption[];
}) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-border bg-surface-muted p-0.5">
      {options.map((o) => {
        const current = o.value === value;
        return (
          <Link
            key={o.value}
            href={o.href}
            scroll={false}
            prefetch={false}
            aria-current={current ? "true" : undefined}
            title={o.title}
            className={clsx(
              "inline-flex h-6 items-center rounded px-2 text-xs font-medium whitespace-nowrap transition-colors",
              current
                ? "bg-surface text-foreground shadow-[0_1px_2px_rgba(16,16,24,0.08)]"
                : "text-muted hover:text-foreground",
            )}
          >
            {o.label}
          </Link>
        );
      })}
    </nav>
  );
}
