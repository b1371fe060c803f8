// Targets and gates on a real Postgres: admins set versioned, audited targets (a stale form is a
// conflict that writes nothing, members are refused, setting what is in force writes nothing), and
// each entity is judged against the target in force for its lifecycle and team, with the reason
// and since when it fails. Targets here are team overrides on fresh teams, so files running in
// parallel never see each other's gates; one test changes an organisation target and puts it back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { setRatingTarget } from "@/lib/server/gates/set-rating-target";
import { evaluateGates } from "@/lib/server/gates/evaluate-gates";
import { listTargetVersions } from "@/lib/server/gates/list-target-versions";
import { summarizeGates } from "@/lib/domain/scoring/gate";
import { listTimelineEvents } from "@/lib/server/trends/list-timeline-events";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { Lifecycle } from "@/lib/domain/kinds";
import { createEntity, createUser } from "@/lib/server/seed/factories";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { ensureChecklist, submitModelDebt, teamFixture, type TeamFixture } from "./assessment-fixtures";

let fixture: TeamFixture;
let admin: Principal;
let slug: string;

beforeAll(async () => {
  await ensureChecklist();
  fixture = await teamFixture();
  slug = (await db().team.findUniqueOrThrow({ where: { id: fixture.teamId } })).slug;
  const user = await createUser(db(), { orgRole: "ADMIN" });
  admin = { userId: user.id, name: user.name, orgRole: "ADMIN", teamRoles: {} };
});
afterAll(async () => {
  await db().$disconnect();
});

const set = (who: Principal, input: Record<string, unknown>) => runAuthorized(setRatingTarget, input, who);
const liveOf = async (teamId: string | null, lifecycle: Lifecycle) =>
  (await listTargetVersions()).filter((t) => t.teamId === teamId && t.lifecycle === lifecycle && t.retiredAt === null);

const assess = (name: string, failShare: number) => submitModelDebt(fixture.maintainer, name, failShare);

describe("setting targets", () => {
  it("versions, audits, refuses stale forms and members, and writes nothing when nothing changes", async () => {
    const first = await set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "B", expectedVersion: 0 });
    expect(first).toMatchObject({ changed: true, version: 1, rating: "B" });
    // A form opened before that change (it showed no target) is refused and writes nothing.
    await expect(set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "D", expectedVersion: 0 })).rejects.toThrow(
      ConflictError,
    );
    expect((await liveOf(fixture.teamId, "PRODUCTION")).map((t) => t.rating)).toEqual(["B"]);
    // The same rating again: nothing written.
    expect(await set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "B", expectedVersion: 1 })).toMatchObject({
      changed: false,
      version: 1,
    });
    const second = await set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "C", expectedVersion: 1 });
    expect(second).toMatchObject({ changed: true, version: 2 });
    const versions = (await listTargetVersions()).filter(
      (t) => t.teamId === fixture.teamId && t.lifecycle === "PRODUCTION",
    );
    expect(versions.map((v) => [v.version, v.rating, v.retiredAt === null])).toEqual([
      [1, "B", false],
      [2, "C", true],
    ]);
    const audit = await db().auditEvent.findMany({
      where: { action: "rating-target.set", teamId: fixture.teamId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.after)).toEqual([
      { lifecycle: "PRODUCTION", team: slug, rating: "B", version: 1 },
      { lifecycle: "PRODUCTION", team: slug, rating: "C", version: 2 },
    ]);
    // Maintainers and members may not; bad input names the field.
    await expect(
      set(fixture.maintainer, { lifecycle: "PRODUCTION", team: slug, rating: "A", expectedVersion: 2 }),
    ).rejects.toThrow(ForbiddenError);
    await expect(set(admin, { lifecycle: "PRODUCTION", rating: "inherit", expectedVersion: 0 })).rejects.toThrow(
      InvalidInputError,
    );
    await expect(set(admin, { lifecycle: "SOMEDAY", team: slug, rating: "A", expectedVersion: 2 })).rejects.toThrow(
      InvalidInputError,
    );
    // Dropping the override retires it; a form still showing version 2 then conflicts.
    expect(
      await set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "inherit", expectedVersion: 2 }),
    ).toMatchObject({
      changed: true,
    });
    expect(await liveOf(fixture.teamId, "PRODUCTION")).toEqual([]);
    await expect(set(admin, { lifecycle: "PRODUCTION", team: slug, rating: "A", expectedVersion: 2 })).rejects.toThrow(
      ConflictError,
    );
  });

  it("an organisation target applies to every team without an override", async () => {
    const live = await liveOf(null, "DEPRECATED");
    const before = live[0]?.version ?? 0;
    const previous = live[0]?.rating ?? null;
    const r = await set(admin, { lifecycle: "DEPRECATED", rating: "E", expectedVersion: before });
    expect(r.changed || previous === "E").toBe(true);
    const entity = await createEntity(db(), { kind: "MODEL", teamId: fixture.teamId, lifecycle: "DEPRECATED" });
    const [gate] = await evaluateGates({ entityId: entity.id });
    expect(gate).toMatchObject({ target: { rating: "E", source: "organisation" }, status: "FAIL", rating: null });
    // Put it back as it was.
    await set(admin, { lifecycle: "DEPRECATED", rating: previous ?? "none", expectedVersion: r.version });
  });
});

