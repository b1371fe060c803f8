// Action items through the same definitions the forms and the API use: create, edit and status
// rules, optimistic versions, permissions, the CSV, and the rule that done work changes
// principal only once a new assessment answers the linked checklist item as pass.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/domain/auth/permissions";
import type { AnswerValue } from "@/lib/domain/kinds";
import { runAuthorized } from "@/lib/server/actions/define-action";
import { createActionItem } from "@/lib/server/action-items/create-action-item";
import { actionItemsCsvResponse } from "@/lib/server/action-items/export-csv";
import { setActionItemStatus } from "@/lib/server/action-items/set-action-item-status";
import { updateActionItem } from "@/lib/server/action-items/update-action-item";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startDraft } from "@/lib/server/assessments/start-draft";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { db } from "@/lib/server/db/client";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { getActionItem } from "@/lib/server/action-items/get-action-item";
import { getTeam } from "@/lib/server/teams/get-team";
import { getPaydownSeries } from "@/lib/server/action-items/get-paydown-series";
import { createUser } from "@/lib/server/seed/factories";
import { parseActionItemFilters } from "@/lib/domain/action-items/filters";
import { GET as getItemApi, PATCH as patchItemApi } from "@/app/api/v1/action-items/[id]/route";
import { draftItems, ensureChecklist, entityOf, teamFixture, type TeamFixture } from "./assessment-fixtures";
import { apiRequest, createToken } from "./support/people";

beforeAll(ensureChecklist);
afterAll(async () => {
  await db().$disconnect();
});

const snapshotOf = async (id: string) => ({
  item: await db().actionItem.findUnique({ where: { id } }),
  audit: await db().auditEvent.count({ where: { targetId: id } }),
});

async function expectRefused(promise: Promise<unknown>, type: new (...args: never[]) => Error) {
  await expect(promise).rejects.toBeInstanceOf(type);
}

async function newItem(f: TeamFixture, extra: Record<string, unknown> = {}) {
  return runAuthorized(
    createActionItem,
    { teamId: f.teamId, title: "Version the training snapshot", ...extra },
    f.maintainer,
  );
}

describe("create", () => {
  it("defaults the owner to the creator, leaves the due date empty, audits", async () => {
    const f = await teamFixture();
    const entity = await entityOf(f.teamId);
    const [item] = await draftItems("MODEL");
    const created = await newItem(f, { entityId: entity.id, checklistItemId: item!.id, estimateDays: "2.5" });
    const row = await db().actionItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      ownerId: f.maintainer.userId,
      createdById: f.maintainer.userId,
      dueDate: null,
      status: "OPEN",
      estimateDays: 2.5,
      version: 1,
      entityId: entity.id,
    });
    const audit = await db().auditEvent.findMany({ where: { targetId: created.id } });
    expect(audit.map((a) => [a.action, a.actorId, a.teamId])).toEqual([
      ["action.create", f.maintainer.userId, f.teamId],
    ]);
  });

  it("takes an explicit owner who is a member, or an admin, or nobody", async () => {
    const f = await teamFixture();
    const admin = await createUser(db(), { orgRole: "ADMIN" });
    for (const ownerId of [f.member.userId, admin.id, ""]) {
      const created = await newItem(f, { ownerId });
      expect((await db().actionItem.findUniqueOrThrow({ where: { id: created.id } })).ownerId).toBe(ownerId || null);
    }
  });

  it("refuses an owner from outside the team, and links to another team's things", async () => {
    const f = await teamFixture();
    const other = await teamFixture();
    const theirs = await entityOf(other.teamId);
    const feature = await entityOf(f.teamId, "FEATURE");
    const featureItems = new Set((await draftItems("FEATURE")).map((i) => i.id));
    const notForFeatures = (await draftItems("MODEL")).find((i) => !featureItems.has(i.id));
    expect(notForFeatures, "the checklist has model-only items").toBeDefined();
    const signal = await db().signal.create({
      data: {
        kind: "STALE_ASSESSMENT",
        fingerprint: `ai-${Date.now()}-${Math.random()}`,
        title: "Stale",
        teamId: other.teamId,
      },
    });
    const before = await db().actionItem.count({ where: { teamId: f.teamId } });
    const cases: [Record<string, unknown>, string][] = [
      [{ ownerId: other.maintainer.userId }, "ownerId"],
      [{ entityId: theirs.id }, "entityId"],
      [{ entityId: "no-such-entity" }, "entityId"],
      [{ entityId: feature.id, checklistItemId: notForFeatures!.id }, "checklistItemId"],
      [{ signalId: signal.id }, "signalId"],
    ];
    for (const [extra, field] of cases) {
      const error = await newItem(f, extra).catch((e: unknown) => e);
      expect(error, JSON.stringify(extra)).toBeInstanceOf(InvalidInputError);
      expect(Object.keys((error as InvalidInputError).fieldErrors)).toContain(field);
    }
    expect(await db().actionItem.count({ where: { teamId: f.teamId } })).toBe(before);
  });

  it("refuses another team's maintainer and a member, changing nothing", async () => {
    const f = await teamFixture();
    const other = await teamFixture();
    const before = await db().actionItem.count({ where: { teamId: f.teamId } });
    await expectRefused(
      runAuthorized(createActionItem, { teamId: f.teamId, title: "Not mine to plan" }, other.maintainer),
      ForbiddenError,
    );
    await expectRefused(
      runAuthorized(createActionItem, { teamId: f.teamId, title: "Not mine to plan" }, f.member),
      ForbiddenError,
    );
    expect(await db().actionItem.count({ where: { teamId: f.teamId } })).toBe(before);
  });
});

