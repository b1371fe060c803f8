// The /api/v1 catalogue handlers, called directly with Request objects (the same code path
// Next runs, minus the socket): status codes, the one error shape, cursors, usage, OpenAPI.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listEntities, POST as postEntity } from "@/app/api/v1/entities/route";
import { DELETE as deleteEntity, GET as getEntity, PUT as putEntity } from "@/app/api/v1/entities/[kind]/[name]/route";
import { POST as postRelation, GET as listRelations } from "@/app/api/v1/relations/route";
import { POST as postImport } from "@/app/api/v1/catalog/import/route";
import { GET as getExport } from "@/app/api/v1/catalog/export/route";
import { POST as postUsage } from "@/app/api/v1/usage/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listTeams, POST as postTeam } from "@/app/api/v1/teams/route";
import { DELETE as deleteTeam, GET as getTeam, PUT as putTeam } from "@/app/api/v1/teams/[team]/route";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { makeAdmin, makeMaintainer, makeTeam, uid } from "./catalog-fixtures";

let token: string;
let adminToken: string;
let team: { id: string; slug: string };

beforeAll(async () => {
  team = await makeTeam("api");
  const p = await makeMaintainer([team.id]);
  const minted = mintApiToken();
  await db().apiToken.create({
    data: { name: "test", tokenHash: minted.hash, prefix: minted.prefix, userId: p.userId, scopes: [...PERMISSIONS] },
  });
  token = minted.secret;
  const admin = await makeAdmin();
  const adminMinted = mintApiToken();
  await db().apiToken.create({
    data: {
      name: "admin",
      tokenHash: adminMinted.hash,
      prefix: adminMinted.prefix,
      userId: admin.userId,
      scopes: [...PERMISSIONS],
    },
  });
  adminToken = adminMinted.secret;
});

const req = (path: string, init: { method?: string; body?: unknown; auth?: boolean; admin?: boolean } = {}) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.auth === false ? {} : { authorization: `Bearer ${init.admin ? adminToken : token}` }),
      "content-type": "application/json",
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const ctx = (kind: string, name: string) => ({ params: Promise.resolve({ kind, name }) });
const none = { params: Promise.resolve({}) };

