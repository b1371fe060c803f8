// The header shared by an entity's lineage and impact views: breadcrumbs back to its page, its
// name and kind, and the view tabs.
import type { ReactNode } from "react";
import { KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "@/lib/domain/format/labels";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { KindIcon } from "@/components/entity/kind-icon";
import { EntityViewTabs, type EntityView } from "./entity-view-tabs";

export function EntityFrame({
  kind,
  name,
  view,
  title,
  description,
  actions,
}: {
  kind: EntityKind;
  name: string;
  view: EntityView;
  title: string;
  description: ReactNode;
  actions?: ReactNode;
}) {
  const label = KIND_LABELS[kind];
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Catalog", href: catalogHref({}) },
          { label: label.many, href: catalogHref({ kind }) },
          { label: name, href: entityHref(kind, name) },
          { label: title },
        ]}
        title={<span className="font-mono text-[22px] tracking-tight">{name}</span>}
        meta={
          <Badge>
            <KindIcon kind={kind} className="size-3 text-muted" />
            {label.one}
          </Badge>
        }
        description={description}
        actions={actions}
      />
      <EntityViewTabs kind={kind} name={name} current={view} />
    </>
  );
}