describe("update", () => {
  it("edits the fields, bumps the version and audits before and after", async () => {
    const f = await teamFixture();
    const created = await newItem(f);
    const result = await runAuthorized(
      updateActionItem,
      {
        id: created.id,
        version: "1",
        title: "Version and freeze the snapshot",
        description: "Weekly.",
        ownerId: f.maintainer2.userId,
        dueDate: "2027-01-15",
        estimateDays: "3",
      },
      f.maintainer,
    );
    expect(result).toMatchObject({ version: 2, changed: true });
    const row = await db().actionItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      title: "Version and freeze the snapshot",
      description: "Weekly.",
      ownerId: f.maintainer2.userId,
      estimateDays: 3,
      version: 2,
    });
    expect(row.dueDate?.toISOString()).toBe("2027-01-15T00:00:00.000Z");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: created.id, action: "action.update" } });
    expect(audit.before).toMatchObject({ title: "Version the training snapshot", dueDate: null });
    expect(audit.after).toMatchObject({ title: "Version and freeze the snapshot", dueDate: "2027-01-15" });
    // Saving the same again changes nothing (and needs the current version).
    const again = await runAuthorized(
      updateActionItem,
      {
        id: created.id,
        version: "2",
        title: "Version and freeze the snapshot",
        description: "Weekly.",
        ownerId: f.maintainer2.userId,
        dueDate: "2027-01-15",
        estimateDays: "3",
      },
      f.maintainer,
    );
    expect(again).toMatchObject({ version: 2, changed: false });
  });

  it("refuses a stale version, naming who saved in between, and changes nothing", async () => {
    const f = await teamFixture();
    const created = await newItem(f);
    await runAuthorized(updateActionItem, { id: created.id, version: "1", title: "First save wins" }, f.maintainer2);
    const before = await snapshotOf(created.id);
    const error = await runAuthorized(
      updateActionItem,
      { id: created.id, version: "1", title: "Second save loses" },
      f.maintainer,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "stale_version" });
    expect((error as ConflictError).changedBy).toBe(f.maintainer2.name);
    expect((error as ConflictError).message).toContain(f.maintainer2.name);
    const statusError = await runAuthorized(
      setActionItemStatus,
      { id: created.id, version: "1", status: "DONE" },
      f.maintainer,
    ).catch((e: unknown) => e);
    expect(statusError).toBeInstanceOf(ConflictError);
    expect(statusError).toMatchObject({ code: "stale_version" });
    expect(await snapshotOf(created.id)).toEqual(before);
  });

  it("refuses another team's maintainer, changing nothing", async () => {
    const f = await teamFixture();
    const other = await teamFixture();
    const created = await newItem(f);
    const before = await snapshotOf(created.id);
    await expectRefused(
      runAuthorized(updateActionItem, { id: created.id, version: "1", title: "Hijacked" }, other.maintainer),
      ForbiddenError,
    );
    await expectRefused(
      runAuthorized(setActionItemStatus, { id: created.id, version: "1", status: "DONE" }, other.maintainer),
      ForbiddenError,
    );
    expect(await snapshotOf(created.id)).toEqual(before);
  });
});

