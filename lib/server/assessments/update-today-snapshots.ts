// Keeps today's ORG and TEAM ScoreSnapshot rows current on submit without recomputing the
// organisation: the new submission replaces the entity's previous latest one, so each affected
// row (the organisation's and the entity's team's, all-categories and per category) moves by
// the difference of the two. Runs inside the submit transaction under the snapshot writers'
// advisory lock, so it serialises with a full recompute (recordScoreSnapshots): whichever runs
// second sees the other's result. When today's rows do not exist yet (first submit of the day,
// or a team created since), it falls back to the full recompute for today.
//
// Per-category sums are derived the way recordScoreSnapshots derives them (answers joined with
// the items that applied when the assessment was submitted); the all-categories row moves by
// the frozen sums.
import { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_SUMS, type ScoreSums } from "@/lib/domain/scoring/score";
import type { Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { PER_ASSESSMENT_CATEGORY_SUMS } from "@/lib/server/scoring/category-sums.sql";
import { recordScoreSnapshotsIn } from "@/lib/server/scoring/record-score-snapshots";

interface CategoryRow extends ScoreSums {
  aid: string;
  categoryId: string;
}

async function categorySums(tx: Tx, ids: string[]): Promise<CategoryRow[]> {
  return tx.$queryRaw<CategoryRow[]>`
    WITH chosen AS (
      SELECT a.id, e.kind, a."submittedAt" FROM "Assessment" a JOIN "Entity" e ON e.id = a."entityId"
      WHERE a.id = ANY(${ids}::text[])
    ),
    ${PER_ASSESSMENT_CATEGORY_SUMS}
    SELECT aid, "categoryId", "debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays"
    FROM per_assessment`;
}

interface Delta extends ScoreSums {
  entityCount: number;
}

const minus = (a: ScoreSums, b: ScoreSums, entityCount: number): Delta => ({
  debtWeight: a.debtWeight - b.debtWeight,
  totalWeight: a.totalWeight - b.totalWeight,
  answeredCount: a.answeredCount - b.answeredCount,
  applicableCount: a.applicableCount - b.applicableCount,
  principalDays: a.principalDays - b.principalDays,
  entityCount,
});

const toSums = (r: CategoryRow | undefined): ScoreSums =>
  r
    ? {
        debtWeight: r.debtWeight,
        totalWeight: r.totalWeight,
        answeredCount: r.answeredCount,
        applicableCount: r.applicableCount,
        principalDays: r.principalDays,
      }
    : EMPTY_SUMS;

export interface SubmittedChange {
  teamId: string | null;
  /** The assessment just submitted, with its frozen sums. */
  current: { id: string; sums: ScoreSums };
  /** The entity's previous latest submitted DEBT assessment, if any. */
  previous: { id: string; sums: ScoreSums } | null;
  now: Date;
}

export async function updateTodaySnapshots(tx: Tx, change: SubmittedChange): Promise<"incremental" | "recomputed"> {
  await lockForTransaction(tx, "scoreSnapshots");
  const day = change.now.toISOString().slice(0, 10);
  const scopes = [Prisma.sql`("scope" = 'ORG')`];
  if (change.teamId) scopes.push(Prisma.sql`("scope" = 'TEAM' AND "teamId" = ${change.teamId})`);
  const [existing] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "ScoreSnapshot"
    WHERE "takenOn" = ${day}::date AND "categoryId" IS NULL AND (${Prisma.join(scopes, " OR ")})`;
  if ((existing?.n ?? 0) < scopes.length) {
    // recordScoreSnapshotsIn takes the same lock again, which a session already holding it gets.
    await recordScoreSnapshotsIn(tx, { on: change.now });
    return "recomputed";
  }

  const ids = [change.current.id, ...(change.previous ? [change.previous.id] : [])];
  const rows = await categorySums(tx, ids);
  const categories = new Set(rows.map((r) => r.categoryId));
  const deltas: [string | null, Delta][] = [
    [null, minus(change.current.sums, change.previous?.sums ?? EMPTY_SUMS, change.previous ? 0 : 1)],
  ];
  for (const categoryId of categories) {
    const now = rows.find((r) => r.aid === change.current.id && r.categoryId === categoryId);
    const was = change.previous
      ? rows.find((r) => r.aid === change.previous?.id && r.categoryId === categoryId)
      : undefined;
    // A category row counts the entities with anything applicable in it (recordScoreSnapshots' n).
    const counted = (r: CategoryRow | undefined) => ((r?.applicableCount ?? 0) > 0 ? 1 : 0);
    deltas.push([categoryId, minus(toSums(now), toSums(was), counted(now) - counted(was))]);
  }
  for (const [categoryId, d] of deltas) {
    await tx.$executeRaw`
      UPDATE "ScoreSnapshot" SET
        "debtWeight" = "debtWeight" + ${d.debtWeight}, "totalWeight" = "totalWeight" + ${d.totalWeight},
        "answeredCount" = "answeredCount" + ${d.answeredCount}, "applicableCount" = "applicableCount" + ${d.applicableCount},
        "principalDays" = "principalDays" + ${d.principalDays}, "entityCount" = "entityCount" + ${d.entityCount}
      WHERE "takenOn" = ${day}::date AND "categoryId" IS NOT DISTINCT FROM ${categoryId}
        AND (${Prisma.join(scopes, " OR ")})`;
  }
  return "incremental";
}
