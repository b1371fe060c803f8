// Findings grouped by cause and true as time passes, against a real Postgres in a database of
// this file's own (a recompute looks at the whole catalogue). The clock is injected: each
// recompute is told what "now" is, so "31 days later" needs no waiting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legacyUnstableFingerprint, unstableFingerprint } from "@/lib/domain/graph";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { createEntity, createRelation, createTeam, createUser } from "@/lib/server/seed/factories";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

let scratch: ScratchDatabase;
let db: Db;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = createPrismaClient(scratch.url, 2);
  await loadChecklist(db);
});
afterAll(async () => {
  await db.$disconnect();
  await scratch.drop();
});

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T12:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe("observed usage ages out", () => {
  it("a stale usage link stops counting as lineage after the window, and counts again when used", async () => {
    const team = await createTeam(db);
    const source = await createEntity(db, { kind: "DATA_SOURCE", teamId: team.id, source: { versioned: true } });
    const feature = await createEntity(db, { kind: "FEATURE", teamId: team.id });
    const model = await createEntity(db, { kind: "MODEL", teamId: team.id });
    // Created by usage: no team, not declared, linked by an OBSERVED relation.
    const caller = await createEntity(db, { kind: "CONSUMER", teamId: null, consumer: { declared: false } });
    await createRelation(db, { kind: "FEATURE_FROM_SOURCE", fromId: source.id, toId: feature.id });
    await createRelation(db, { kind: "MODEL_USES_FEATURE", fromId: feature.id, toId: model.id });
    await createRelation(db, { kind: "CONSUMER_READS_MODEL", fromId: model.id, toId: caller.id, origin: "OBSERVED" });
    await db.usageEvent.create({
      data: { modelId: model.id, callerName: caller.name, consumerId: caller.id, occurredAt: T0, count: 12 },
    });

    const state = async () => {
      const impact = await db.entityImpact.findMany({ where: { entityId: { in: [source.id, model.id] } } });
      const of = (id: string) => impact.find((i) => i.entityId === id);
      const signals = await db.signal.findMany({
        where: { members: { some: { entityId: caller.id } } },
        select: { kind: true, status: true },
      });
      return {
        sourceDownstream: of(source.id)?.downstreamCount,
        modelConsumers: of(model.id)?.consumerCount,
        signals: signals.map((s) => `${s.kind} ${s.status}`).sort(),
      };
    };

    await recomputeFindings(db, { now: at(1) });
    expect(await state()).toEqual({
      sourceDownstream: 3,
      modelConsumers: 1,
      signals: ["UNDECLARED_CONSUMER OPEN"],
    });

    // 31 days after the last event: the 30-day window has passed.
    await recomputeFindings(db, { now: at(31) });
    expect(await state()).toEqual({
      sourceDownstream: 2,
      modelConsumers: 0,
      // Resolved, and the caller created only from usage is no orphan either.
      signals: ["UNDECLARED_CONSUMER RESOLVED"],
    });

    // Seen again: the link counts and the finding reopens.
    await db.usageEvent.create({
      data: { modelId: model.id, callerName: caller.name, consumerId: caller.id, occurredAt: at(40), count: 1 },
    });
    await recomputeFindings(db, { now: at(40) });
    expect(await state()).toEqual({
      sourceDownstream: 3,
      modelConsumers: 1,
      signals: ["UNDECLARED_CONSUMER OPEN"],
    });
  });
});

describe("grouped by cause", () => {
  it("one unversioned source is one finding listing every feature, model and team; triage survives regrouping", async () => {
    const [a, b] = [await createTeam(db), await createTeam(db)];
    const user = await createUser(db);
    const source = await createEntity(db, { kind: "DATA_SOURCE", teamId: a.id, source: { versioned: false } });
    const features = [
      await createEntity(db, { kind: "FEATURE", teamId: a.id }),
      await createEntity(db, { kind: "FEATURE", teamId: b.id }),
      await createEntity(db, { kind: "FEATURE", teamId: b.id }),
    ];
    const models = [
      await createEntity(db, { kind: "MODEL", teamId: a.id }),
      await createEntity(db, { kind: "MODEL", teamId: b.id }),
    ];
    for (const [i, f] of features.entries()) {
      await createRelation(db, { kind: "FEATURE_FROM_SOURCE", fromId: source.id, toId: f.id });
      await createRelation(db, { kind: "MODEL_USES_FEATURE", fromId: f.id, toId: models[i === 0 ? 0 : 1]!.id });
    }
    // Two findings stored the old way (one per source → feature link), both accepted.
    const legacy = [];
    for (const f of features.slice(0, 2))
      legacy.push(
        await db.signal.create({
          data: {
            kind: "UNSTABLE_DEPENDENCY",
            fingerprint: legacyUnstableFingerprint(source.id, f.id),
            title: "old",
            teamId: f.teamId,
            status: "ACCEPTED",
            justification: "Versioning lands next quarter.",
            acceptedById: user.id,
            acceptedAt: T0,
            members: {
              create: [
                { entityId: source.id, position: 0 },
                { entityId: f.id, position: 1 },
              ],
            },
          },
        }),
      );
    const [kept, merged] = legacy.sort((x, y) => (x.id < y.id ? -1 : 1));

    const result = await recomputeFindings(db, { now: at(1) });
    expect(result.migrated).toEqual({ kept: 1, merged: 1 });

    const open = await db.signal.findMany({
      where: { kind: "UNSTABLE_DEPENDENCY", status: { not: "RESOLVED" }, members: { some: { entityId: source.id } } },
      include: { members: { orderBy: { position: "asc" } } },
    });
    expect(open).toHaveLength(1);
    const group = open[0]!;
    expect(group).toMatchObject({
      id: kept!.id,
      fingerprint: unstableFingerprint(source.id),
      status: "ACCEPTED",
      justification: "Versioning lands next quarter.",
      teamId: a.id,
    });
    expect(group.members.map((m) => m.entityId)).toEqual([source.id, ...features.map((f) => f.id).sort()]);
    expect(group.evidence).toMatchObject({
      input: { id: source.id },
      reasons: ["unversioned-source"],
      teamIds: [a.id, b.id].sort(),
    });
    expect((group.evidence as { models: unknown[] }).models).toHaveLength(2);
    expect(await db.signal.findUnique({ where: { id: merged!.id }, select: { status: true } })).toEqual({
      status: "RESOLVED",
    });

    // Recomputing again changes nothing.
    const again = await recomputeFindings(db, { now: at(2) });
    expect(again.migrated).toEqual({ kept: 0, merged: 0 });
    expect(
      await db.signal.count({
        where: { kind: "UNSTABLE_DEPENDENCY", status: "ACCEPTED", members: { some: { entityId: source.id } } },
      }),
    ).toBe(1);
  });
});
