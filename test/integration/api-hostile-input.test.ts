// The API's body reader (lib/server/api/api-route.ts readJson) and the importer against hostile
// input, through the route handlers: 413 over 5 MB (with or without a content-length), 400s
// naming NUL characters, lone surrogates, deep nesting, non-object bodies, invalid UTF-8, and
// YAML that would overflow the parser or resolve an alias before its anchor. Nothing stored.
// (npm run test:stress runs the same and more over HTTP against the production server.)
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/catalog/import/route";
import { POST as postEntity } from "@/app/api/v1/entities/route";
import { PUT as putTeam } from "@/app/api/v1/teams/[team]/route";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import { makeAdmin, makeTeam } from "./catalog-fixtures";

let token: string;
let team: { slug: string };

beforeAll(async () => {
  team = await makeTeam("hostile");
  const admin = await makeAdmin();
  const minted = mintApiToken();
  await db().apiToken.create({
    data: {
      name: "hostile",
      tokenHash: minted.hash,
      prefix: minted.prefix,
      userId: admin.userId,
      scopes: [...PERMISSIONS],
    },
  });
  token = minted.secret;
});

const none = { params: Promise.resolve({}) };
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/entities", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

async function answer(response: Response) {
  return {
    status: response.status,
    message: ((await response.json()) as { error?: { message: string } }).error?.message ?? "",
  };
}

const stored = () => db().entity.count();

describe("hostile request bodies", () => {
  it.each([
    ["a 6 MB body", () => post(JSON.stringify({ pad: "x".repeat(6 * 1024 * 1024) })), 413, /larger than 5 MB/],
    [
      "a 6 MB body streamed without content-length",
      () =>
        post(
          new ReadableStream({
            start(c) {
              for (let i = 0; i < 24; i++) c.enqueue(new TextEncoder().encode("x".repeat(256 * 1024)));
              c.close();
            },
          }),
        ),
      413,
      /larger than 5 MB/,
    ],
    [
      "a NUL character",
      () => post(JSON.stringify({ kind: "MODEL", name: "nul-model", team: "x", description: "a\u0000b" })),
      400,
      /description contains a NUL character/,
    ],
    [
      "a lone surrogate",
      () => post('{"kind": "MODEL", "name": "s-model", "title": "\\ud800"}'),
      400,
      /title contains an unpaired UTF-16 surrogate/,
    ],
    ["deep nesting", () => post(`{"a": ${"[".repeat(100)}${"]".repeat(100)}}`), 400, /nested more than 64 levels/],
    ["very deep nesting", () => post(`{"a": ${"[".repeat(300_000)}${"]".repeat(300_000)}}`), 400, /nested/],
    ["null", () => post("null"), 400, /must be a JSON object/],
    ["a list", () => post("[1]"), 400, /must be a JSON object/],
    [
      "invalid UTF-8",
      () => post(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])),
      400,
      /not valid UTF-8/,
    ],
    ["malformed JSON", () => post('{"a": 1,}'), 400, /not valid JSON/],
  ])("%s", async (_label, request, status, message) => {
    const before = await stored();
    const result = await answer(await postEntity(request(), none));
    expect(result.status, result.message).toBe(status);
    expect(result.message).toMatch(message);
    expect(await stored()).toBe(before);
  });

  it("a path segment with a stray % is a 4xx, not a server error", async () => {
    const response = await putTeam(
      new Request("http://localhost/api/v1/teams/100%25", {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "x" }),
      }),
      { params: Promise.resolve({ team: "100%" }) },
    );
    expect([400, 404]).toContain(response.status);
  });
});

describe("hostile YAML", () => {
  it.each([
    [
      "brackets nested 50,000 deep",
      `metadata: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`,
      /brackets nested more than 64 levels/,
    ],
    [
      "indentation 2,000 levels deep",
      Array.from({ length: 2_000 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n",
      /indented more than/,
    ],
    ["an alias before its anchor", "apiVersion: debtboard/v1\nkind: *nope\nmetadata: { name: x }\n", /Not valid YAML/],
    [
      "an alias bomb",
      [
        'a: &a ["l","l","l","l","l","l","l","l","l"]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(",")}]`,
        ),
      ].join("\n"),
      /Not valid YAML/,
    ],
  ])("%s: refused with 400, nothing stored", async (_label, text, message) => {
    const before = await stored();
    const result = await answer(
      await postImport(
        new Request("http://localhost/api/v1/catalog/import", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({
            files: [
              {
                file: "hostile.yaml",
                text: `${text}\n---\napiVersion: debtboard/v1\nkind: Model\nmetadata: { name: hostile-ok }\nspec: { owner: ${team.slug} }\n`,
              },
            ],
          }),
        }),
        none,
      ),
    );
    expect(result.status, result.message).toBe(400);
    expect(result.message).toMatch(/hostile\.yaml/);
    expect(result.message).toMatch(message);
    expect(await stored()).toBe(before);
  });
});
