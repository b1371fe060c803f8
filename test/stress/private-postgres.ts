// A Postgres cluster of the stress run's own (initdb + pg_ctl in a temporary directory, on a
// free loopback port), so the fault test can stop and restart it without touching the
// machine's main cluster, which other people's tests use. initdb and pg_ctl refuse to run as
// root, so as root they run as the `postgres` user (runuser), in a directory it owns.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export interface PrivatePostgres {
  /** Admin URL (database `postgres`, trust auth). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and removes the cluster. */
  destroy(): Promise<void>;
}

/** The newest installed server's bin directory, e.g. /usr/lib/postgresql/15/bin; null when none. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

function uidOf(user: string): { uid: number; gid: number } | null {
  const r = spawnSync("id", ["-u", user], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", user], { encoding: "utf8" });
  return r.status === 0 && g.status === 0 ? { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
}

export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql).");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? uidOf("postgres") : null;
  if (asRoot && !owner) throw new Error("Running as root but there is no `postgres` user to run initdb/pg_ctl as.");
  const dir = await mkdtemp(path.join(tmpdir(), "debtboard-stress-pg-"));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");

  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? "runuser" : path.join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, argv, { encoding: "utf8", cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  };

  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const pgCtl = (action: "start" | "stop") =>
    run(
      "pg_ctl",
      action === "start"
        ? ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"]
        : ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"],
    );

  let running = false;
  const instance: PrivatePostgres = {
    adminUrl,
    port,
    start: async () => {
      pgCtl("start");
      running = true;
      await waitForConnection(adminUrl);
    },
    stop: async () => {
      pgCtl("stop");
      running = false;
    },
    destroy: async () => {
      if (running) await instance.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  await instance.start();
  return instance;
}

async function waitForConnection(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await c.connect();
      await c.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await c.end().catch(() => {});
    }
  }
}
