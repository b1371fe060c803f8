// recomputeFindings against a database of this file's own (a recompute looks at the whole
// catalogue, so it must not see, or resolve, other files' data): new shapes open with their
// members in order, accepted findings stay accepted across recomputes, vanished shapes resolve,
// reappearing ones reopen, and usage outside the configured window is not evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
const T0 = new Date("2026-06-01T12:00:00Z");

/** m1 → f1 → m2 (a cascade) → c1 → s1 → f2 → m1 (closing a loop), owned by one team. */
async function catalogue() {
  const team = await createTeam(db);
  const e = async (kind: "MODEL" | "FEATURE" | "DATA_SOURCE" | "CONSUMER") =>
    createEntity(db, { kind, teamId: team.id });
  const [m1, m2, f1, f2, c1, s1] = [
    await e("MODEL"),
    await e("MODEL"),
    await e("FEATURE"),
    await e("FEATURE"),
    await e("CONSUMER"),
    await e("DATA_SOURCE"),
  ];
  const rel = (kind: Parameters<typeof createRelation>[1]["kind"], from: { id: string }, to: { id: string }) =>
    createRelation(db, { kind, fromId: from.id, toId: to.id });
  const relations = {
    m1f1: await rel("FEATURE_FROM_MODEL", m1, f1),
    f1m2: await rel("MODEL_USES_FEATURE", f1, m2),
    m2c1: await rel("CONSUMER_READS_MODEL", m2, c1),
    c1s1: await rel("CONSUMER_WRITES_SOURCE", c1, s1),
    s1f2: await rel("FEATURE_FROM_SOURCE", s1, f2),
    f2m1: await rel("MODEL_USES_FEATURE", f2, m1),
  };
  return { team, m1, m2, f1, f2, c1, s1, relations };
}

async function signalsOf(entityId: string) {
  return db.signal.findMany({
    where: { members: { some: { entityId } } },
    include: { members: { orderBy: { position: "asc" } }, category: true },
    orderBy: { kind: "asc" },
  });
}

