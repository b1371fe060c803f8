// The role × action matrix must cover every mutation: this finds every action definition in the
// app (the `{ schema, permission, teamOf, run }` objects that defineAction and runAuthorized take)
// and fails when one has no row in ./role-matrix/rows.ts. A new action without a row fails here.
//
// How definitions are found: every source file under app/ and lib/ that mentions ActionDefinition,
// defineAction( or runAuthorized( is imported, and its exports of that shape collected. Then every
// name handed to defineAction(…) or runAuthorized(…) anywhere must be one of them (or a local
// const picking between them), so an unexported or inline definition cannot slip past either.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { ROLE_MATRIX } from "./role-matrix/rows";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "lib"];
const SKIP_DIRS = new Set(["node_modules", ".next", "generated"]);
const WRAPPER = path.join("lib", "server", "actions", "define-action.ts");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of every input and result type
type AnyDefinition = ActionDefinition<any, any>;

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...(await sourceFiles(rel)));
    } else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

/** Comment lines and trailing `// …` comments (which mention defineAction in prose) removed. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => (/^\s*\/\//.test(line) ? "" : line.replace(/\s\/\/\s.*$/, "")))
    .join("\n");
}

function isDefinition(value: unknown): value is AnyDefinition {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof (v.schema as { safeParse?: unknown } | undefined)?.safeParse === "function" &&
    typeof v.permission === "string" &&
    (PERMISSIONS as readonly string[]).includes(v.permission) &&
    typeof v.teamOf === "function" &&
    typeof v.run === "function"
  );
}

interface Found {
  /** definition → where it is exported, e.g. "lib/server/catalog/create-entity.ts › createEntity". */
  definitions: Map<AnyDefinition, string>;
  names: Set<string>;
  /** Every `defineAction(x)` / `runAuthorized(x, …)` call: file, the name passed, the file's text. */
  calls: { file: string; arg: string; text: string }[];
  /** `export const x: ActionDefinition<…>` as written in the source. */
  typed: string[];
}

async function findDefinitions(): Promise<Found> {
  const found: Found = { definitions: new Map(), names: new Set(), calls: [], typed: [] };
  const files = (await Promise.all(SCANNED.map(sourceFiles))).flat();
  for (const file of files) {
    const text = await readFile(path.join(ROOT, file), "utf8");
    if (!/\bActionDefinition\b|\bdefineAction\s*\(|\brunAuthorized\s*\(/.test(text) || file === WRAPPER) continue;
    const code = withoutComments(text);
    for (const m of code.matchAll(/\b(?:defineAction|runAuthorized)\s*\(\s*([^,)\s]*)/g))
      found.calls.push({ file, arg: m[1] ?? "", text: code });
    for (const m of text.matchAll(/export\s+const\s+(\w+)\s*:\s*ActionDefinition\b/g))
      found.typed.push(`${file} › ${m[1] ?? ""}`);
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (!isDefinition(value)) continue;
      found.names.add(name);
      if (!found.definitions.has(value)) found.definitions.set(value, `${file} › ${name}`);
    }
  }
  return found;
}

describe("role × action matrix coverage", async () => {
  const found = await findDefinitions();
  const inMatrix = new Set(ROLE_MATRIX.map((row) => row.action));

  it("finds the action definitions (sanity: every typed export, and the ones we know of)", () => {
    const where = new Set(found.definitions.values());
    expect(
      found.typed.filter((t) => !where.has(t)),
      "typed as ActionDefinition but not found by shape",
    ).toEqual([]);
    expect(found.definitions.size).toBeGreaterThanOrEqual(20);
  });

  it("has a row for every exported action definition", () => {
    const missing = [...found.definitions].filter(([def]) => !inMatrix.has(def)).map(([, where]) => where);
    expect(missing, "add rows for these in test/integration/role-matrix/*-rows.ts").toEqual([]);
  });

  it("every definition handed to defineAction/runAuthorized is an exported one", () => {
    const unknown = found.calls.filter(({ arg, text }) => {
      if (found.names.has(arg)) return false;
      // A local pick between definitions: `const definition = cond ? revokeTeamToken : revokePersonalToken;`
      const local = new RegExp(`\\bconst\\s+${arg}\\s*=\\s*([^;]+);`).exec(text)?.[1];
      const picks = local?.match(/\b[A-Za-z_]\w*\b/g) ?? [];
      return !picks.some((name) => found.names.has(name));
    });
    expect(
      unknown.map((c) => `${c.file}: ${c.arg || "(inline)"}`),
      "define actions as exported ActionDefinitions, with a matrix row",
    ).toEqual([]);
  });

  it("rows name real definitions", () => {
    const stray = ROLE_MATRIX.filter((row) => !found.definitions.has(row.action)).map((row) => row.name);
    expect(stray).toEqual([]);
  });
});
