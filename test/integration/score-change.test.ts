// The 30/90-day score change (getScoreChange) against an independent pick of each entity's latest
// assessment at each moment, on a fixture of its own built to exercise the stored predecessor sums
// (prev*): re-submits inside the window (one, and several), an entity first assessed inside it,
// entities archived between a moment and now and before it, an entity re-owned since, an orphan,
// and at the end an assessment submitted out of sequence order (the case the fast read hands to
// the lookup). Also: the bulk backfill (the seeds' and the migration's) writes exactly the prev*
// a submit wrote.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { poolSums } from "@/lib/domain/scoring/score";
import type { Db } from "@/lib/server/db/client";
import { createEntity, createSubmittedAssessment, createTeam } from "@/lib/server/seed/factories";
import { backfillPreviousSums } from "@/lib/server/scoring/previous-sums.sql";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import {
  getScoreChange,
  sumsByLookup,
  sumsFromTails,
  type Moment,
  type MomentSums,
} from "@/lib/server/trends/get-score-change";
import type { ScratchDatabase } from "./scratch-db";
import { openChecklistScratch } from "./checklist-scratch";

const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 86_400_000;
const MOMENTS: Moment[] = [
  { label: "now", at: NOW },
  { label: "30", at: new Date(NOW.getTime() - 30 * DAY) }, // 16 May
  { label: "90", at: new Date(NOW.getTime() - 90 * DAY) }, // 17 March
];
const CYCLE: AnswerValue[] = ["PASS", "FAIL", "PARTIAL", "NA", "FAIL", "PASS"];

let scratch: ScratchDatabase;
let db: Db;
const team = { a: "", b: "" };
const entity: Record<string, string> = {};
let itemIds: string[] = [];
let offset = 0;

async function assess(name: string, day: string) {
  // A different answer pattern each time, so every assessment's sums differ.
  offset++;
  const answers = Object.fromEntries(
    itemIds.map((id, n) => [id, CYCLE[(n + offset) % CYCLE.length] as AnswerValue]).filter((_, n) => n % 3 !== 0),
  );
  await createSubmittedAssessment(db, { entityId: entity[name]!, answers, submittedAt: new Date(`${day}T10:00:00Z`) });
}

/** What archive and re-own do to an entity's row, with the moment chosen. */
async function change(name: string, data: { archivedAt?: Date; teamId?: string }) {
  await db.$transaction(async (tx) => {
    await tx.entity.update({ where: { id: entity[name]! }, data });
    await syncCurrentScores(tx, [entity[name]!]);
  });
}

beforeAll(async () => {
  ({ scratch, db, itemIds } = await openChecklistScratch());
  const created = new Date("2025-06-01T00:00:00Z");
  team.a = (await createTeam(db, { createdAt: created })).id;
  team.b = (await createTeam(db, { createdAt: created })).id;
  const owners: Record<string, string | null> = {
    unchanged: team.a,
    once: team.a,
    thrice: team.a,
    fresh: team.a,
    archivedLately: team.a,
    archivedMidway: team.b,
    archivedLongAgo: team.b,
    orphan: null,
    moved: team.a,
  };
  for (const [name, teamId] of Object.entries(owners))
    entity[name] = (await createEntity(db, { kind: "MODEL", teamId, createdAt: created })).id;

  await assess("unchanged", "2026-01-10"); // before every moment
  await assess("once", "2026-01-10");
  await assess("once", "2026-04-20"); // between 90 and 30 days ago
  await assess("thrice", "2026-02-01");
  await assess("thrice", "2026-04-01");
  await assess("thrice", "2026-05-25"); // two since 30 days ago
  await assess("thrice", "2026-06-10");
  await assess("fresh", "2026-04-05"); // first assessed after 90 days ago
  await assess("fresh", "2026-05-30");
  await assess("archivedLately", "2026-01-05");
  await assess("archivedLately", "2026-05-20"); // re-assessed after 30 days ago, then archived
  await assess("archivedMidway", "2026-02-01");
  await assess("archivedLongAgo", "2026-01-01");
  await assess("orphan", "2025-12-01");
  await assess("orphan", "2026-05-01");
  await assess("moved", "2026-02-01");
  await assess("moved", "2026-05-20");
  await change("archivedLately", { archivedAt: new Date("2026-06-01T09:00:00Z") });
  await change("archivedMidway", { archivedAt: new Date("2026-04-01T09:00:00Z") });
  await change("archivedLongAgo", { archivedAt: new Date("2026-01-15T09:00:00Z") });
  await change("moved", { teamId: team.b }); // counted for team B at every moment
}, 120_000);

afterAll(async () => {
  delete (globalThis as unknown as { debtboardDb?: Db }).debtboardDb;
  await db.$disconnect();
  await scratch.drop();
});

interface Row {
  entityId: string;
  teamId: string | null;
  archivedAt: Date | null;
  submittedAt: Date;
  submittedSeq: number;
  sums: ScoreSums;
}

async function history(): Promise<Row[]> {
  const rows = await db.assessment.findMany({
    where: { rubric: "DEBT", status: "SUBMITTED" },
    select: {
      entityId: true,
      submittedAt: true,
      submittedSeq: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
      entity: { select: { teamId: true, archivedAt: true } },
    },
  });
  return rows.map((r) => ({
    entityId: r.entityId,
    teamId: r.entity.teamId,
    archivedAt: r.entity.archivedAt,
    submittedAt: r.submittedAt!,
    submittedSeq: r.submittedSeq!,
    sums: {
      debtWeight: r.debtWeight!,
      totalWeight: r.totalWeight!,
      answeredCount: r.answeredCount!,
      applicableCount: r.applicableCount!,
      principalDays: r.principalDays!,
    },
  }));
}