describe("recomputeFindings", () => {
  it("opens new findings with members in order, category and team, and counts them", async () => {
    const c = await catalogue();
    const result = await recomputeFindings(db, { now: T0 });
    expect(result.created).toBeGreaterThanOrEqual(2);
    const found = await signalsOf(c.m1.id);
    const cascade = found.find((s) => s.kind === "CORRECTION_CASCADE");
    const loop = found.find((s) => s.kind === "FEEDBACK_LOOP");
    expect(cascade).toMatchObject({ status: "OPEN", teamId: c.team.id, firstSeenAt: T0, lastSeenAt: T0 });
    expect(cascade?.category?.key).toBe("correction-cascades");
    expect(cascade?.members.map((m) => m.entityId)).toEqual([c.m1.id, c.f1.id, c.m2.id]);
    expect(loop?.category?.key).toBe("feedback-loops");
    expect(new Set(loop?.members.map((m) => m.entityId))).toEqual(
      new Set([c.m1.id, c.m2.id, c.f1.id, c.f2.id, c.c1.id, c.s1.id]),
    );
    expect((loop?.evidence as { cycle: unknown[] }).cycle).toHaveLength(6);
  });

  it("keeps an accepted finding accepted, refreshes it, and resolves it when the shape vanishes", async () => {
    const c = await catalogue();
    await recomputeFindings(db, { now: T0 });
    const user = await createUser(db);
    const cascade = (await signalsOf(c.m1.id)).find((s) => s.kind === "CORRECTION_CASCADE")!;
    const acceptedAt = new Date(T0.getTime() + 1000);
    await db.signal.update({
      where: { id: cascade.id },
      data: { status: "ACCEPTED", justification: "Retrained together, tracked.", acceptedById: user.id, acceptedAt },
    });

    const T1 = new Date(T0.getTime() + DAY);
    await recomputeFindings(db, { now: T1 });
    const again = await db.signal.findUniqueOrThrow({ where: { id: cascade.id } });
    expect(again).toMatchObject({
      status: "ACCEPTED",
      justification: "Retrained together, tracked.",
      acceptedById: user.id,
      acceptedAt,
      firstSeenAt: T0,
      lastSeenAt: T1,
      resolvedAt: null,
    });

    // Cut the cascade: the model output is no longer a feature of m2.
    await db.relation.update({ where: { id: c.relations.f1m2.id }, data: { archivedAt: T1 } });
    const T2 = new Date(T0.getTime() + 2 * DAY);
    const result = await recomputeFindings(db, { now: T2 });
    expect(result.resolved).toBeGreaterThanOrEqual(1);
    expect(await db.signal.findUniqueOrThrow({ where: { id: cascade.id } })).toMatchObject({
      status: "RESOLVED",
      resolvedAt: T2,
      lastSeenAt: T1,
    });
  });

  it("reopens a resolved finding when its shape comes back, without the old acceptance", async () => {
    const c = await catalogue();
    await recomputeFindings(db, { now: T0 });
    const loop = (await signalsOf(c.m1.id)).find((s) => s.kind === "FEEDBACK_LOOP")!;
    await db.signal.update({
      where: { id: loop.id },
      data: { status: "ACCEPTED", justification: "Held-out traffic breaks it.", acceptedAt: T0 },
    });

    await db.relation.update({ where: { id: c.relations.c1s1.id }, data: { archivedAt: T0 } });
    await recomputeFindings(db, { now: new Date(T0.getTime() + DAY) });
    expect((await db.signal.findUniqueOrThrow({ where: { id: loop.id } })).status).toBe("RESOLVED");

    await db.relation.update({ where: { id: c.relations.c1s1.id }, data: { archivedAt: null } });
    const T2 = new Date(T0.getTime() + 2 * DAY);
    const result = await recomputeFindings(db, { now: T2 });
    expect(result.reopened).toBeGreaterThanOrEqual(1);
    expect(await db.signal.findUniqueOrThrow({ where: { id: loop.id } })).toMatchObject({
      status: "OPEN",
      resolvedAt: null,
      justification: null,
      acceptedAt: null,
      lastSeenAt: T2,
    });
  });

  it("rewrites members when the same shape gains a feature, leaving the fingerprint alone", async () => {
    const c = await catalogue();
    await recomputeFindings(db, { now: T0 });
    const before = (await signalsOf(c.m2.id)).find((s) => s.kind === "CORRECTION_CASCADE")!;
    const f3 = await createEntity(db, { kind: "FEATURE", teamId: c.team.id });
    await createRelation(db, { kind: "FEATURE_FROM_MODEL", fromId: c.m1.id, toId: f3.id });
    await createRelation(db, { kind: "MODEL_USES_FEATURE", fromId: f3.id, toId: c.m2.id });
    await recomputeFindings(db, { now: new Date(T0.getTime() + DAY) });
    const after = await db.signal.findUniqueOrThrow({
      where: { id: before.id },
      include: { members: { orderBy: { position: "asc" } } },
    });
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.members.map((m) => m.entityId).sort()).toEqual([c.m1.id, c.f1.id, f3.id, c.m2.id].sort());
  });

  it("counts usage inside the configured window only", async () => {
    const team = await createTeam(db);
    const model = await createEntity(db, { kind: "MODEL", teamId: team.id });
    const caller = `caller-${model.name}`;
    await db.usageEvent.create({
      data: { callerName: caller, modelId: model.id, occurredAt: new Date(T0.getTime() - 20 * DAY), count: 7 },
    });
    await db.usageEvent.create({
      data: { callerName: caller, modelId: model.id, occurredAt: new Date(T0.getTime() - 2 * DAY), count: 5 },
    });
    await recomputeFindings(db, { now: T0 });
    const found = (await signalsOf(model.id)).find((s) => s.kind === "UNDECLARED_CONSUMER");
    expect(found?.evidence).toMatchObject({ callerNames: [caller], count: 12, aggregates: 2, windowDays: 30 });

    // A 10-day window leaves only the recent call.
    await db.setting.upsert({
      where: { key: "undeclaredWindowDays" },
      create: { key: "undeclaredWindowDays", value: 10 },
      update: { value: 10 },
    });
    try {
      await recomputeFindings(db, { now: T0 });
      expect((await db.signal.findUniqueOrThrow({ where: { id: found!.id } })).evidence).toMatchObject({
        count: 5,
        aggregates: 1,
        windowDays: 10,
      });
    } finally {
      await db.setting.delete({ where: { key: "undeclaredWindowDays" } });
    }
  });

  it("is idempotent: a second run over an unchanged catalogue creates and resolves nothing", async () => {
    await catalogue();
    await recomputeFindings(db, { now: T0 });
    const again = await recomputeFindings(db, { now: T0 });
    expect(again).toMatchObject({ created: 0, resolved: 0, reopened: 0 });
    expect(again.refreshed).toBe(again.present);
  });

  it("serialises concurrent recomputes: no duplicate findings", async () => {
    await catalogue();
    await Promise.all([recomputeFindings(db, { now: T0 }), recomputeFindings(db, { now: T0 })]);
    const dupes = await db.$queryRaw<
      { n: number }[]
    >`SELECT COUNT(*)::int AS n FROM (SELECT "fingerprint" FROM "Signal" GROUP BY 1 HAVING COUNT(*) > 1) d`;
    expect(dupes[0]?.n).toBe(0);
  });
});
