// Test helper for tests that submit hand-made assessments (score-change, scores-version): a
// scratch database with the checklist loaded, its client installed as the app's db(), and the
// ids of the live DEBT items that apply to models, by key.
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { prepareChecklist } from "@/lib/server/seed/prepare-checklist";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

export async function openChecklistScratch(): Promise<{ scratch: ScratchDatabase; db: Db; itemIds: string[] }> {
  const scratch = await createScratchDatabase();
  const db = createPrismaClient(scratch.url, 2);
  (globalThis as unknown as { debtboardDb?: Db }).debtboardDb = db;
  await prepareChecklist(db, new Date("2025-01-01T00:00:00Z"));
  const items = await db.checklistItem.findMany({
    where: { retiredAt: null, appliesTo: { has: "MODEL" }, category: { rubric: "DEBT" } },
    select: { id: true },
    orderBy: { key: "asc" },
  });
  return { scratch, db, itemIds: items.map((i) => i.id) };
}
