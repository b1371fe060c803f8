// Keeps today's ORG/TEAM ScoreSnapshot rows true after catalogue changes that move scores without
// a submit: an entity archived, moved to another team, imported, a team archived. A submit
// updates them itself (update-today-snapshots.ts); these changes run the coalesced findings
// recompute after the response (findings/schedule.ts), which calls this. Recomputing a day costs
// seconds at the large scale, so it runs only when what the snapshots pool has changed: which
// entities are active and which team owns them, and which teams are active (a cheap digest).
import type { Db } from "@/lib/server/db/client";
import { recordScoreSnapshots } from "./record-score-snapshots";

let lastDigest: string | null = null;

export async function refreshTodaySnapshotsIfMoved(db: Db, now = new Date()): Promise<boolean> {
  const [row] = await db.$queryRaw<{ digest: string }[]>`
    SELECT md5(
      COALESCE((SELECT string_agg(e."id" || ':' || COALESCE(e."teamId", ''), ',' ORDER BY e."id") FROM "Entity" e WHERE e."archivedAt" IS NULL), '') || '|' ||
      COALESCE((SELECT string_agg(t."id", ',' ORDER BY t."id") FROM "Team" t WHERE t."archivedAt" IS NULL), '')
    ) AS digest`;
  const digest = row?.digest ?? "";
  if (digest === lastDigest) return false;
  await recordScoreSnapshots(db, { on: now });
  lastDigest = digest;
  return true;
}
