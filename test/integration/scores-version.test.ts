// The current-state tables' version and the dashboard cache keyed by it
// (lib/server/scoring/scores-version.ts, lib/server/dashboards/cached-by-scores-version.ts): every
// submit, archive and re-own stamps a new version in its own transaction, a cached figure is
// computed once per version (concurrent readers share the computation) and again after any of
// those changes, so the cached letter spread always equals a fresh count; a rolled-back change
// leaves the version as it was; with the row gone nothing is cached. The pages' cached hotspot
// total and stale counts equal the uncached ones after submits, archives, re-owns and a findings
// recompute that moves hotspot scores (a new downstream consumer raises an entity's impact).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/domain/kinds";
import type { Db } from "@/lib/server/db/client";
import { createEntity, createRelation, createSubmittedAssessment, createTeam } from "@/lib/server/seed/factories";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { rankHotspots } from "@/lib/server/dashboards/list-hotspots";
import { listStaleAssessments } from "@/lib/server/dashboards/list-stale-assessments";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";
import { countEntitiesByRating } from "@/lib/server/dashboards/count-entities-by-rating";
import { cachedByScoresVersion, readScoresVersion } from "@/lib/server/dashboards/cached-by-scores-version";
import type { ScratchDatabase } from "./scratch-db";
import { openChecklistScratch } from "./checklist-scratch";

let scratch: ScratchDatabase;
let db: Db;
let teamA = "";
let teamB = "";
let itemIds: string[] = [];

async function submit(entityId: string, value: AnswerValue) {
  const answers = Object.fromEntries(itemIds.map((id) => [id, value]));
  await createSubmittedAssessment(db, { entityId, answers, submittedAt: new Date() });
}

async function change(entityId: string, data: { archivedAt?: Date | null; teamId?: string }) {
  await db.$transaction(async (tx) => {
    await tx.entity.update({ where: { id: entityId }, data });
    await syncCurrentScores(tx, [entityId]);
  });
}

/** The cached letter spread, counting how often it was really computed. */
function counted() {
  let computed = 0;
  const read = () =>
    cachedByScoresVersion("test-ratings", async () => {
      computed++;
      return countEntitiesByRating();
    });
  return { read, computed: () => computed };
}

beforeAll(async () => {
  ({ scratch, db, itemIds } = await openChecklistScratch());
  teamA = (await createTeam(db, {})).id;
  teamB = (await createTeam(db, {})).id;
});

afterAll(async () => {
  delete (globalThis as unknown as { debtboardDb?: Db }).debtboardDb;
  await db?.$disconnect();
  await scratch?.drop();
});

describe("the current-state tables' version", () => {
  it("is stamped anew by a submit, an archive, a restore and a re-own, and not by a rolled-back change", async () => {
    const e = (await createEntity(db, { kind: "MODEL", teamId: teamA })).id;
    const seen = [await readScoresVersion()];
    expect(seen[0]).not.toBeNull(); // the migration's row
    await submit(e, "PASS");
    seen.push(await readScoresVersion());
    await change(e, { archivedAt: new Date() });
    seen.push(await readScoresVersion());
    await change(e, { archivedAt: null });
    seen.push(await readScoresVersion());
    await change(e, { teamId: teamB });
    seen.push(await readScoresVersion());
    expect(new Set(seen).size).toBe(seen.length);

    const before = await readScoresVersion();
    await expect(
      db.$transaction(async (tx) => {
        await syncCurrentScores(tx, [e]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await readScoresVersion()).toBe(before);
  });
});

describe("cachedByScoresVersion", () => {
  it("computes once per version, shares a computation between concurrent readers, and always equals a fresh count", async () => {
    const c = counted();
    const e = (await createEntity(db, { kind: "MODEL", teamId: teamA })).id;
    const f = (await createEntity(db, { kind: "MODEL", teamId: teamA })).id;

    const first = await Promise.all([c.read(), c.read(), c.read()]);
    expect(c.computed()).toBe(1);
    expect(first[1]).toEqual(first[0]);
    expect(await c.read()).toEqual(await countEntitiesByRating());
    expect(c.computed()).toBe(1);

    const steps: (() => Promise<void>)[] = [
      () => submit(e, "PASS"), // a new A
      () => submit(f, "FAIL"), // a new E
      () => submit(e, "FAIL"), // A → E
      () => change(f, { archivedAt: new Date() }), // one E fewer
      () => change(e, { teamId: teamB }), // the organisation's spread is unchanged, the version is not
    ];
    for (const [n, step] of steps.entries()) {
      await step();
      const cached = await c.read();
      expect(cached).toEqual(await countEntitiesByRating());
      expect(c.computed()).toBe(n + 2);
      await c.read();
      expect(c.computed()).toBe(n + 2);
    }
  });

  it("caches nothing while the version row is missing", async () => {
    const c = counted();
    await db.$executeRaw`DELETE FROM "CurrentScoresVersion"`;
    expect(await readScoresVersion()).toBeNull();
    await c.read();
    await c.read();
    expect(c.computed()).toBe(2);
    // The next change creates the row again, with a version never used before.
    const e = (await createEntity(db, { kind: "MODEL", teamId: teamA })).id;
    await submit(e, "PARTIAL");
    expect(await readScoresVersion()).not.toBeNull();
    await c.read();
    await c.read();
    expect(c.computed()).toBe(3);
    expect(await c.read()).toEqual(await countEntitiesByRating());
  });
});

describe("the pages' cached figures", () => {
  it("equal the uncached ones after every kind of change, the findings recompute's hotspot scores included", async () => {
    const NOW = new Date("2026-06-15T12:00:00Z");
    const e = (await createEntity(db, { kind: "MODEL", teamId: teamA })).id;
    const f = (await createEntity(db, { kind: "MODEL", teamId: teamB })).id;
    const consumer = (await createEntity(db, { kind: "CONSUMER", teamId: teamB })).id;
    const compare = async () => {
      for (const teamId of [undefined, teamA, teamB]) {
        const cached = await rankHotspots({ teamId, cachedTotal: true, limit: 5 });
        const fresh = await rankHotspots({ teamId, limit: 5 });
        expect(cached).toEqual(fresh);
        const options = { now: NOW, maxAgeDays: 90, teamId, limit: 5 };
        expect(await listStaleAssessments({ ...options, cachedCounts: true })).toEqual(
          await listStaleAssessments(options),
        );
      }
    };
    await recomputeFindings(db);
    await compare();
    await createSubmittedAssessment(db, {
      entityId: e,
      answers: Object.fromEntries(itemIds.map((id) => [id, "FAIL" as const])),
      submittedAt: new Date("2026-01-01T10:00:00Z"), // stale at NOW
    });
    await compare();
    await submit(f, "PARTIAL");
    await compare();
    // A consumer reading f raises f's impact, so its hotspot score: only the recompute moves it.
    const before = (await rankHotspots({ teamId: teamB })).rows.find((r) => r.id === f)?.score;
    await createRelation(db, { kind: "CONSUMER_READS_MODEL", fromId: f, toId: consumer });
    await recomputeFindings(db);
    const after = (await rankHotspots({ teamId: teamB })).rows.find((r) => r.id === f)?.score;
    expect(after).toBeGreaterThan(before ?? Infinity);
    await compare();
    await change(e, { teamId: teamB });
    await compare();
    await change(f, { archivedAt: new Date() });
    await compare();
  });
});
