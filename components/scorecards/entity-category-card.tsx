// The entity page's per-category breakdown of its latest debt assessment; each category opens
// the failing and partial items behind it.
import { connection } from "next/server";
import { cache } from "react";
import type { EntityKind } from "@/lib/domain/kinds";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { getEntityBreakdown } from "@/lib/server/scorecards/get-entity-breakdown";
import { Card, CardHeader } from "@/components/ui/card";
import { CategoryBreakdownTable } from "./category-breakdown";

/** The entity's latest submitted debt assessment, broken down: read once per request, shared with the score card. */
export const entityBreakdown = cache((entityId: string) => getEntityBreakdown({ entityId }));

export async function EntityCategoryCard({ entity }: { entity: { id: string; kind: EntityKind; name: string } }) {
  await connection();
  const breakdown = await entityBreakdown(entity.id);
  if (!breakdown) return null;
  // Categories with no item for this kind (nothing answered) would only add empty rows.
  const rows = breakdown.categories.filter((c) => c.sums.applicableCount > 0);
  return (
    <Card>
      <CardHeader
        title="Debt by category"
        description={`Assessment #${breakdown.seq}; open a category for its failing items.`}
      />
      <CategoryBreakdownTable rows={rows} hrefOf={(key) => whyHref({ entity }, key)} compact />
    </Card>
  );
}