/** The definition: per entity of the scope (its team today), the highest seq submitted by `at`, unless archived by then. */
function expected(rows: readonly Row[], at: Date, teamId?: string): { sums: ScoreSums; n: number } {
  const best = new Map<string, Row>();
  for (const r of rows) {
    if (teamId && r.teamId !== teamId) continue;
    if (r.submittedAt > at || (r.archivedAt && r.archivedAt <= at)) continue;
    const b = best.get(r.entityId);
    if (!b || r.submittedSeq > b.submittedSeq) best.set(r.entityId, r);
  }
  return { sums: poolSums([...best.values()].map((r) => r.sums)), n: best.size };
}

function expectSums(actual: ScoreSums, want: ScoreSums, where: string) {
  for (const k of ["debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays"] as const)
    expect(actual[k], `${where}: ${k}`).toBeCloseTo(want[k], 9);
}

const byLabel = (rows: readonly MomentSums[]) => new Map(rows.map((r) => [r.label, r]));

async function expectChangeIsExact(scopes: (string | undefined)[]) {
  const rows = await history();
  for (const teamId of scopes) {
    const where = teamId === team.a ? "team A" : teamId === team.b ? "team B" : "organisation";
    const change = await getScoreChange({ now: NOW, teamId });
    const figures = [
      { label: "now", at: NOW, sums: change.now, n: change.assessedCount },
      ...([30, 90] as const).map((d) => ({ label: String(d), ...change.ago[d], n: change.ago[d].assessedCount })),
    ];
    for (const f of figures) {
      const want = expected(rows, f.at, teamId);
      expectSums(f.sums, want.sums, `${where} ${f.label}`);
      expect(f.n, `${where} ${f.label}: entities`).toBe(want.n);
    }
  }
}

describe("getScoreChange", () => {
  it("equals the latest assessment at each moment, for the organisation and each team", async () => {
    await expectChangeIsExact([undefined, team.a, team.b]);
    const a = await getScoreChange({ now: NOW, teamId: team.a });
    const b = await getScoreChange({ now: NOW, teamId: team.b });
    const org = await getScoreChange({ now: NOW });
    // 90 days ago: A had unchanged, once, thrice, archivedLately (fresh not yet); B had
    // archivedMidway and moved; the orphan counts for the organisation.
    expect([a.ago[90].assessedCount, b.ago[90].assessedCount, org.ago[90].assessedCount]).toEqual([4, 2, 7]);
    // 30 days ago: fresh counts, archivedMidway no longer.
    expect([a.ago[30].assessedCount, b.ago[30].assessedCount, org.ago[30].assessedCount]).toEqual([5, 1, 7]);
    expect([a.assessedCount, b.assessedCount, org.assessedCount]).toEqual([4, 1, 6]);
  });

  it("reads the stored predecessor sums (no lookup) and agrees with the lookup", async () => {
    for (const teamId of [undefined, team.a, team.b]) {
      const fast = await sumsFromTails(MOMENTS, teamId);
      expect(fast, "the tails check passes on in-order history").not.toBeNull();
      const exact = byLabel(await sumsByLookup(MOMENTS, teamId));
      for (const f of fast ?? []) {
        const e = exact.get(f.label)!;
        expectSums(f, e, `${teamId ?? "org"} ${f.label}`);
        expect(f.assessedCount).toBe(e.assessedCount);
      }
    }
  });

  it("the bulk backfill writes exactly what the submits wrote", async () => {
    const PREVIOUS = {
      id: true,
      prevSubmittedAt: true,
      prevDebtWeight: true,
      prevTotalWeight: true,
      prevAnsweredCount: true,
      prevApplicableCount: true,
      prevPrincipalDays: true,
    } as const;
    const read = () =>
      db.assessment.findMany({
        where: { status: "SUBMITTED" },
        orderBy: { id: "asc" },
        select: PREVIOUS,
      });
    const written = await read();
    expect(written.filter((r) => r.prevSubmittedAt === null)).toHaveLength(Object.keys(entity).length);
    const rollback = new Error("rollback");
    await db
      .$transaction(async (tx) => {
        expect(await backfillPreviousSums(tx), "nothing to change").toBe(0);
        await tx.$executeRaw`UPDATE "Assessment" SET "prevSubmittedAt" = NULL, "prevDebtWeight" = NULL,
          "prevTotalWeight" = NULL, "prevAnsweredCount" = NULL, "prevApplicableCount" = NULL, "prevPrincipalDays" = NULL`;
        await backfillPreviousSums(tx);
        const refilled = await tx.assessment.findMany({
          where: { status: "SUBMITTED" },
          orderBy: { id: "asc" },
          select: PREVIOUS,
        });
        expect(refilled).toEqual(written);
        throw rollback;
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
  });

  it("stays exact when an assessment was submitted out of sequence order (then the lookup answers)", async () => {
    entity.skewed = (await createEntity(db, { kind: "MODEL", teamId: team.a })).id;
    await assess("skewed", "2026-02-01");
    await assess("skewed", "2026-05-20"); // seq 2, after 30 days ago
    await assess("skewed", "2026-05-10"); // seq 3 but submitted before seq 2: the latest at 16 May
    await assess("skewed", "2026-06-05");
    expect(await sumsFromTails(MOMENTS, team.a), "two tails since 16 May").toBeNull();
    await expectChangeIsExact([undefined, team.a, team.b]);
    const a = await getScoreChange({ now: NOW, teamId: team.a });
    expect(a.ago[30].assessedCount).toBe(6);
  });
});
