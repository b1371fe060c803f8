// POST/GET /api/v1/entities/{kind}/{name}/assessments, called with Request objects: a whole
// assessment submitted at once (frozen sums equal a recomputation from its answers), 409 for a
// stale basedOnSeq and for the loser of two concurrent submits on the same predecessor, 400s
// that name the bad answer, nothing stored on any refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/entities/[kind]/[name]/assessments/route";
import { PERMISSIONS, type Principal } from "@/lib/domain/auth/permissions";
import { sumAnswers } from "@/lib/domain/scoring/score";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { draftItems, ensureChecklist, entityOf, teamFixture, type TeamFixture } from "./assessment-fixtures";

let fixture: TeamFixture;
const tokens = new Map<string, string>();

async function tokenOf(p: Principal): Promise<string> {
  const known = tokens.get(p.userId ?? "");
  if (known) return known;
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "test", tokenHash: minted.hash, prefix: minted.prefix, userId: p.userId, scopes: [...PERMISSIONS] },
  });
  tokens.set(p.userId ?? "", minted.secret);
  return minted.secret;
}

beforeAll(async () => {
  await ensureChecklist();
  fixture = await teamFixture();
});
afterAll(async () => {
  await db().$disconnect();
});

async function call(method: "GET" | "POST", name: string, who: Principal, body?: unknown, query = "") {
  const handler = method === "GET" ? GET : POST;
  const response = await handler(
    new Request(`http://localhost/api/v1/entities/models/${name}/assessments${query}`, {
      method,
      headers: { authorization: `Bearer ${await tokenOf(who)}`, "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ kind: "models", name }) },
  );
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
  };
}

const stored = (entityId: string) => db().assessment.count({ where: { entityId } });

describe("/api/v1/entities/{kind}/{name}/assessments", () => {
  it("submits a whole assessment and lists it with the questions asked", async () => {
    const model = await entityOf(fixture.teamId);
    const items = await draftItems("MODEL");
    const values = ["PASS", "PARTIAL", "FAIL", "NA"] as const;
    const answers = items.slice(0, 8).map((item, i) => ({ itemKey: item.key, value: values[i % 4]!, note: `n${i}` }));
    const first = await call("POST", model.name, fixture.maintainer, { answers, basedOnSeq: null });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json).toMatchObject({ submittedSeq: 1, answered: 8 });
    const expected = sumAnswers(
      items.map((item) => ({
        weight: item.weight,
        remediationDays: item.remediationDays,
        value: answers.find((a) => a.itemKey === item.key)?.value ?? null,
      })),
    );
    const row = await db().assessment.findUniqueOrThrow({
      where: { id: String(first.json.assessmentId) },
      include: { answers: true },
    });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      submittedSeq: 1,
      authorId: fixture.maintainer.userId,
      basedOnId: null,
      ...expected,
    });
    expect(row.answers).toHaveLength(8);

    // by itemId too, building on whatever is latest (no basedOnSeq)
    const second = await call("POST", model.name, fixture.maintainer2, {
      answers: [{ itemId: items[0]!.id, value: "FAIL" }],
    });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ submittedSeq: 2 });

    const list = await call("GET", model.name, fixture.member);
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ latestSeq: 2, rubric: "DEBT" });
    expect((list.json.assessments as { submittedSeq: number }[]).map((a) => a.submittedSeq)).toEqual([2, 1]);
    expect((list.json.items as { key: string }[]).map((i) => i.key)).toEqual(items.map((i) => i.key));
    expect(
      await db().auditEvent.count({
        where: { action: "assessment.submit", targetId: String(first.json.assessmentId) },
      }),
    ).toBe(1);
  });

  it("refuses a stale basedOnSeq with 409 naming who submitted, storing nothing", async () => {
    const model = await entityOf(fixture.teamId);
    const [item] = await draftItems("MODEL");
    expect(
      (
        await call("POST", model.name, fixture.maintainer, {
          answers: [{ itemKey: item!.key, value: "PASS" }],
          basedOnSeq: null,
        })
      ).status,
    ).toBe(201);
    const stale = await call("POST", model.name, fixture.maintainer2, {
      answers: [{ itemKey: item!.key, value: "FAIL" }],
      basedOnSeq: null,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.message).toContain(`${fixture.maintainer.name} submitted an assessment at`);
    expect(await stored(model.id)).toBe(1);
  });

  it.each([1, 2])(
    "of two concurrent submits on the same predecessor exactly one wins (predecessor seq %s)",
    async (before) => {
      const model = await entityOf(fixture.teamId);
      const [item] = await draftItems("MODEL");
      for (let i = 0; i < before - 1; i++)
        await call("POST", model.name, fixture.maintainer, { answers: [{ itemKey: item!.key, value: "PASS" }] });
      const basedOnSeq = before - 1 || null;
      const [a, b] = await Promise.all([
        call("POST", model.name, fixture.maintainer, { answers: [{ itemKey: item!.key, value: "PASS" }], basedOnSeq }),
        call("POST", model.name, fixture.maintainer2, { answers: [{ itemKey: item!.key, value: "FAIL" }], basedOnSeq }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.json.error?.code).toBe("conflict");
      expect(loser.json.error?.message).toMatch(/submitted an assessment at/);
      const seqs = (await db().assessment.findMany({ where: { entityId: model.id }, select: { submittedSeq: true } }))
        .map((s) => s.submittedSeq)
        .sort();
      expect(seqs).toEqual(Array.from({ length: before }, (_, i) => i + 1));
    },
  );

  it.each([
    [
      "an unknown item key",
      { answers: [{ itemKey: "no.such-item", value: "PASS" }] },
      /answers\.0\.itemKey.*not a question/,
    ],
    ["a duplicate item", "dup", /answers\.1\.itemKey.*already answered at answers\.0/],
    ["a wrong value", { answers: [{ itemKey: "x", value: "MAYBE" }] }, /answers\.0\.value/],
    ["no item named", { answers: [{ value: "PASS" }] }, /Name the item/],
    ["no answers", { answers: [] }, /answers.*at least one answer/i],
    ["answers not an array", { answers: "PASS" }, /answers/],
    ["a non-object body", "[1,2]", /JSON object/],
    ["malformed JSON", '{"answers": [', /not valid JSON/],
    ["a negative basedOnSeq", { answers: [{ itemKey: "x", value: "PASS" }], basedOnSeq: -1 }, /basedOnSeq/],
  ])("400 for %s, nothing stored", async (_label, body, message) => {
    const model = await entityOf(fixture.teamId);
    const [item] = await draftItems("MODEL");
    const payload =
      body === "dup"
        ? {
            answers: [
              { itemKey: item!.key, value: "PASS" },
              { itemKey: item!.key, value: "FAIL" },
            ],
          }
        : body;
    const response = await call("POST", model.name, fixture.maintainer, payload);
    expect(response.status, JSON.stringify(response.json)).toBe(400);
    expect(response.json.error?.message).toMatch(message);
    expect(await stored(model.id)).toBe(0);
  });

  it("404 for an unknown entity or kind, 403 for a member", async () => {
    expect(
      (await call("POST", "no-such-model-xyz", fixture.maintainer, { answers: [{ itemKey: "x", value: "PASS" }] }))
        .status,
    ).toBe(404);
    expect((await call("GET", "no-such-model-xyz", fixture.maintainer)).status).toBe(404);
    const model = await entityOf(fixture.teamId);
    const [item] = await draftItems("MODEL");
    const refused = await call("POST", model.name, fixture.member, {
      answers: [{ itemKey: item!.key, value: "PASS" }],
    });
    expect(refused.status).toBe(403);
    expect(await stored(model.id)).toBe(0);
  });
});
