// The catalogue's kind tabs. Counts follow the current search and team filter.
import Link from "next/link";
import clsx from "clsx";
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";
import { catalogHref, type CatalogParams } from "@/lib/domain/format/catalog-params";
import { formatCount } from "@/lib/domain/format/number";
import { KindIcon } from "@/components/entity/kind-icon";

export interface KindTabsProps {
  params: CatalogParams;
  /** null while the counts are loading. */
  counts: Record<EntityKind, number> | null;
}

export function KindTabs({ params, counts }: KindTabsProps) {
  return (
    <nav aria-label="Entity kind" className="border-b border-border">
      <ul className="relative -mb-px flex gap-1 overflow-x-auto">
        {ENTITY_KINDS.map((kind) => {
          const active = kind === params.kind;
          return (
            <li key={kind}>
              <Link
                href={catalogHref({
                  kind,
                  q: params.q,
                  team: params.team,
                  lifecycle: params.lifecycle,
                  sort: params.sort,
                })}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex h-10 items-center gap-2 border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
                  active
                    ? "border-accent text-foreground"
                    : "border-transparent text-muted hover:border-border-strong hover:text-foreground",
                )}
              >
                <KindIcon kind={kind} className={active ? "text-accent" : undefined} />
                {KIND_LABELS[kind].many}
                <span
                  className={clsx(
                    "min-w-6 rounded-full px-1.5 py-px text-center text-[11px] tabular",
                    active ? "bg-accent-soft text-accent" : "bg-surface-hover text-muted",
                  )}
                >
                  {counts ? formatCount(counts[kind]) : "·"}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
