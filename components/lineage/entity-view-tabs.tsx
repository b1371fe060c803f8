// The entity's views: its page, its lineage graph, and the impact of changing it.
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { LinkTabs } from "@/components/ui/link-tabs";

export type EntityView = "overview" | "why" | "lineage" | "impact";

export function EntityViewTabs({ kind, name, current }: { kind: EntityKind; name: string; current: EntityView }) {
  const base = entityHref(kind, name);
  const tabs: { key: EntityView; label: string; href: string }[] = [
    { key: "overview", label: "Overview", href: base },
    { key: "why", label: "Why this rating", href: `${base}/why` },
    { key: "lineage", label: "Lineage graph", href: `${base}/lineage` },
    { key: "impact", label: "Impact of a change", href: `${base}/impact` },
  ];
  return <LinkTabs label="Entity views" tabs={tabs} current={current} />;
}
