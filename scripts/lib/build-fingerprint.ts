// "Build if needed": a production build is current when the files it was built from have not
// changed since. The fingerprint is a hash of every source file's path, size and mtime.
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
const FINGERPRINT_FILE = path.join(".next", "debtboard-build-fingerprint");

async function* walk(p: string): AsyncGenerator<string> {
  if (!existsSync(p)) return;
  const s = await stat(p);
  if (!s.isDirectory()) {
    yield p;
    return;
  }
  for (const entry of (await readdir(p)).sort()) {
    if (entry === "node_modules" || entry.endsWith(".test.ts")) continue;
    yield* walk(path.join(p, entry));
  }
}

export async function computeFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of walk(input)) {
      const s = await stat(file);
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(FINGERPRINT_FILE)) return false;
  return (await readFile(FINGERPRINT_FILE, "utf8")) === (await computeFingerprint());
}

export async function recordBuildFingerprint(): Promise<void> {
  await writeFile(FINGERPRINT_FILE, await computeFingerprint());
}
