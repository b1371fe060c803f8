// Accepting and reopening findings: a written justification is required, only maintainers of the
// finding's team (admins for teamless findings) may, and each change is audited with who and when.
import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { AppError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { acceptFinding, acceptFindings, reopenFinding } from "@/lib/server/findings/triage";
import { listFindings, type FindingsScope } from "@/lib/server/findings/list-findings";
import { parseFindingsParams } from "@/lib/server/findings/findings-params";
import { createEntity, createMembership, createTeam, createUser, uniqueName } from "@/lib/server/seed/factories";

afterAll(async () => {
  await db().$disconnect();
});

async function person(
  teamId: string | null,
  role: "MAINTAINER" | "MEMBER" | null,
  orgRole: "ADMIN" | "MEMBER" = "MEMBER",
): Promise<Principal> {
  const user = await createUser(db(), { orgRole });
  if (teamId && role) await createMembership(db(), { userId: user.id, teamId, role });
  return { userId: user.id, name: user.name, orgRole, teamRoles: teamId && role ? { [teamId]: role } : {} };
}

async function finding(teamId: string | null) {
  // Stored directly, as STALE_ASSESSMENT: a graph recompute another file might run never touches that kind.
  return db().signal.create({
    data: { kind: "STALE_ASSESSMENT", fingerprint: uniqueName("fp"), teamId, title: `finding ${uniqueName("t")}` },
  });
}

const JUSTIFICATION = "Owned by the data platform until the migration in Q3; tracked in DP-118.";

describe("accepting a finding", () => {
  it("needs a justification", async () => {
    const team = await createTeam(db());
    const maintainer = await person(team.id, "MAINTAINER");
    const f = await finding(team.id);
    for (const justification of [undefined, "", "   too short "]) {
      await expect(runAuthorized(acceptFinding, { signalId: f.id, justification }, maintainer)).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    }
    expect((await db().signal.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("OPEN");
  });

  it.each([
    { who: "a member of the team", role: "MEMBER" as const, own: true },
    { who: "a maintainer of another team", role: "MAINTAINER" as const, own: false },
  ])("is refused to $who", async ({ role, own }) => {
    const team = await createTeam(db());
    const other = await createTeam(db());
    const p = await person(own ? team.id : other.id, role);
    const f = await finding(team.id);
    await expect(
      runAuthorized(acceptFinding, { signalId: f.id, justification: JUSTIFICATION }, p),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().signal.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("OPEN");
  });

  it("records who accepted it, when and why, in the finding and the audit trail; reopening clears it", async () => {
    const team = await createTeam(db());
    const maintainer = await person(team.id, "MAINTAINER");
    const f = await finding(team.id);
    const before = Date.now();
    const result = await runAuthorized(
      acceptFinding,
      { signalId: f.id, justification: `  ${JUSTIFICATION}  ` },
      maintainer,
    );
    expect(result).toMatchObject({ id: f.id, status: "ACCEPTED" });
    const accepted = await db().signal.findUniqueOrThrow({ where: { id: f.id } });
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      justification: JUSTIFICATION,
      acceptedById: maintainer.userId,
    });
    expect(accepted.acceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const acceptEvent = await db().auditEvent.findFirstOrThrow({
      where: { targetType: "Signal", targetId: f.id, action: "signal.accept" },
    });
    expect(acceptEvent).toMatchObject({
      actorId: maintainer.userId,
      teamId: team.id,
      after: { status: "ACCEPTED", justification: JUSTIFICATION },
    });

    // Accepting twice is a conflict, not a silent overwrite of the first justification.
    await expect(
      runAuthorized(acceptFinding, { signalId: f.id, justification: "Another reason entirely, longer." }, maintainer),
    ).rejects.toMatchObject({ code: "conflict" });

    await runAuthorized(reopenFinding, { signalId: f.id }, maintainer);
    expect(await db().signal.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({
      status: "OPEN",
      justification: null,
      acceptedById: null,
      acceptedAt: null,
    });
    const reopenEvent = await db().auditEvent.findFirstOrThrow({
      where: { targetType: "Signal", targetId: f.id, action: "signal.reopen" },
    });
    expect(reopenEvent).toMatchObject({
      actorId: maintainer.userId,
      before: { status: "ACCEPTED", justification: JUSTIFICATION },
    });
    await expect(runAuthorized(reopenFinding, { signalId: f.id }, maintainer)).rejects.toBeInstanceOf(AppError);
  });

  it("leaves teamless findings to admins", async () => {
    const team = await createTeam(db());
    const maintainer = await person(team.id, "MAINTAINER");
    const admin = await person(null, null, "ADMIN");
    const f = await finding(null);
    await expect(
      runAuthorized(acceptFinding, { signalId: f.id, justification: JUSTIFICATION }, maintainer),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await runAuthorized(acceptFinding, { signalId: f.id, justification: JUSTIFICATION }, admin);
    expect((await db().signal.findUniqueOrThrow({ where: { id: f.id } })).acceptedById).toBe(admin.userId);
  });

  it("refuses resolved and unknown findings", async () => {
    const admin = await person(null, null, "ADMIN");
    const resolved = await db().signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: uniqueName("fp"),
        title: "gone",
        status: "RESOLVED",
        resolvedAt: new Date(),
      },
    });
    await expect(
      runAuthorized(acceptFinding, { signalId: resolved.id, justification: JUSTIFICATION }, admin),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      runAuthorized(acceptFinding, { signalId: "c-no-such-finding", justification: JUSTIFICATION }, admin),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("accepting several findings at once", () => {
  it("accepts every chosen finding with one justification, each audited", async () => {
    const team = await createTeam(db());
    const maintainer = await person(team.id, "MAINTAINER");
    const [a, b, c] = [await finding(team.id), await finding(team.id), await finding(team.id)];
    const result = await runAuthorized(
      acceptFindings,
      { signalIds: [a.id, b.id], justification: JUSTIFICATION },
      maintainer,
    );
    expect(result).toEqual({ accepted: 2 });
    const rows = await db().signal.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, orderBy: { id: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.justification]]))).toEqual({
      [a.id]: ["ACCEPTED", JUSTIFICATION],
      [b.id]: ["ACCEPTED", JUSTIFICATION],
      [c.id]: ["OPEN", null],
    });
    expect(await db().auditEvent.count({ where: { action: "signal.accept", targetId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it.each([
    { name: "one of them is another team's", other: "team" as const },
    { name: "one of them is already accepted", other: "accepted" as const },
    { name: "one of them does not exist", other: "missing" as const },
  ])("accepts none when $name", async ({ other }) => {
    const [team, otherTeam] = [await createTeam(db()), await createTeam(db())];
    const maintainer = await person(team.id, "MAINTAINER");
    const mine = await finding(team.id);
    const second =
      other === "team"
        ? (await finding(otherTeam.id)).id
        : other === "accepted"
          ? (
              await db().signal.create({
                data: {
                  kind: "STALE_ASSESSMENT",
                  fingerprint: uniqueName("fp"),
                  teamId: team.id,
                  title: "accepted",
                  status: "ACCEPTED",
                  justification: JUSTIFICATION,
                },
              })
            ).id
          : "c-no-such-finding";
    await expect(
      runAuthorized(acceptFindings, { signalIds: [mine.id, second], justification: JUSTIFICATION }, maintainer),
    ).rejects.toBeInstanceOf(AppError);
    expect((await db().signal.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("OPEN");
  });

  it.each([
    { name: "no finding chosen", input: { justification: JUSTIFICATION }, field: "signalIds" },
    { name: "no justification", input: { signalIds: "x" }, field: "justification" },
  ])("refuses $name, naming the field", async ({ input, field }) => {
    const team = await createTeam(db());
    const maintainer = await person(team.id, "MAINTAINER");
    const error = await runAuthorized(acceptFindings, input, maintainer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(Object.keys((error as InvalidInputError).fieldErrors)).toEqual([field]);
  });
});

describe("the findings list's team filter", () => {
  it("matches a finding's own team and the teams owning any entity it involves", async () => {
    const [a, b, c] = [await createTeam(db()), await createTeam(db()), await createTeam(db())];
    const featureOfB = await createEntity(db(), { kind: "FEATURE", teamId: b.id });
    const f = await db().signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: uniqueName("fp"),
        teamId: a.id,
        title: `grouped ${uniqueName("t")}`,
        members: { create: [{ entityId: featureOfB.id, position: 0 }] },
      },
    });
    const params = parseFindingsParams({ kind: "stale-assessment" });
    const ids = async (scope: FindingsScope) => (await listFindings(params, 100, scope)).rows.map((r) => r.id);
    expect(await ids({ teamIds: [a.id] })).toContain(f.id);
    expect(await ids({ teamIds: [b.id] })).toContain(f.id);
    expect(await ids({ slug: b.slug })).toContain(f.id);
    expect(await ids({ teamIds: [c.id] })).not.toContain(f.id);
    expect(await ids({ none: true })).not.toContain(f.id);
    expect(await ids({ all: true })).toContain(f.id);
  });
});
