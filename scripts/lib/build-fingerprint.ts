// "Build if needed": a production build is current when the files it was built from have not
// changed since. The fingerprint is a hash of every source file's path, size and mtime.
// lib/generated is left out: `prisma generate` (npm's prestart) rewrites it on every start, and
// its content is a function of prisma/schema.prisma and the Prisma version in package-lock.json,
// which are both in the fingerprint.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
/** Derived from other inputs (see above); rewritten by every `prisma generate`. */
const DERIVED = new Set([path.join("lib", "generated")]);
const FINGERPRINT_FILE = path.join(".next", "debtboard-build-fingerprint");

async function* walk(root: string, p: string): AsyncGenerator<string> {
  if (DERIVED.has(p)) return;
  const full = path.join(root, p);
  if (!existsSync(full)) return;
  const s = await stat(full);
  if (!s.isDirectory()) {
    yield p;
    return;
  }
  for (const entry of (await readdir(full)).sort()) {
    if (entry === "node_modules" || entry.endsWith(".test.ts")) continue;
    yield* walk(root, path.join(p, entry));
  }
}

export async function computeFingerprint(root = process.cwd()): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of walk(root, input)) {
      const s = await stat(path.join(root, file));
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(root = process.cwd()): Promise<boolean> {
  const file = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(file)) return false;
  return (await readFile(file, "utf8")) === (await computeFingerprint(root));
}

export async function recordBuildFingerprint(root = process.cwd()): Promise<void> {
  await writeFile(path.join(root, FINGERPRINT_FILE), await computeFingerprint(root));
}
