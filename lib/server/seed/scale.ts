// A large synthetic organisation for load and performance work: at size L, 50 teams, 28,000
// catalogue entities, 24 months and ~100,000 submitted assessments with ~2M answers, written
// with unnest batches inside one transaction. Deterministic for a given seed and `now`.
import { Faker, en } from "@faker-js/faker";
import type { Db } from "@/lib/server/db/client";
import { recordScoreSnapshotsIn } from "@/lib/server/scoring/record-score-snapshots";
import { rebuildCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { backfillPreviousSums } from "@/lib/server/scoring/previous-sums.sql";
import { monthEndsBetween } from "@/lib/server/scoring/snapshot-days";
import { analyzeTables } from "./analyze-tables";
import { readSeedItems } from "./history/seed-items";
import { assertNotSeeded } from "./is-seeded";
import { prepareChecklist } from "./prepare-checklist";
import { createIdFactory, createRandom } from "./random";
import { buildScaleCatalogue } from "./scale/catalogue";
import { writeScaleHistory } from "./scale/history";
import { buildScaleLineage, buildScaleUsage } from "./scale/lineage";
import { SCALE_SPECS, type ScaleSize } from "./scale/spec";
import { writeScaleCatalogue, writeScalePeople } from "./scale/write";

export { SCALE_SPECS, isScaleSize, type ScaleSize } from "./scale/spec";

export interface SeedScaleOptions {
  size: ScaleSize;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedScaleResult {
  size: ScaleSize;
  teams: number;
  users: number;
  entities: number;
  relations: number;
  usageEvents: number;
  assessments: number;
  answers: number;
  snapshotRows: number;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

export async function seedScale(db: Db, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const spec = SCALE_SPECS[options.size];
  const seed = options.seed ?? 42;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const timings: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string, detail = "") => {
    const t = Date.now();
    timings[name] = t - mark;
    mark = t;
    log(`${name}${detail}: ${((timings[name] ?? 0) / 1000).toFixed(1)}s`);
  };

  await assertNotSeeded(db);
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - spec.months);
  await prepareChecklist(db, start);
  const items = await readSeedItems(db);

  const root = createRandom(`scale:${seed}`);
  const newId = createIdFactory(root.fork("ids"));
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  const cat = buildScaleCatalogue(root.fork("catalogue"), faker, newId, spec, start, now);
  const relations = buildScaleLineage(root.fork("lineage"), newId, cat, now);
  const usage = buildScaleUsage(root.fork("usage"), newId, cat, relations, now);
  phase("generate catalogue");

  const result = await db.$transaction(
    async (tx) => {
      await assertNotSeeded(tx);
      const joined = new Date(start.getTime() - 30 * 86_400_000);
      await writeScalePeople(tx, cat, joined);
      await writeScaleCatalogue(tx, cat, relations, usage);
      phase(
        "write catalogue",
        ` (${cat.entities.length} entities, ${relations.length} relations, ${usage.length} usage events)`,
      );
      const history = await writeScaleHistory(tx, { random: root.fork("history"), newId, cat, items, start, now, log });
      // What each submit would have stored about its predecessor.
      await backfillPreviousSums(tx);
      phase("write history");
      const summary = {
        created: {
          teams: cat.teams.length,
          users: cat.users.length,
          entities: cat.entities.length,
          relations: relations.length,
        },
        changed: 0,
        archived: 0,
        skipped: 0,
        seed,
        size: options.size,
      };
      const importRun = await tx.importRun.create({
        data: { source: "SEED", actorId: cat.adminId, summary, createdAt: joined },
      });
      await tx.auditEvent.create({
        data: {
          at: joined,
          actorId: cat.adminId,
          action: "import.apply",
          targetType: "ImportRun",
          targetId: importRun.id,
          after: summary,
        },
      });
      await analyzeTables(tx);
      phase("analyze");
      const snapshots = await recordScoreSnapshotsIn(tx, { on: monthEndsBetween(start, now) });
      phase("snapshots", ` (${snapshots.rows} rows)`);
      await rebuildCurrentScores(tx);
      phase("current scores");
      return { history, snapshotRows: snapshots.rows };
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  return {
    size: options.size,
    teams: cat.teams.length,
    users: cat.users.length,
    entities: cat.entities.length,
    relations: relations.length,
    usageEvents: usage.length,
    assessments: result.history.assessments,
    answers: result.history.answers,
    snapshotRows: result.snapshotRows,
    timings,
  };
}
