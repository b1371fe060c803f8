// The live checklist as the seeds answer it. Whatever content.ts ships, seeds only ever answer
// items that exist in the database, so they never drift from the loaded checklist.
import type { Db, Tx } from "@/lib/server/db/client";
import type { EntityKind, Rubric } from "@/lib/domain/kinds";

export interface SeedItem {
  id: string;
  key: string;
  categoryId: string;
  rubric: Rubric;
  weight: number;
  remediationDays: number;
  appliesTo: readonly EntityKind[];
}

export async function readSeedItems(db: Db | Tx): Promise<SeedItem[]> {
  const rows = await db.checklistItem.findMany({
    where: { retiredAt: null },
    select: {
      id: true,
      key: true,
      categoryId: true,
      weight: true,
      remediationDays: true,
      appliesTo: true,
      category: { select: { rubric: true } },
    },
    // A stable order keeps every draw of the seeded generator in the same place.
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
  return rows.map(({ category, ...item }) => ({ ...item, rubric: category.rubric }));
}

export function itemsFor(items: readonly SeedItem[], rubric: Rubric, kind: EntityKind): SeedItem[] {
  return items.filter((i) => i.rubric === rubric && i.appliesTo.includes(kind));
}