describe("status", () => {
  it("won't do without a reason is refused and nothing changes", async () => {
    const f = await teamFixture();
    const created = await newItem(f);
    const before = await snapshotOf(created.id);
    for (const reason of [undefined, "", "   ", "no"]) {
      const error = await runAuthorized(
        setActionItemStatus,
        { id: created.id, version: "1", status: "WONT_DO", reason },
        f.maintainer,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).fieldErrors.reason).toBeDefined();
    }
    expect(await snapshotOf(created.id)).toEqual(before);
  });

  it("done stamps completedAt, reopening clears it, won't do keeps its reason", async () => {
    const f = await teamFixture();
    const created = await newItem(f);
    const set = (version: number, status: string, reason?: string) =>
      runAuthorized(setActionItemStatus, { id: created.id, version: String(version), status, reason }, f.maintainer);
    const row = () => db().actionItem.findUniqueOrThrow({ where: { id: created.id } });

    await set(1, "IN_PROGRESS");
    expect(await row()).toMatchObject({ status: "IN_PROGRESS", completedAt: null, version: 2 });
    await set(2, "DONE");
    const done = await row();
    expect(done.status).toBe("DONE");
    expect(done.completedAt).toBeInstanceOf(Date);
    await set(3, "OPEN");
    expect(await row()).toMatchObject({ status: "OPEN", completedAt: null, version: 4 });
    await set(4, "WONT_DO", "  The model is retired next quarter.  ");
    expect(await row()).toMatchObject({
      status: "WONT_DO",
      wontDoReason: "The model is retired next quarter.",
      completedAt: null,
      version: 5,
    });
    await set(5, "OPEN");
    expect(await row()).toMatchObject({ status: "OPEN", wontDoReason: null, version: 6 });
    const audit = await db().auditEvent.findMany({
      where: { targetId: created.id, action: "action.status" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => (a.after as { status: string }).status)).toEqual([
      "IN_PROGRESS",
      "DONE",
      "OPEN",
      "WONT_DO",
      "OPEN",
    ]);
  });
});

describe("done work and principal", () => {
  async function assess(
    principal: Principal,
    entityId: string,
    values: (itemId: string) => AnswerValue,
    fromLast: boolean,
  ) {
    const items = await draftItems("MODEL");
    const draft = await startDraft(db(), { principal, entityId, fromLast });
    const current = await db().assessment.findUniqueOrThrow({
      where: { id: draft.assessmentId },
      select: { version: true },
    });
    const saved = await saveAnswers(db(), {
      principal,
      assessmentId: draft.assessmentId,
      version: current.version,
      changes: items.map((i) => ({ itemId: i.id, value: values(i.id) })),
    });
    return submitAssessment(db(), { principal, assessmentId: draft.assessmentId, version: saved.version });
  }

  it("changes principal only once a new assessment answers the linked item PASS", async () => {
    const f = await teamFixture();
    const { slug } = await db().team.findUniqueOrThrow({ where: { id: f.teamId }, select: { slug: true } });
    const entity = await entityOf(f.teamId);
    const items = await draftItems("MODEL");
    const linked = items.find((i) => i.remediationDays > 0)!;
    const other = items.find((i) => i.id !== linked.id)!;
    // The linked item and one other fail; the rest pass.
    await assess(f.maintainer, entity.id, (id) => (id === linked.id || id === other.id ? "FAIL" : "PASS"), false);

    const scores = async () => {
      const team = await getTeam({ slug });
      const latest = await db().assessment.findFirstOrThrow({
        where: { entityId: entity.id, status: "SUBMITTED" },
        orderBy: { submittedSeq: "desc" },
      });
      const today = new Date(new Date().toISOString().slice(0, 10));
      const snapshot = await db().scoreSnapshot.findFirst({
        where: { scope: "TEAM", teamId: f.teamId, categoryId: null, takenOn: today },
      });
      return {
        teamPrincipal: team!.sums.principalDays,
        teamDebtWeight: team!.sums.debtWeight,
        entityPrincipal: latest.principalDays,
        snapshotPrincipal: snapshot?.principalDays ?? null,
      };
    };
    const start = await scores();
    expect(start.entityPrincipal).toBeCloseTo(linked.remediationDays + other.remediationDays, 9);
    expect(start.teamPrincipal).toBeCloseTo(start.entityPrincipal!, 9);

    const created = await runAuthorized(
      createActionItem,
      {
        teamId: f.teamId,
        title: "Fix the linked practice",
        entityId: entity.id,
        checklistItemId: linked.id,
        estimateDays: String(linked.remediationDays),
      },
      f.maintainer,
    );
    await runAuthorized(setActionItemStatus, { id: created.id, version: "1", status: "DONE" }, f.maintainer);

    // Marked done: no score moves, and the item says it awaits re-assessment.
    expect(await scores()).toEqual(start);
    expect((await getActionItem({ id: created.id }))?.verification).toBe("awaiting-reassessment");

    // Re-assessed with the linked item still failing: still awaiting, still no change.
    await assess(f.maintainer, entity.id, (id) => (id === linked.id || id === other.id ? "FAIL" : "PASS"), true);
    expect((await scores()).teamPrincipal).toBeCloseTo(start.teamPrincipal, 9);
    expect((await getActionItem({ id: created.id }))?.verification).toBe("awaiting-reassessment");

    // Re-assessed with the linked item PASS: principal drops by its remediation days × debt 1
    // (FAIL → PASS), the debt weight by its weight (docs/scoring.md §2, §4).
    await assess(f.maintainer, entity.id, (id) => (id === other.id ? "FAIL" : "PASS"), true);
    const end = await scores();
    expect(start.teamPrincipal - end.teamPrincipal).toBeCloseTo(linked.remediationDays, 9);
    expect(start.entityPrincipal! - end.entityPrincipal!).toBeCloseTo(linked.remediationDays, 9);
    expect(start.teamDebtWeight - end.teamDebtWeight).toBeCloseTo(linked.weight, 9);
    expect(start.snapshotPrincipal! - end.snapshotPrincipal!).toBeCloseTo(linked.remediationDays, 9);
    expect((await getActionItem({ id: created.id }))?.verification).toBe("verified");

    // The pay-down chart reads the same: this quarter's principal is today's, the done work counted.
    const { points } = await getPaydownSeries({ teamId: f.teamId });
    const current = points.find((p) => p.principal !== null && p.done > 0);
    expect(current?.principal).toBeCloseTo(end.snapshotPrincipal!, 9);
    expect(current?.done).toBeCloseTo(linked.remediationDays, 9);
  });
});

