// The entity's views: its page, its lineage graph, and the impact of changing it.
import Link from "next/link";
import clsx from "clsx";
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";

export type EntityView = "overview" | "lineage" | "impact";

export function EntityViewTabs({ kind, name, current }: { kind: EntityKind; name: string; current: EntityView }) {
  const base = entityHref(kind, name);
  const tabs: { view: EntityView; label: string; href: string }[] = [
    { view: "overview", label: "Overview", href: base },
    { view: "lineage", label: "Lineage graph", href: `${base}/lineage` },
    { view: "impact", label: "Impact of a change", href: `${base}/impact` },
  ];
  return (
    <nav aria-label="Entity views" className="mb-5 border-b border-border">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((t) => (
          <li key={t.view}>
            <Link
              href={t.href}
              aria-current={t.view === current ? "page" : undefined}
              className={clsx(
                "flex h-9 items-center border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
                t.view === current ? "border-accent text-foreground" : "border-transparent text-muted hover:border-border-strong hover:text-foreground",
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
