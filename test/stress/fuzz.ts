// Hostile input against every /api/v1 mutation and the catalogue importer, over HTTP against
// the production server: malformed JSON, wrong types, bodies over the 5 MB limit (with and
// without a content-length), deep nesting, odd Unicode (RTL, zero-width, emoji, NUL, lone
// surrogates), SQL and HTML injection, and malformed or malicious YAML. Every case must get a
// 4xx whose message names the problem (never a 5xx), and no table may change. Cases come from
// a fixed list plus a seeded generator: the run prints the seed; FUZZ_SEED=<n> replays it.
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { parseCatalogFiles } from "@/lib/domain/catalog-yaml/parse-catalog-files";
import { prng, type Checks, type Prng } from "./checks";
import { countDifferences, tableCounts } from "./invariants";
import { messageOf } from "./load";

export const LIMIT_BYTES = 5 * 1024 * 1024;

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "Entity"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)",
  "\u202egnp.exe",
  "zero\u200bwidth\u200d",
  "emoji 🧨💥👩‍👩‍👧",
  "nul\u0000byte",
  "lone \ud800 surrogate",
  "back \udfff surrogate",
  "ＦＵＬＬＷＩＤＴＨ",
  "e\u0301\u0301\u0301\u0301",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "${jndi:ldap://x/a}",
  "a".repeat(10_000),
] as const;

interface Case {
  name: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** A string is sent as is; an object is JSON-encoded; `chunked` streams the bytes with no content-length. */
  body?: string | { json: unknown } | { chunked: number } | { bytes: Uint8Array };
  /** The message must match (default: not empty, not the generic 500 text). */
  message?: RegExp;
  /** Statuses allowed (default: any 4xx but 401). */
  status?: number[];
}

export interface FuzzTargets {
  team: string;
  model: string;
  feature: string;
  itemKey: string;
  userId: string;
  tokenId: string;
}

/** Valid bodies of each mutation route, with the fields that name things (any hostile string there is invalid). */
function templates(t: FuzzTargets) {
  return [
    {
      route: "entities.create",
      method: "POST" as const,
      path: "/api/v1/entities",
      body: {
        kind: "MODEL",
        name: "fuzz-new-model",
        team: t.team,
        lifecycle: "experimental",
        model: { framework: "torch" },
      },
      ids: ["kind", "name", "team", "lifecycle"],
    },
    {
      route: "entities.update",
      method: "PUT" as const,
      path: `/api/v1/entities/models/${t.model}`,
      body: { version: 1, team: t.team, title: "T" },
      ids: ["team"],
    },
    {
      route: "relations.create",
      method: "POST" as const,
      path: "/api/v1/relations",
      body: { from: `feature:${t.feature}`, to: "model:fuzz-missing-model" },
      ids: ["from", "to"],
    },
    {
      route: "relations.archive",
      method: "DELETE" as const,
      path: "/api/v1/relations",
      body: { from: `feature:${t.feature}`, to: "model:fuzz-missing-model" },
      ids: ["from", "to"],
    },
    {
      route: "usage",
      method: "POST" as const,
      path: "/api/v1/usage",
      body: { events: [{ caller: "fuzz-caller", model: "fuzz-missing-model", count: 1 }] },
      ids: ["events"],
    },
    {
      route: "import",
      method: "POST" as const,
      path: "/api/v1/catalog/import",
      body: { files: [{ file: "fuzz.yaml", text: "apiVersion: debtboard/v1\nkind: Nope\n" }], dryRun: false },
      ids: ["files"],
    },
    {
      route: "assessments.submit",
      method: "POST" as const,
      path: `/api/v1/entities/models/${t.model}/assessments`,
      body: { answers: [{ itemKey: "fuzz.no-such-item", value: "PASS" }], basedOnSeq: null },
      ids: ["answers"],
    },
    {
      route: "teams.create",
      method: "POST" as const,
      path: "/api/v1/teams",
      body: { slug: "Not A Slug", name: "Fuzz" },
      ids: ["slug"],
    },
    {
      route: "teams.update",
      method: "PUT" as const,
      path: `/api/v1/teams/fuzz-missing-team`,
      body: { name: "Fuzz" },
      ids: [],
    },
    {
      route: "members.set-role",
      method: "PUT" as const,
      path: `/api/v1/teams/${t.team}/members/${t.userId}`,
      body: { role: "OWNER" },
      ids: ["role"],
    },
    {
      route: "users.org-role",
      method: "PUT" as const,
      path: `/api/v1/users/${t.userId}/org-role`,
      body: { orgRole: "ROOT" },
      ids: ["orgRole"],
    },
    // Action items, where the API has them (app/api/v1/action-items): a team that does not exist, an item that does not exist.
    ...(existsSync("app/api/v1/action-items/route.ts")
      ? [
          {
            route: "action-items.create",
            method: "POST" as const,
            path: "/api/v1/action-items",
            body: { teamId: "fuzz-missing-team", title: "Fuzz", estimateDays: 1 },
            ids: ["teamId"],
          },
          {
            route: "action-items.update",
            method: "PATCH" as const,
            path: "/api/v1/action-items/fuzz-missing-item",
            body: { version: 1, title: "Fuzz" },
            ids: [],
          },
        ]
      : []),
    // Findings triage (app/api/v1/findings; reopen reads its body the same way): a finding that does not exist.
    ...(existsSync("app/api/v1/findings/[id]/accept/route.ts")
      ? [
          {
            route: "findings.accept",
            method: "POST" as const,
            path: "/api/v1/findings/fuzz-missing-finding/accept",
            body: { justification: "Fuzzing: a justification long enough." },
            ids: [],
          },
        ]
      : []),
  ];
}

