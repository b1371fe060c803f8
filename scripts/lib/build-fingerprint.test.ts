// The build fingerprint decides whether `npm start` rebuilds: it must move with the sources and
// stay put when only `prisma generate` (run before every start) rewrote its output.
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, computeFingerprint, recordBuildFingerprint } from "./build-fingerprint";

let root: string;

async function put(file: string, content: string, mtime = new Date("2026-01-01T00:00:00Z")) {
  const full = path.join(root, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, content);
  await utimes(full, mtime, mtime);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fingerprint-"));
  await put("app/page.tsx", "export default 1");
  await put("lib/server/x.ts", "export const x = 1");
  await put("lib/generated/prisma/client.ts", "generated");
  await put("prisma/schema.prisma", "model A { id Int @id }");
  await put("package-lock.json", "{}");
  await put(".next/BUILD_ID", "b1");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("build fingerprint", () => {
  it.each([
    ["a source file's content", "lib/server/x.ts", "export const x = 22", undefined],
    ["a source file's mtime", "app/page.tsx", "export default 1", new Date("2026-02-01T00:00:00Z")],
    ["the Prisma schema", "prisma/schema.prisma", "model A { id Int @id @default(1) }", undefined],
    ["the lockfile", "package-lock.json", '{"v":2}', undefined],
    ["a new source file", "components/new.tsx", "x", undefined],
  ])("changes with %s", async (_label, file, content, mtime) => {
    const before = await computeFingerprint(root);
    await put(file, content, mtime);
    expect(await computeFingerprint(root)).not.toBe(before);
  });

  it("ignores prisma generate rewriting lib/generated, and test files", async () => {
    const before = await computeFingerprint(root);
    await put("lib/generated/prisma/client.ts", "generated again", new Date());
    await put("lib/generated/prisma/models.ts", "new generated file", new Date());
    await put("lib/server/x.test.ts", "a test", new Date());
    expect(await computeFingerprint(root)).toBe(before);
  });

  it("says a recorded build is current until a source changes", async () => {
    expect(await buildIsCurrent(root)).toBe(false);
    await recordBuildFingerprint(root);
    expect(await buildIsCurrent(root)).toBe(true);
    await put("lib/generated/prisma/client.ts", "regenerated", new Date());
    expect(await buildIsCurrent(root)).toBe(true);
    await put("lib/server/x.ts", "export const x = 3", new Date());
    expect(await buildIsCurrent(root)).toBe(false);
  });
});
