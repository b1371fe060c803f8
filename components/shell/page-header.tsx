// Each page's title block: breadcrumbs, title, one-line description, actions on the right.
import Link from "next/link";
import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: readonly Crumb[];
  actions?: ReactNode;
  /** Badges next to the title (kind, lifecycle, rating). */
  meta?: ReactNode;
}

export function PageHeader({ title, description, breadcrumbs, actions, meta }: PageHeaderProps) {
  return (
    <header className="mb-7">
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="mb-3">
          <ol className="flex min-w-0 items-center gap-1 text-[13px] text-muted">
            {breadcrumbs.map((c, i) => (
              <li key={`${c.label}-${i}`} className="flex min-w-0 items-center gap-1">
                {i > 0 ? <ChevronRight aria-hidden className="size-3.5 shrink-0 text-subtle" /> : null}
                {c.href ? (
                  <Link href={c.href} className="truncate hover:text-foreground">
                    {c.label}
                  </Link>
                ) : (
                  <span aria-current="page" className="truncate text-foreground">
                    {c.label}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        {/* An 18rem basis, not 0: where the title and the actions do not both fit (a phone), the
            actions wrap under the title instead of squeezing it into a column that splits words. */}
        <div className="min-w-0 flex-[1_1_18rem]">
          <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
            <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words text-foreground">{title}</h1>
            {meta}
          </div>
          {description ? <p className="mt-1.5 max-w-3xl text-sm text-muted">{description}</p> : null}
        </div>
        {actions ? <div className="flex max-w-full shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