function wrongTypeFor(value: unknown, rng: Prng): unknown {
  if (typeof value === "string") return rng.pick([12345, true, [], { a: 1 }, ["x"]]);
  if (typeof value === "number") return rng.pick(["abc", {}, "1; DROP TABLE x", "Infinity"]);
  if (typeof value === "boolean") return rng.pick([{}, "maybe", [true]]);
  if (Array.isArray(value)) return rng.pick(["not a list", 7, { 0: "x" }, null]);
  return rng.pick(["text", 3, [], true]);
}

/** Hand-written cases: every route with each body-level problem, plus path and YAML cases. */
function fixedCases(t: FuzzTargets): Case[] {
  const cases: Case[] = [];
  const malformed: [string, RegExp][] = [
    ['{"a":', /not valid JSON/],
    ['{"a": 1,}', /not valid JSON/],
    ["{'a': 1}", /not valid JSON/],
    ['{"a": NaN}', /not valid JSON/],
    ['{"a": 1} trailing', /not valid JSON/],
    ["null", /JSON object/],
    ["[]", /JSON object/],
    ['"just a string"', /JSON object/],
    ["42", /JSON object/],
    ['{"a": "\\ud800"}', /surrogate/],
    ['{"a": "nul\\u0000"}', /NUL/],
    [`{"a": ${"[".repeat(100)}${"]".repeat(100)}}`, /nested/],
    [`{"a": ${"[".repeat(200_000)}${"]".repeat(200_000)}}`, /nested/],
  ];
  for (const tpl of templates(t)) {
    for (const [body, message] of malformed)
      cases.push({
        name: `${tpl.route}: malformed ${JSON.stringify(body.slice(0, 24))}`,
        method: tpl.method,
        path: tpl.path,
        body,
        message,
      });
    cases.push({
      name: `${tpl.route}: 6 MB body`,
      method: tpl.method,
      path: tpl.path,
      body: JSON.stringify({ ...tpl.body, pad: "x".repeat(6 * 1024 * 1024) }),
      status: [413],
      message: /larger than 5 MB/,
    });
    cases.push({
      name: `${tpl.route}: 6 MB streamed without content-length`,
      method: tpl.method,
      path: tpl.path,
      body: { chunked: 6 * 1024 * 1024 },
      status: [413],
      message: /larger than 5 MB/,
    });
    cases.push({
      name: `${tpl.route}: invalid UTF-8`,
      method: tpl.method,
      path: tpl.path,
      body: { bytes: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      message: /not valid UTF-8/,
    });
  }
  // Path segments: hostile kinds and names.
  for (const s of ["<script>alert(1)</script>", "' OR '1'='1", "100%", "%E0%A4%A", "\u202e", "🧨", "..%2F..%2Fetc"]) {
    const seg = encodeURIComponent(s);
    cases.push({
      name: `entities.update: path name ${JSON.stringify(s)}`,
      method: "PUT",
      path: `/api/v1/entities/models/${seg}`,
      body: { json: { kind: "MODEL", version: 1, team: t.team } },
      status: [400, 404],
    });
    cases.push({
      name: `entities.archive: path kind ${JSON.stringify(s)}`,
      method: "DELETE",
      path: `/api/v1/entities/${seg}/${t.model}?version=1`,
      status: [400, 404],
    });
    cases.push({
      name: `assessments.submit: path name ${JSON.stringify(s)}`,
      method: "POST",
      path: `/api/v1/entities/models/${seg}/assessments`,
      body: { json: { answers: [{ itemKey: t.itemKey, value: "PASS" }] } },
      status: [400, 404],
    });
    cases.push({
      name: `teams.update: path slug ${JSON.stringify(s)}`,
      method: "PUT",
      path: `/api/v1/teams/${seg}`,
      body: { json: { name: "x" } },
      status: [400, 404],
    });
    cases.push({
      name: `teams.archive: path slug ${JSON.stringify(s)}`,
      method: "DELETE",
      path: `/api/v1/teams/${seg}`,
      status: [400, 404],
    });
    cases.push({
      name: `tokens.revoke: path id ${JSON.stringify(s)}`,
      method: "DELETE",
      path: `/api/v1/tokens/${seg}`,
      status: [400, 404],
    });
    cases.push({
      name: `members.remove: path ${JSON.stringify(s)}`,
      method: "DELETE",
      path: `/api/v1/teams/${t.team}/members/${seg}`,
      status: [400, 404],
    });
    cases.push({
      name: `users.org-role: path ${JSON.stringify(s)}`,
      method: "PUT",
      path: `/api/v1/users/${seg}/org-role`,
      body: { json: { orgRole: "ADMIN" } },
      status: [400, 404],
    });
  }
  for (const v of ["abc", "-1", "0", "1.5", "' OR 1=1 --", "1e309", ""]) {
    cases.push({
      name: `entities.archive: version=${JSON.stringify(v)}`,
      method: "DELETE",
      path: `/api/v1/entities/models/${t.model}?version=${encodeURIComponent(v)}`,
      message: /version/,
    });
  }
  // The importer: malformed and malicious YAML; each batch must be refused, naming file and document.
  const yamlDoc = (name: string) =>
    `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: ${name} }\nspec: { owner: ${t.team} }\n`;
  const yamlCases: [string, string][] = [
    ["unclosed quote", 'apiVersion: "debtboard/v1\nkind: Model\n'],
    ["bad indentation", "apiVersion: debtboard/v1\n kind: Model\n  metadata:\n name: x\n"],
    ["tab indentation", "apiVersion: debtboard/v1\nmetadata:\n\tname: x\n"],
    ["unclosed flow", "metadata: { name: [x, y\n"],
    ["flow soup", "{{{[[[:::]]]}}}"],
    [
      "alias bomb",
      [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(",")}]`,
        ),
      ].join("\n"),
    ],
    ["deep flow nesting", `metadata: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`],
    ["deep block nesting", Array.from({ length: 2_000 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n"],
    [
      "js function tag",
      'apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: !!js/function "function(){return 1}" }\nspec: { owner: x }\n',
    ],
    ["unknown tag", "apiVersion: !evil debtboard/v1\nkind: Model\n"],
    ["duplicate keys", "apiVersion: debtboard/v1\nkind: Model\nkind: Feature\nmetadata: { name: dup }\nspec: {}\n"],
    [
      "script tag as kind",
      "apiVersion: debtboard/v1\nkind: <script>alert(1)</script>\nmetadata: { name: x }\nspec: {}\n",
    ],
    [
      "script tag as name",
      `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: "<script>alert(1)</script>" }\nspec: { owner: ${t.team} }\n`,
    ],
    [
      "SQL injection as name",
      `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: "x'; DROP TABLE \\"Entity\\"; --" }\nspec: { owner: ${t.team} }\n`,
    ],
    [
      "RTL and zero-width name",
      `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: "ab\u202ecd\u200b" }\nspec: { owner: ${t.team} }\n`,
    ],
    ["emoji owner", `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: fuzz-emoji }\nspec: { owner: "🧨" }\n`],
    ["an alias before its anchor", "apiVersion: debtboard/v1\nkind: *nope\nmetadata: { name: x }\n"],
    ["a sequence document", "- a\n- b\n"],
    ["a scalar document", "just text\n"],
    ["wrong apiVersion", "apiVersion: v0\nkind: Model\nmetadata: { name: x }\n"],
    [
      "valid documents then a bad one (all or nothing)",
      `${yamlDoc("fuzz-ok-1")}---\n${yamlDoc("fuzz-ok-2")}---\nkind: [unclosed\n`,
    ],
    ["20,000 empty documents and one bad one", `${"---\n".repeat(20_000)}kind: Model\n`],
    ["binary garbage", Array.from({ length: 4096 }, (_, i) => String.fromCharCode(((i * 7919) % 255) + 1)).join("")],
    [
      "wrong types in spec",
      `apiVersion: debtboard/v1\nkind: Model\nmetadata: { name: fuzz-types, tags: 7 }\nspec: { owner: ${t.team}, calibratedOutputs: "very", uses: 12 }\n`,
    ],
  ];
  for (const [name, text] of yamlCases) {
    cases.push({
      name: `import YAML: ${name}`,
      method: "POST",
      path: "/api/v1/catalog/import",
      body: { json: { files: [{ file: "fuzz.yaml", text }] } },
      message: /refused|fuzz\.yaml|files/,
    });
  }
  cases.push({
    name: "import YAML: 4.9 MB of invalid YAML (under the limit, refused as YAML)",
    method: "POST",
    path: "/api/v1/catalog/import",
    body: { json: { files: [{ file: "fuzz.yaml", text: `kind: [${"x,".repeat(2_450_000)}` }] } },
    status: [400],
    message: /refused|fuzz\.yaml/,
  });
  cases.push({
    name: "import: 6 MB file inside the JSON",
    method: "POST",
    path: "/api/v1/catalog/import",
    body: { json: { files: [{ file: "big.yaml", text: "#".repeat(6 * 1024 * 1024) }] } },
    status: [413],
    message: /larger than 5 MB/,
  });
  return cases;
}

/** Seeded cases: a route's valid-looking body with one field given a wrong type or a hostile string. */
function generatedCases(t: FuzzTargets, rng: Prng, count: number): Case[] {
  const tpls = templates(t);
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const tpl = rng.pick(tpls);
    const body = structuredClone(tpl.body) as Record<string, unknown>;
    const keys = Object.keys(body);
    const field = rng.pick(keys);
    const hostile = (tpl.ids as string[]).includes(field) && rng.next() < 0.5;
    body[field] = hostile ? rng.pick(HOSTILE_STRINGS) : wrongTypeFor(body[field], rng);
    // Sometimes an extra hostile field or a hostile value in a nested text field as well.
    if (rng.next() < 0.3)
      body[rng.pick(["__proto__", "constructor", "$where", "\u202eevil", "💥"])] = rng.pick(HOSTILE_STRINGS);
    // A NUL or an unpaired surrogate anywhere (the extra field included) is refused before any schema runs.
    const texts = Object.entries(body).flatMap(([k, v]) => [k, ...(typeof v === "string" ? [v] : [])]);
    const unstorable = texts.some((v) => v.includes("\u0000") || !v.isWellFormed());
    cases.push({
      name: `${tpl.route}: ${field} = ${JSON.stringify(body[field])?.slice(0, 40)}`,
      method: tpl.method,
      path: tpl.path,
      body: { json: body },
      // The message names the field (or the character problem found before any schema ran).
      message: unstorable
        ? /NUL character|unpaired UTF-16 surrogate/
        : new RegExp(`${field.replace(/[$]/g, "\\$")}|refused|not found|no .* named|There is no|not a question`, "i"),
    });
  }
  return cases;
}

async function send(
  baseUrl: string,
  token: string,
  c: Case,
): Promise<{ status: number; message: string; retryAfter?: number }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  let body: BodyInit | undefined;
  let duplex: "half" | undefined;
  if (typeof c.body === "string") body = c.body;
  else if (c.body && "json" in c.body) body = JSON.stringify(c.body.json);
  else if (c.body && "bytes" in c.body) body = new Blob([c.body.bytes as Uint8Array<ArrayBuffer>]);
  else if (c.body && "chunked" in c.body) {
    const total = c.body.chunked;
    let sent = 0;
    body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        const chunk = new TextEncoder().encode("x".repeat(Math.min(256 * 1024, total - sent)));
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    duplex = "half";
  }
  try {
    const res = await fetch(`${baseUrl}${c.path}`, {
      method: c.method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
      ...(duplex ? { duplex } : {}),
    } as RequestInit);
    const text = await res.text();
    const retryAfter = Number(res.headers.get("retry-after"));
    return {
      status: res.status,
      message: messageOf({ status: res.status, body: text }),
      ...(res.status === 429 && retryAfter > 0 ? { retryAfter } : {}),
    };
  } catch (error) {
    // A server that refuses a streamed body early may reset the upload; that is a refusal, not an answer.
    return {
      status: 0,
      message:
        error instanceof Error
          ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}`
          : String(error),
    };
  }
}

