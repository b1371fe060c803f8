// The checklist items a draft asks: live (not retired), of the draft's rubric, applying to the
// entity's kind (itemsForNewAssessment). One query, shared by start, save and submit so they
// agree on what counts.
import type { EntityKind, Rubric } from "@/lib/domain/kinds";
import { itemsForNewAssessment } from "@/lib/domain/scoring/applicable-items";
import type { Db, Tx } from "@/lib/server/db/client";

export interface LiveItem {
  id: string;
  key: string;
  categoryId: string;
  weight: number;
  remediationDays: number;
  appliesTo: EntityKind[];
  retiredAt: Date | null;
}

export async function liveItems(db: Db | Tx, rubric: Rubric, kind: EntityKind): Promise<LiveItem[]> {
  const rows = await db.checklistItem.findMany({
    // The SQL filter narrows the read; itemsForNewAssessment is the rule itself.
    where: { retiredAt: null, appliesTo: { has: kind }, category: { rubric } },
    select: {
      id: true,
      key: true,
      categoryId: true,
      weight: true,
      remediationDays: true,
      appliesTo: true,
      retiredAt: true,
    },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
  });
  return itemsForNewAssessment(rows, kind);
}