describe("/api/v1 catalogue", () => {
  it("creates, reads, updates (409 on a stale version) and archives an entity", async () => {
    const name = `api-${uid()}`;
    const created = await postEntity(
      req("/entities", {
        method: "POST",
        body: { kind: "MODEL", name, team: team.slug, model: { framework: "torch" } },
      }),
      none,
    );
    expect(created.status).toBe(201);
    const got = await getEntity(req(`/entities/models/${name}`), ctx("models", name));
    expect(await got.json()).toMatchObject({ name, version: 1, team: team.slug, model: { framework: "torch" } });
    const put = await putEntity(
      req(`/entities/models/${name}`, {
        method: "PUT",
        body: { kind: "MODEL", version: 1, team: team.slug, title: "T" },
      }),
      ctx("models", name),
    );
    expect(put.status).toBe(200);
    const stale = await putEntity(
      req(`/entities/models/${name}`, {
        method: "PUT",
        body: { kind: "MODEL", version: 1, team: team.slug, title: "U" },
      }),
      ctx("models", name),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "conflict", details: { changedAt: expect.any(String) } },
    });
    const del = await deleteEntity(
      req(`/entities/models/${name}?version=2`, { method: "DELETE" }),
      ctx("models", name),
    );
    expect(del.status).toBe(200);
    expect(await db().entity.count({ where: { name, archivedAt: { not: null } } })).toBe(1);
  });

  it("answers with the one error shape and the right status", async () => {
    const cases = [
      [
        await postEntity(req("/entities", { method: "POST", body: { kind: "MODEL", name: "x" }, auth: false }), none),
        401,
        "unauthenticated",
      ],
      [
        await postEntity(req("/entities", { method: "POST", body: { kind: "MODEL", name: "bad name" } }), none),
        400,
        "invalid",
      ],
      [await getEntity(req("/entities/models/nothing-here"), ctx("models", `nothing-${uid()}`)), 404, "not_found"],
      [await getEntity(req("/entities/widgets/x"), ctx("widgets", "x")), 404, "not_found"],
      [
        await postEntity(
          req("/entities", { method: "POST", body: { kind: "MODEL", name: `u-${uid()}`, team: null } }),
          none,
        ),
        403,
        "forbidden",
      ],
    ] as const;
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
    }
  });

  it("pages the list with a cursor and filters it", async () => {
    const n = uid();
    for (const i of [1, 2, 3])
      await postEntity(
        req("/entities", {
          method: "POST",
          body: {
            kind: "FEATURE",
            name: `pg-${n}-${i}`,
            team: team.slug,
            lifecycle: i === 2 ? "production" : "experimental",
          },
        }),
        none,
      );
    const first = (await (await listEntities(req(`/entities?kind=FEATURE&q=pg-${n}&limit=2`), none)).json()) as {
      items: { name: string }[];
      nextCursor: string;
    };
    expect(first.items.map((i) => i.name)).toEqual([`pg-${n}-1`, `pg-${n}-2`]);
    const second = (await (
      await listEntities(req(`/entities?kind=FEATURE&q=pg-${n}&limit=2&cursor=${first.nextCursor}`), none)
    ).json()) as { items: { name: string }[]; nextCursor: null };
    expect(second).toMatchObject({ items: [{ name: `pg-${n}-3` }], nextCursor: null });
    const prod = (await (await listEntities(req(`/entities?q=pg-${n}&lifecycle=production`), none)).json()) as {
      items: { name: string }[];
    };
    expect(prod.items.map((i) => i.name)).toEqual([`pg-${n}-2`]);
  });

  it("declares and lists relations; records usage as observed, undeclared consumers", async () => {
    const n = uid();
    await postEntity(
      req("/entities", { method: "POST", body: { kind: "MODEL", name: `m-${n}`, team: team.slug } }),
      none,
    );
    await postEntity(
      req("/entities", { method: "POST", body: { kind: "FEATURE", name: `f-${n}`, team: team.slug } }),
      none,
    );
    expect(
      (
        await postRelation(
          req("/relations", { method: "POST", body: { from: `feature:f-${n}`, to: `model:m-${n}` } }),
          none,
        )
      ).status,
    ).toBe(201);
    const usage = await postUsage(
      req("/usage", {
        method: "POST",
        body: {
          events: [
            { caller: `svc-${n}`, model: `m-${n}`, count: 40 },
            { caller: `svc-${n}`, model: `m-${n}`, at: "2026-11-01T10:00:00Z" },
          ],
        },
      }),
      none,
    );
    expect(usage.status).toBe(201);
    expect(await usage.json()).toEqual({ recorded: 2, newConsumers: [`svc-${n}`], newLinks: 1 });
    const rels = (await (await listRelations(req(`/relations?entity=model:m-${n}`), none)).json()) as {
      items: { from: string; to: string; origin: string }[];
    };
    expect(rels.items.map((r) => `${r.origin} ${r.from} → ${r.to}`).sort()).toEqual([
      `DECLARED feature:f-${n} → model:m-${n}`,
      `OBSERVED model:m-${n} → consumer:svc-${n}`,
    ]);
    const consumer = await db().consumer.findFirst({
      where: { entity: { name: `svc-${n}` } },
      select: { declared: true },
    });
    expect(consumer).toEqual({ declared: false });
    const bad = await postUsage(
      req("/usage", { method: "POST", body: { events: [{ caller: "x", model: `nope-${n}` }] } }),
      none,
    );
    expect(bad.status).toBe(400);

    // Recording usage leaves an audit row: who, which models, which links it added.
    const audit = await db().auditEvent.findFirst({
      where: { action: "usage.record", after: { path: ["models"], array_contains: [`m-${n}`] } },
      select: { actorId: true, after: true },
    });
    expect(audit?.after).toMatchObject({
      events: 2,
      calls: 41,
      newConsumers: [`svc-${n}`],
      links: [{ model: `m-${n}`, caller: `svc-${n}`, change: "added" }],
    });
  });

  it.each([
    { name: "an hour ahead", offsetMs: 3_600_000, status: 400 },
    { name: "a day ahead", offsetMs: 86_400_000, status: 400 },
    { name: "within the clock skew", offsetMs: 60_000, status: 201 },
    { name: "in the past", offsetMs: -86_400_000, status: 201 },
  ])("refuses usage dated in the future beyond the clock skew ($name)", async ({ offsetMs, status }) => {
    const n = uid();
    await postEntity(
      req("/entities", { method: "POST", body: { kind: "MODEL", name: `fm-${n}`, team: team.slug } }),
      none,
    );
    const at = new Date(Date.now() + offsetMs).toISOString();
    const res = await postUsage(
      req("/usage", {
        method: "POST",
        body: {
          events: [
            { caller: `ok-${n}`, model: `fm-${n}` },
            { caller: `fut-${n}`, model: `fm-${n}`, at },
          ],
        },
      }),
      none,
    );
    expect(res.status).toBe(status);
    const stored = await db().usageEvent.count({ where: { model: { name: `fm-${n}` } } });
    if (status === 400) {
      const body = (await res.json()) as {
        error: { message: string; details: { fieldErrors: Record<string, string[]> } };
      };
      expect(body.error.message).toMatch(/events\.1\.at: .* is in the future/);
      expect(Object.keys(body.error.details.fieldErrors)).toEqual(["events.1.at"]);
      // Nothing recorded: not the good event either, and no consumer created.
      expect(stored).toBe(0);
      expect(await db().entity.count({ where: { name: { in: [`ok-${n}`, `fut-${n}`] } } })).toBe(0);
    } else expect(stored).toBe(2);
  });

  it("imports (dry run, then for real) and exports through the API", async () => {
    const n = uid();
    const text = `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: imp-${n} }\nspec: { owner: ${team.slug} }\n`;
    const dry = await postImport(
      req("/catalog/import", { method: "POST", body: { files: [{ file: "a.yaml", text }], dryRun: true } }),
      none,
    );
    expect(await dry.json()).toMatchObject({ applied: false, counts: { created: 1 } });
    const real = await postImport(
      req("/catalog/import", { method: "POST", body: { files: [{ file: "a.yaml", text }] } }),
      none,
    );
    expect(await real.json()).toMatchObject({ applied: true });
    const bad = await postImport(
      req("/catalog/import", { method: "POST", body: { files: [{ file: "b.yaml", text: "kind: Model\n" }] } }),
      none,
    );
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { details: { fieldErrors: { files: string[] } } } }).error.details.fieldErrors
        .files[0],
    ).toMatch(/^b\.yaml › document 1/);
    const exp = await getExport(req(`/catalog/export?team=${team.slug}&format=yaml`), none);
    expect(exp.headers.get("content-type")).toContain("yaml");
    expect(await exp.text()).toContain(`name: imp-${n}`);
  });

  it("creates (admins only), renames (maintainers) and archives (admins) teams", async () => {
    const slug = `t-${uid()}`;
    expect((await postTeam(req("/teams", { method: "POST", body: { slug, name: "T" } }), none)).status).toBe(403);
    expect(
      (await postTeam(req("/teams", { method: "POST", body: { slug, name: "T" }, admin: true }), none)).status,
    ).toBe(201);
    expect(
      (await postTeam(req("/teams", { method: "POST", body: { slug, name: "T" }, admin: true }), none)).status,
    ).toBe(400);
    const teamCtx = (t: string) => ({ params: Promise.resolve({ team: t }) });
    expect(
      (await putTeam(req(`/teams/${team.slug}`, { method: "PUT", body: { name: "Renamed" } }), teamCtx(team.slug)))
        .status,
    ).toBe(200);
    expect(await (await getTeam(req(`/teams/${team.slug}`), teamCtx(team.slug))).json()).toMatchObject({
      slug: team.slug,
      name: "Renamed",
      archived: false,
    });
    expect((await deleteTeam(req(`/teams/${slug}`, { method: "DELETE" }), teamCtx(slug))).status).toBe(403);
    expect((await deleteTeam(req(`/teams/${slug}`, { method: "DELETE", admin: true }), teamCtx(slug))).status).toBe(
      200,
    );
    const listed = (await (await listTeams(req("/teams"), none)).json()) as { items: { slug: string }[] };
    expect(listed.items.map((t) => t.slug)).not.toContain(slug);
  });

  it("serves an OpenAPI 3.1 document built from the request schemas", async () => {
    const doc = (await getOpenApi().json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { oneOf?: unknown[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/teams",
        "/teams/{slug}",
        "/entities",
        "/entities/{kind}/{name}",
        "/relations",
        "/catalog/import",
        "/catalog/export",
        "/usage",
      ]),
    );
    expect(doc.components.schemas.EntityCreate?.oneOf).toHaveLength(4);
  });
});
