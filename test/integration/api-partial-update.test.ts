// PUT on the API is a partial update: a field the body leaves out keeps its stored value (a
// script that renames a team must not erase its description; one that retitles a model must
// not orphan it or reset its tags and model fields).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postEntity } from "@/app/api/v1/entities/route";
import { GET as getEntity, PUT as putEntity } from "@/app/api/v1/entities/[kind]/[name]/route";
import { GET as getTeam, PUT as putTeam } from "@/app/api/v1/teams/[team]/route";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

let token: string;
let team: { id: string; slug: string };

beforeAll(async () => {
  team = await makeTeam("partial");
  const p = await makeMaintainer([team.id]);
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "t", tokenHash: minted.hash, prefix: minted.prefix, userId: p.userId, scopes: [...PERMISSIONS] },
  });
  token = minted.secret;
});

const req = (path: string, method = "GET", body?: unknown) =>
  new Request(`http://localhost/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("partial updates over the API", () => {
  it("PUT /teams/{slug} without a description keeps it; without a name keeps the name", async () => {
    const ctx = { params: Promise.resolve({ team: team.slug }) };
    await db().team.update({ where: { id: team.id }, data: { description: "Ranks things." } });
    expect((await putTeam(req(`/teams/${team.slug}`, "PUT", { name: "Renamed" }), ctx)).status).toBe(200);
    expect(await (await getTeam(req(`/teams/${team.slug}`), ctx)).json()).toMatchObject({
      name: "Renamed",
      description: "Ranks things.",
    });
    expect((await putTeam(req(`/teams/${team.slug}`, "PUT", { description: "New words." }), ctx)).status).toBe(200);
    expect(await (await getTeam(req(`/teams/${team.slug}`), ctx)).json()).toMatchObject({
      name: "Renamed",
      description: "New words.",
    });
    // An empty description is a deliberate erase, and still allowed.
    expect((await putTeam(req(`/teams/${team.slug}`, "PUT", { description: "" }), ctx)).status).toBe(200);
    expect(await (await getTeam(req(`/teams/${team.slug}`), ctx)).json()).toMatchObject({ description: "" });
  });

  it("PUT /entities/{kind}/{name} keeps the team, description, tags, links and kind fields it leaves out", async () => {
    const name = `partial-${uid()}`;
    const ctx = { params: Promise.resolve({ kind: "models", name }) };
    const full = {
      kind: "MODEL",
      name,
      team: team.slug,
      title: "Ranker",
      description: "Ranks the feed.",
      lifecycle: "production",
      tags: ["ranking"],
      links: [{ type: "runbook", url: "https://example.test/runbook" }],
      model: { framework: "torch", task: "ranking", calibratedOutputs: true },
    };
    expect((await postEntity(req("/entities", "POST", full), { params: Promise.resolve({}) })).status).toBe(201);
    const put = await putEntity(req(`/entities/models/${name}`, "PUT", { version: 1, title: "Ranker v2" }), ctx);
    expect(put.status, await put.clone().text()).toBe(200);
    expect(await (await getEntity(req(`/entities/models/${name}`), ctx)).json()).toMatchObject({
      version: 2,
      title: "Ranker v2",
      team: team.slug,
      description: "Ranks the feed.",
      lifecycle: "PRODUCTION",
      tags: ["ranking"],
      links: [{ type: "runbook", url: "https://example.test/runbook" }],
      model: { framework: "torch", task: "ranking", calibratedOutputs: true },
    });
    // One field of the kind's own block changes; its siblings stay.
    const inner = await putEntity(
      req(`/entities/models/${name}`, "PUT", { version: 2, model: { task: "scoring" } }),
      ctx,
    );
    expect(inner.status, await inner.clone().text()).toBe(200);
    expect(await (await getEntity(req(`/entities/models/${name}`), ctx)).json()).toMatchObject({
      version: 3,
      title: "Ranker v2",
      model: { framework: "torch", task: "scoring", calibratedOutputs: true },
    });
  });
});
