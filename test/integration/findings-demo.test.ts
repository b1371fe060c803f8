// The demo organisation, seeded and recomputed the way `npm start` and `npm test` do, shows every
// kind of finding the graph detects, each filed under its debt category.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNAL_KINDS } from "@/lib/domain/graph";
import { createPrismaClient, type Db } from "@/lib/server/db/client";
import { recomputeFindings } from "@/lib/server/findings/recompute-findings";
import { seedDemo } from "@/lib/server/seed/demo";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-db";

let scratch: ScratchDatabase;
let db: Db;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = createPrismaClient(scratch.url, 2);
  await loadChecklist(db);
  await seedDemo(db, { seed: 42, now: new Date("2026-11-26T12:00:00Z") });
});
afterAll(async () => {
  await db.$disconnect();
  await scratch.drop();
});

describe("demo seed + recompute", () => {
  it("yields every kind of finding, categorised and owned", async () => {
    const result = await recomputeFindings(db, { now: new Date("2026-11-26T12:00:00Z") });
    const counts = await db.signal.groupBy({ by: ["kind"], where: { status: "OPEN" }, _count: { _all: true } });
    const byKind = Object.fromEntries(counts.map((c) => [c.kind, c._count._all]));
    for (const kind of SIGNAL_KINDS.filter((k) => k !== "STALE_ASSESSMENT"))
      expect(byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    expect(result.present).toBe(counts.reduce((n, c) => n + c._count._all, 0));
    expect(await db.signal.count({ where: { categoryId: null } })).toBe(0);
    // Teamless findings are about unowned entities only (the demo's orphans and their features).
    expect(
      await db.signal.count({
        where: { teamId: null, members: { some: { position: 0, entity: { teamId: { not: null } } } } },
      }),
    ).toBe(0);
    // The planted shapes read as the story tells them.
    const titles = (
      await db.signal.findMany({
        where: { kind: { in: ["CORRECTION_CASCADE", "FEEDBACK_LOOP"] } },
        select: { title: true },
      })
    ).map((s) => s.title);
    expect(titles).toContain("Correction cascade: ad-ctr-predictor → pctr-calibrator → bid-shading-model");
    expect(titles.some((t) => t.startsWith("Feedback loop:") && t.includes("checkout-fraud-scorer"))).toBe(true);
  });
});
