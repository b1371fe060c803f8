// Seeded history starts in the past, so the checklist it answers must already exist then.
import type { Db } from "@/lib/server/db/client";
import { loadChecklist } from "./load-checklist";

export async function prepareChecklist(db: Db, since: Date): Promise<void> {
  await loadChecklist(db, { now: since });
  // Items loaded at start-up carry the start-up time. Only items nobody has answered yet are
  // moved back, so a real organisation's history is never rewritten.
  await db.$executeRaw`
    UPDATE "ChecklistItem" i SET "createdAt" = ${since}
    WHERE i."createdAt" > ${since} AND i."retiredAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."itemId" = i.id)`;
}
