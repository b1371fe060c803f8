// NUL bytes and invalid UTF-8 wherever text enters — paths, query strings, server-action fields,
// YAML — are a 400 (or a form error) that names the problem, never a 500; and Postgres's own
// "invalid byte sequence" (22021) is mapped to 400 too, should anything slip past the checks.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listEntities } from "@/app/api/v1/entities/route";
import { GET as getEntity } from "@/app/api/v1/entities/[kind]/[name]/route";
import { GET as getTeam } from "@/app/api/v1/teams/[team]/route";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { formDataToObject, runAuthorized } from "@/lib/server/actions/define-action";
import { errorResponse } from "@/lib/server/api/api-route";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { createEntity } from "@/lib/server/catalog/create-entity";
import { runImport } from "@/lib/server/catalog/import-catalog";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import type { Principal } from "@/lib/domain/auth/permissions";
import { makeMaintainer, makeTeam } from "./catalog-fixtures";

let token: string;
let team: { id: string; slug: string };
let maintainer: Principal;

beforeAll(async () => {
  team = await makeTeam("nul");
  maintainer = await makeMaintainer([team.id]);
  const minted = mintApiToken();
  await db().apiToken.create({
    data: {
      name: "t",
      tokenHash: minted.hash,
      prefix: minted.prefix,
      userId: maintainer.userId,
      scopes: [...PERMISSIONS],
    },
  });
  token = minted.secret;
});

const req = (path: string) =>
  new Request(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

async function expect400(response: Response, pattern: RegExp) {
  const body = await response.text();
  expect(response.status, body).toBe(400);
  expect(body).toMatch(pattern);
}

describe("unstorable text", () => {
  it.each([
    ["a NUL in a path segment", "%00evil", /NUL/],
    ["invalid UTF-8 in a path segment", "%FF%FE", /UTF-8/],
  ])("%s of an entity path is a 400", async (_what, raw, pattern) => {
    await expect400(
      await getEntity(req(`/entities/models/${raw}`), { params: Promise.resolve({ kind: "models", name: raw }) }),
      pattern,
    );
  });

  it("a NUL in a team path is a 400", async () => {
    await expect400(await getTeam(req(`/teams/a%00b`), { params: Promise.resolve({ team: "a%00b" }) }), /NUL/);
  });

  it.each([
    ["a NUL in a query string", "/entities?q=a%00b", /NUL/],
    ["invalid UTF-8 in a query string", "/entities?q=%FF", /UTF-8/],
    ["a NUL in a filter", `/entities?team=x%00`, /NUL/],
  ])("%s is a 400", async (_what, path, pattern) => {
    await expect400(await listEntities(req(path), { params: Promise.resolve({}) }), pattern);
  });

  it("a NUL in a server-action field is a field error, and nothing is stored", async () => {
    const form = new FormData();
    form.set("kind", "MODEL");
    form.set("name", "nul-model");
    form.set("team", team.slug);
    form.set("title", "Ranker\u0000");
    const error = await runAuthorized(createEntity, formDataToObject(form), maintainer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.title?.join(" ")).toMatch(/NUL/);
    expect(await db().entity.count({ where: { name: "nul-model" } })).toBe(0);
  });

  it("a NUL in uploaded YAML is a refused import naming the file", async () => {
    const text =
      'apiVersion: debtboard/v1\nkind: Model\nmetadata:\n  name: nul-yaml\nspec:\n  owner: x\n  title: "a\u0000b"\n';
    const error = await runImport({ files: [{ file: "cat.yaml", text }], source: "UI" }, maintainer).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(JSON.stringify((error as InvalidInputError).fieldErrors)).toMatch(/cat\.yaml.*NUL/);
  });

  it("Postgres's 22021 (invalid byte sequence) from a query is a 400", async () => {
    const error = await db()
      .$queryRawUnsafe("SELECT $1::text", "a\u0000b")
      .catch((e: unknown) => e);
    await expect400(errorResponse(error), /cannot be stored/);
  });
});