export async function fuzzApi(
  checks: Checks,
  options: {
    baseUrl: string;
    token: string;
    databaseUrl: string;
    targets: FuzzTargets;
    seed: number;
    generated: number;
    reportFile: string;
  },
): Promise<void> {
  const rng = prng(options.seed);
  const cases = [...fixedCases(options.targets), ...generatedCases(options.targets, rng, options.generated)];
  await rm(options.reportFile, { force: true });
  console.log(`  fuzz: ${cases.length} cases (seed ${options.seed}; replay with FUZZ_SEED=${options.seed})`);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const bad: string[] = [];
  const serverErrors: string[] = [];
  try {
    const before = await tableCounts(client);
    for (const c of cases) {
      let r = await send(options.baseUrl, options.token, c);
      // More cases than the per-token limit allows a minute: the limit answering 429 is right, and
      // says nothing of the case; wait as told and send the case again (up to three times).
      for (let attempt = 0; r.status === 429 && r.retryAfter && !c.status?.includes(429) && attempt < 3; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, (r.retryAfter ?? 1) * 1000));
        r = await send(options.baseUrl, options.token, c);
      }
      const statusOk = c.status ? c.status.includes(r.status) : r.status >= 400 && r.status < 500 && r.status !== 401;
      const messageOk =
        r.message.trim() !== "" &&
        !/Something went wrong/.test(r.message) &&
        (c.message ? c.message.test(r.message) : true);
      if (r.status >= 500 || r.status === 0) serverErrors.push(`${c.name} → ${r.status} ${r.message.slice(0, 160)}`);
      if (r.status === 0 && /ECONNREFUSED/.test(r.message)) {
        serverErrors.push(
          `the server is gone; stopped after ${cases.indexOf(c) + 1} of ${cases.length} cases (the case before this one killed it?)`,
        );
        break;
      } else if (!statusOk || !messageOk) bad.push(`${c.name} → ${r.status} ${r.message.slice(0, 200)}`);
    }
    const diff = countDifferences(before, await tableCounts(client));
    if (diff.some((d) => d.startsWith("AuditEvent"))) {
      const rows = await client.query<{ action: string; targetType: string; targetId: string | null }>(
        `SELECT action, "targetType", "targetId" FROM "AuditEvent" ORDER BY at DESC LIMIT 3`,
      );
      diff.push(`newest audit events: ${JSON.stringify(rows.rows)}`);
    }
    const report = [...serverErrors.map((l) => `5xx  ${l}`), ...bad.map((l) => `bad  ${l}`)];
    if (report.length) {
      await mkdir(path.dirname(options.reportFile), { recursive: true });
      await writeFile(options.reportFile, `${report.join("\n")}\n`);
      console.log(`  every failing case: ${options.reportFile}`);
    }
    checks.check(
      "hostile input: no 5xx (and no dropped connection) on any case",
      serverErrors.length === 0,
      serverErrors.length
        ? `${serverErrors.length}: ${serverErrors.slice(0, 5).join(" || ")}`
        : `${cases.length} cases`,
    );
    checks.check(
      "hostile input: every case a 4xx whose message names the problem",
      bad.length === 0,
      bad.length ? `${bad.length}: ${bad.slice(0, 5).join(" || ")}` : "",
    );
    checks.check(
      "hostile input: nothing stored (every table's row count unchanged)",
      diff.length === 0,
      diff.join("; "),
    );
  } finally {
    await client.end();
  }
}

