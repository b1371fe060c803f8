// Item 4 of issue 18: a token that may not import anywhere is refused before its batch is parsed
// (a 5 MB YAML used to cost seconds of CPU whoever sent it), and the API's per-token counter
// (Postgres, shared by every instance) counts in fixed windows and forgets old rows.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/catalog/import/route";
import type { Permission } from "@/lib/domain/auth/permissions";
import { consumeRate, expireRateLimitRows } from "@/lib/server/api/rate-limit";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

let team: { id: string; slug: string };

async function tokenFor(userId: string | null, scopes: Permission[], teamId?: string) {
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "t", tokenHash: minted.hash, prefix: minted.prefix, userId, teamId, scopes },
  });
  return minted.secret;
}

const importRequest = (token: string, text: string) =>
  new Request("http://localhost/api/v1/catalog/import", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ files: [{ file: "big.yaml", text }], dryRun: true }),
  });

beforeAll(async () => {
  team = await makeTeam("gate");
});

describe("the import gate", () => {
  // Not YAML at all: parsing it would answer 400 listing YAML errors; refused first, it is a 403.
  const broken = "key: [unclosed\n".repeat(20_000);

  it("refuses a token without the catalog:write scope before parsing (403, not the parser's 400)", async () => {
    const owner = await makeMaintainer([team.id]);
    const response = await postImport(importRequest(await tokenFor(owner.userId, ["usage:write"]), broken), {});
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/catalog:write/);
  });

  it("refuses a member's token (no team to write to) before parsing", async () => {
    const member = await db().user.create({
      data: {
        name: `Member ${uid()}`,
        email: `${uid()}@example.test`,
        memberships: { create: { teamId: team.id, role: "MEMBER" } },
      },
      select: { id: true },
    });
    const response = await postImport(importRequest(await tokenFor(member.id, ["catalog:write"]), broken), {});
    expect(response.status).toBe(403);
  });

  it("lets a maintainer's token through to the parser, which lists the problems (400)", async () => {
    const owner = await makeMaintainer([team.id]);
    const response = await postImport(importRequest(await tokenFor(owner.userId, ["catalog:write"]), broken), {});
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/big\.yaml/);
  });
});

describe("consumeRate", () => {
  it("counts hits in a fixed window, refuses past the max, and starts over when the window ends", async () => {
    const key = `test:${uid()}`;
    const t0 = 1_800_000_000_000;
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await consumeRate(db(), key, 3, 60, t0 + i * 1000));
    expect(seen.map((d) => [d.count, d.allowed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(seen[3]?.retryAfter).toBe(57);
    const next = await consumeRate(db(), key, 3, 60, t0 + 60_000);
    expect([next.count, next.allowed]).toEqual([1, true]);
  });

  it("counts concurrent hits exactly (one row, serialised on its key)", async () => {
    const key = `test:${uid()}`;
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRate(db(), key, 10, 60, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("expires rows untouched for a day, keeping live ones", async () => {
    const now = Date.now();
    const old = `test:old-${uid()}`;
    const live = `test:live-${uid()}`;
    await consumeRate(db(), old, 5, 60, now - 2 * 24 * 60 * 60 * 1000);
    await consumeRate(db(), live, 5, 60, now);
    await expireRateLimitRows(db(), now);
    const keys = (await db().rateLimit.findMany({ where: { key: { in: [old, live] } }, select: { key: true } })).map(
      (r) => r.key,
    );
    expect(keys).toEqual([live]);
  });
});