describe("evaluating gates", () => {
  it("judges each entity against its lifecycle's target, with the reason and since when it fails", async () => {
    const team = await teamFixture();
    const teamSlug = (await db().team.findUniqueOrThrow({ where: { id: team.teamId } })).slug;
    await set(admin, { lifecycle: "PRODUCTION", team: teamSlug, rating: "B", expectedVersion: 0 });
    await set(admin, { lifecycle: "EXPERIMENTAL", team: teamSlug, rating: "D", expectedVersion: 0 });
    const good = await createEntity(db(), { kind: "MODEL", teamId: team.teamId, lifecycle: "PRODUCTION" });
    const bad = await createEntity(db(), { kind: "MODEL", teamId: team.teamId, lifecycle: "PRODUCTION" });
    const exp = await createEntity(db(), { kind: "MODEL", teamId: team.teamId, lifecycle: "EXPERIMENTAL" });
    const never = await createEntity(db(), { kind: "MODEL", teamId: team.teamId, lifecycle: "PRODUCTION" });
    const submitAs = fixture.maintainer;
    fixture.maintainer = team.maintainer;
    try {
      await assess(good.name, 0);
      const badSubmit = await assess(bad.name, 0.3);
      await assess(exp.name, 0.3);
      const gates = await evaluateGates({ teamId: team.teamId });
      const byName = new Map(gates.map((g) => [g.entity.name, g]));
      expect(byName.get(good.name)).toMatchObject({ rating: "A", status: "PASS", since: null });
      const b = byName.get(bad.name)!;
      expect(b.status).toBe("FAIL");
      expect(b.reason).toMatch(
        new RegExp(`^Rated ${b.rating}, worse than B, the team's target for production entities\\.$`),
      );
      expect(b.since).toEqual(bad.createdAt); // failing (not assessed) from creation, then rated below B
      expect(b.since!.getTime()).toBeLessThanOrEqual(badSubmit.submittedAt.getTime());
      expect(byName.get(exp.name)).toMatchObject({ status: "PASS", target: { rating: "D", source: "team" } });
      expect(byName.get(never.name)).toMatchObject({ status: "FAIL", rating: null });
      expect(byName.get(never.name)!.reason).toMatch(/^Not assessed/);
      expect(summarizeGates(gates)).toMatchObject({ gated: 4, failing: 2, status: "FAIL" });
      // Only what a target gates (what the summary cards read): the same verdicts, the ungated left out.
      const ungated = await createEntity(db(), { kind: "MODEL", teamId: team.teamId, lifecycle: "DEPRECATED" });
      const all = await evaluateGates({ teamId: team.teamId });
      const gatedOnly = await evaluateGates({ teamId: team.teamId, gatedOnly: true });
      expect(all.find((g) => g.entity.id === ungated.id)?.status).toBe("NONE");
      expect(gatedOnly).toEqual(all.filter((g) => g.status !== "NONE"));
      expect(gatedOnly.map((g) => g.entity.name).sort()).toEqual([good.name, bad.name, exp.name, never.name].sort());
      // The team's trend timeline marks its target changes.
      const today = new Date().toISOString().slice(0, 10);
      const events = await listTimelineEvents({ from: today, to: today, teamId: team.teamId });
      expect(
        events
          .filter((e) => e.kind === "gate-change" && e.detail !== "Organisation")
          .map((e) => e.title)
          .sort(),
      ).toEqual(["Target for experimental: D or better (v1)", "Target for production: B or better (v1)"]);
    } finally {
      fixture.maintainer = submitAs;
    }
  });
});