/** The YAML parser itself (lib/domain/catalog-yaml), in process: seeded mutations of a valid file must never throw. */
export function fuzzYamlParser(checks: Checks, options: { seed: number; iterations: number }): void {
  const rng = prng(options.seed);
  const base = [
    "apiVersion: debtboard/v1\nkind: Team\nmetadata: { name: team-a }\nspec: { displayName: A }",
    "apiVersion: debtboard/v1\nkind: DataSource\nmetadata: { name: events.clicks }\nspec: { owner: team-a, system: BigQuery, versioned: true }",
    "apiVersion: debtboard/v1\nkind: Feature\nmetadata: { name: clicks-7d }\nspec: { owner: team-a, derivedFrom: [source:events.clicks] }",
    'apiVersion: debtboard/v1\nkind: Model\nmetadata:\n  name: ctr\n  links:\n    - { type: repository, url: "https://x" }\nspec:\n  owner: team-a\n  uses: [feature:clicks-7d]',
    "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: svc }\nspec: { type: ml-model, owner: group:default/team-a, dependsOn: [resource:events.clicks] }",
  ].join("\n---\n");
  const tokens: string[] = [
    ...HOSTILE_STRINGS,
    "---",
    "&a",
    "*a",
    "!!binary",
    "!!js/regexp /x/",
    "{",
    "[",
    "]",
    "}",
    ":",
    "- ",
    "\t",
    "\n",
    "'",
    '"',
    "? ",
    "|",
    ">",
    "%YAML 1.1\n",
    "<<: *a",
    "\r\n",
    "#",
  ];
  const failures: string[] = [];
  // The yaml package warns (process.emitWarning) about mapping keys that are collections; mutations make many.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  for (let i = 0; i < options.iterations; i++) {
    let text = base;
    const edits = 1 + rng.int(4);
    for (let e = 0; e < edits; e++) {
      const at = rng.int(text.length + 1);
      const op = rng.int(4);
      if (op === 0) text = text.slice(0, at) + rng.pick(tokens) + text.slice(at);
      else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + rng.int(20));
      else if (op === 2) text = text.slice(0, at);
      else text = text.slice(0, at) + String.fromCharCode(rng.int(0x3000)) + text.slice(at);
    }
    try {
      const batch = parseCatalogFiles([{ file: "fuzz.yaml", text }]);
      for (const issue of batch.issues) if (!issue.message) throw new Error("an issue without a message");
    } catch (error) {
      failures.push(`iteration ${i}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.emitWarning = emitWarning;
  checks.check(
    `YAML parser: ${options.iterations} seeded mutations parse without throwing (every issue has a message)`,
    failures.length === 0,
    failures.slice(0, 3).join(" || "),
  );
}
