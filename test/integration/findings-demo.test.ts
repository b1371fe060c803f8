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

  it("reports each distinct problem once (issue 14's floor: 0 redundant open findings)", async () => {
    const open = await db.signal.findMany({
      where: { status: "OPEN" },
      select: { kind: true, evidence: true, members: { select: { entityId: true }, orderBy: { position: "asc" } } },
    });
    // The cause each finding stands for, derived from its evidence, independently of fingerprints.
    const causeOf = (s: (typeof open)[number]): string => {
      const e = s.evidence as Record<string, { id?: string } | string | null | undefined>;
      const id = (key: string) => (e[key] as { id?: string } | null | undefined)?.id ?? String(e[key]);
      switch (s.kind) {
        case "UNSTABLE_DEPENDENCY":
          return `unstable source ${id("input")}`;
        case "UNDECLARED_CONSUMER":
          return `caller ${id("model")} → ${id("consumer") === "null" ? JSON.stringify(e.callerNames) : id("consumer")}`;
        case "ORPHAN":
          return `unowned ${id("entity")}`;
        case "UNDERUTILIZED_FEATURE":
          return `unread ${id("feature")}`;
        default:
          return `${s.kind} ${s.members.map((m) => m.entityId).join(",")}`;
      }
    };
    const causes = new Set(open.map(causeOf));
    // Cross-kind overlaps the grouping removes: an undeclared caller that is also an orphan; a
    // feature both unread and listed as an unstable source's reader.
    const undeclaredConsumers = new Set(
      open.flatMap((s) => (s.kind === "UNDECLARED_CONSUMER" && s.members[1] ? [s.members[1].entityId] : [])),
    );
    const orphanedCallers = open.filter(
      (s) => s.kind === "ORPHAN" && undeclaredConsumers.has(s.members[0]?.entityId ?? ""),
    ).length;
    const unread = new Set(open.flatMap((s) => (s.kind === "UNDERUTILIZED_FEATURE" ? [s.members[0]!.entityId] : [])));
    const unreadAlsoUnstable = open
      .filter((s) => s.kind === "UNSTABLE_DEPENDENCY")
      .flatMap((s) => s.members.slice(1).filter((m) => unread.has(m.entityId))).length;
    const byKind: Record<string, number> = {};
    for (const s of open) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
    console.log(
      `[findings-demo] open ${open.length}, distinct causes ${causes.size}, redundant ${open.length - causes.size + orphanedCallers + unreadAlsoUnstable}`,
      byKind,
    );
    expect(open.length - causes.size).toBe(0);
    expect(orphanedCallers).toBe(0);
    expect(unreadAlsoUnstable).toBe(0);
  });
});
