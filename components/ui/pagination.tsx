// Server-rendered pagination: "21–40 of 213" and page links built by the caller's href().
import Link from "next/link";
import clsx from "clsx";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { pageWindow } from "@/lib/domain/format/catalog-params";
import { formatCount } from "@/lib/domain/format/number";

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}

const item = "inline-flex h-8 min-w-8 items-center justify-center rounded-md px-2 text-[13px] tabular";

export function Pagination({ page, pageSize, total, href }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-5 py-3"
    >
      <p className="text-[13px] text-muted tabular">
        {total === 0 ? "No results" : `${formatCount(from)}–${formatCount(to)} of ${formatCount(total)}`}
      </p>
      {pages > 1 ? (
        <ul className="flex items-center gap-1">
          <li>
            <PageLink href={page > 1 ? href(page - 1) : null} label="Previous page">
              <ChevronLeft aria-hidden className="size-4" />
            </PageLink>
          </li>
          {pageWindow(page, pages).map((p, i) =>
            p === null ? (
              <li key={`gap-${i}`} className={clsx(item, "text-subtle")} aria-hidden>
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  href={href(p)}
                  aria-current={p === page ? "page" : undefined}
                  className={clsx(
                    item,
                    p === page
                      ? "bg-foreground font-medium text-surface"
                      : "text-muted hover:bg-surface-hover hover:text-foreground",
                  )}
                >
                  {p}
                </Link>
              </li>
            ),
          )}
          <li>
            <PageLink href={page < pages ? href(page + 1) : null} label="Next page">
              <ChevronRight aria-hidden className="size-4" />
            </PageLink>
          </li>
        </ul>
      ) : null}
    </nav>
  );
}

function PageLink({ href, label, children }: { href: string | null; label: string; children: React.ReactNode }) {
  if (!href)
    return (
      <span role="link" aria-disabled="true" className={clsx(item, "text-subtle/60")} aria-label={label}>
        {children}
      </span>
    );
  return (
    <Link
      href={href}
      aria-label={label}
      className={clsx(item, "text-muted hover:bg-surface-hover hover:text-foreground")}
    >
      {children}
    </Link>
  );
}
