// What the benchmark ran on: CPU, cores, memory and OS from node:os, Node's version, the
// Postgres server's version, and the git commit (with whether the tree had uncommitted changes).
import { execFileSync } from "node:child_process";
import os from "node:os";
import pg from "pg";
import type { Machine } from "./report";

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  let postgres = "PostgreSQL (version unknown)";
  try {
    const r = await c.query<{ server_version: string }>("SHOW server_version");
    postgres = `PostgreSQL ${r.rows[0]?.server_version ?? "?"}`;
  } finally {
    await c.end();
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.versions.node,
    postgres,
    commit: git(["rev-parse", "--short=12", "HEAD"]) || "unknown",
    dirty: git(["status", "--porcelain"]) !== "",
  };
}