describe("CSV export", () => {
  it("lists the filtered items, escaped, as a download", async () => {
    const f = await teamFixture();
    const { slug } = await db().team.findUniqueOrThrow({ where: { id: f.teamId }, select: { slug: true } });
    const tricky = await newItem(f, { title: '=cmd("calc"), then "quote"', description: "line one\nline two" });
    const wont = await newItem(f, { title: "Calibrate the scorer" });
    await runAuthorized(
      setActionItemStatus,
      { id: wont.id, version: "1", status: "WONT_DO", reason: "Replaced next quarter, by the new model." },
      f.maintainer,
    );
    const response = await actionItemsCsvResponse(
      parseActionItemFilters({ team: slug, status: "all" }),
      f.maintainer.userId,
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="debtboard-action-items-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const text = await response.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^id,title,status,team,owner,/);
    expect(text).toContain(`${tricky.id},"'=cmd(""calc""), then ""quote""",Open,${slug},`);
    expect(text).toContain('"line one\nline two"');
    expect(text).toContain(`${wont.id},Calibrate the scorer,Won't do,${slug},`);
    expect(text).toContain('"Replaced next quarter, by the new model."');
    expect(lines.filter((l) => l.includes(`,${slug},`))).toHaveLength(2);
    // Only the team's items.
    const other = await teamFixture();
    const theirs = await newItem(other, { title: "Someone else's plan" });
    expect(
      await (await actionItemsCsvResponse(parseActionItemFilters({ team: slug, status: "all" }), null)).text(),
    ).not.toContain(theirs.id);
  });
});

describe("API", () => {
  it("GETs an item and PATCHes fields or status, not both; a stale version is a 409", async () => {
    const f = await teamFixture();
    const token = await createToken({ userId: f.maintainer.userId! }, ["action-item:write"]);
    const created = await newItem(f, { estimateDays: "2" });
    const params = { params: Promise.resolve({ id: created.id }) };
    const path = `/api/v1/action-items/${created.id}`;

    const got = await getItemApi(apiRequest("GET", path, token.secret), params);
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({
      id: created.id,
      version: 1,
      status: "OPEN",
      estimateDays: 2,
      dueDate: null,
    });

    const both = await patchItemApi(
      apiRequest("PATCH", path, token.secret, { version: 1, status: "DONE", title: "Both at once" }),
      params,
    );
    expect(both.status).toBe(400);

    const fields = await patchItemApi(
      apiRequest("PATCH", path, token.secret, { version: 1, dueDate: "2027-03-31" }),
      params,
    );
    expect(fields.status, await fields.clone().text()).toBe(200);
    expect(await fields.json()).toMatchObject({
      version: 2,
      dueDate: "2027-03-31",
      estimateDays: 2,
      title: "Version the training snapshot",
    });

    const stale = await patchItemApi(apiRequest("PATCH", path, token.secret, { version: 1, status: "DONE" }), params);
    expect(stale.status).toBe(409);

    const noReason = await patchItemApi(
      apiRequest("PATCH", path, token.secret, { version: 2, status: "WONT_DO" }),
      params,
    );
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toMatch(/reason/);
  });
});
