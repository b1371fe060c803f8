// The demo organisation: seven ML teams, ~450 catalogue entities wired into lineage with every
// debt shape the product detects, a year of assessments that tells a story, planning data, and
// score snapshots (monthly, weekly for the last half year). Deterministic: one seed and one `now` always give the same data.
import type { Db } from "@/lib/server/db/client";
import { recordScoreSnapshotsIn } from "@/lib/server/scoring/record-score-snapshots";
import { rebuildCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { backfillPreviousSums } from "@/lib/server/scoring/previous-sums.sql";
import { monthEndsBetween, weeksBefore } from "@/lib/server/scoring/snapshot-days";
import { buildAudit } from "./demo/audit";
import { buildCatalogue } from "./demo/catalogue";
import { createDemoContext } from "./demo/context";
import { buildHistory } from "./demo/history";
import { buildLineage } from "./demo/lineage";
import { buildPeople } from "./demo/people";
import { buildPlanning } from "./demo/planning";
import { buildUsage } from "./demo/usage";
import { writeDemo, type DemoData } from "./demo/write";
import { writeDemoTargets } from "./demo/targets";
import { readSeedItems } from "./history/seed-items";
import { analyzeTables } from "./analyze-tables";
import { assertNotSeeded } from "./is-seeded";
import { prepareChecklist } from "./prepare-checklist";

export { DEMO_USERS } from "./demo/people";
export { DEMO_TEAMS, IMPROVING_TEAM, WORSENING_TEAM } from "./demo/teams";

export interface SeedDemoOptions {
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedDemoResult {
  teams: number;
  users: number;
  entities: number;
  relations: number;
  usageEvents: number;
  assessments: number;
  answers: number;
  snapshotDays: number;
  snapshotRows: number;
}

export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const seed = options.seed ?? 42;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  await assertNotSeeded(db);

  const ctx = createDemoContext(seed, now);
  await prepareChecklist(db, ctx.start);
  const items = await readSeedItems(db);

  const people = buildPeople(ctx);
  const cat = buildCatalogue(ctx, people);
  const lineage = buildLineage(ctx, cat);
  const usage = buildUsage(ctx, cat, lineage);
  const history = buildHistory(ctx, cat, people, items);
  const planning = buildPlanning(ctx, cat, people, items, history.assessments);
  const audit = buildAudit(ctx, {
    people,
    cat,
    relations: lineage.relations.length,
    assessments: history.assessments,
    planning,
  });
  const data: DemoData = { people, cat, lineage, usage, history, planning, audit };

  // One transaction: a failed seed leaves nothing behind, not even audit rows that could
  // never be deleted again.
  const snapshots = await db.$transaction(
    async (tx) => {
      await assertNotSeeded(tx);
      await writeDemo(tx, data, log);
      // What each submit would have stored about its predecessor.
      await backfillPreviousSums(tx);
      await writeDemoTargets(tx, { adminId: people.adminId, now });
      await analyzeTables(tx);
      // Month ends over the whole history, and every week of the last half year (weekly trends).
      const written = await recordScoreSnapshotsIn(tx, {
        on: [...monthEndsBetween(ctx.start, now), ...weeksBefore(now, 26)],
      });
      await rebuildCurrentScores(tx);
      return written;
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  log(`snapshots: ${snapshots.rows} rows over ${snapshots.days.length} days`);
  return {
    teams: people.teams.length,
    users: people.users.length,
    entities: cat.entities.length,
    relations: lineage.relations.length,
    usageEvents: usage.length,
    assessments: history.assessments.length,
    answers: history.answers.length,
    snapshotDays: snapshots.days.length,
    snapshotRows: snapshots.rows,
  };
}
