// The app's HTTP server: Next's request handler behind lib/server/http/app-server.ts (request ids,
// JSON request logs, graceful shutdown). `npm start` runs it after migrating and building; a
// container or process manager may run it directly (`tsx --max-semi-space-size=32 scripts/serve.ts`,
// the flags of scripts/lib/server-node-flags.ts) once the database is migrated. SIGTERM/SIGINT
// drain in-flight requests (up to SHUTDOWN_TIMEOUT_SECONDS), let Next finish its after() work,
// close the database pool, and exit 0.
// Before Next sees a request, X-Forwarded-For is replaced by the one client address decided from
// the socket and TRUSTED_PROXIES (lib/domain/http/client-address.ts): `next start` would pass a
// client's own X-Forwarded-For through untouched, so anyone could pick the address the sign-in
// rate limit counts. X-Forwarded-Host/-Proto/-Port are kept only from a trusted proxy.
// WEB_CONCURRENCY > 1 runs that many such servers as node:cluster workers sharing the port (Node
// renders on one core per process). The primary only supervises: a worker that dies is replaced,
// SIGTERM/SIGINT are passed on and the primary exits once every worker has drained. Workers are
// instances of one deployment like any others (sessions, jobs, caches already work across them).
import cluster from "node:cluster";
import type { IncomingMessage } from "node:http";
import { parseEnv } from "@/lib/config/env";
import { clientAddress, proxyList, trusted } from "@/lib/domain/http/client-address";
import { urlProblem } from "@/lib/domain/http/storable";
import { createAppServer } from "@/lib/server/http/app-server";
import { createRenderQueue } from "@/lib/server/http/render-queue";
import { logger } from "@/lib/server/log/logger";

async function main() {
  const dev = process.argv.includes("--dev");
  if (!dev) Object.assign(process.env, { NODE_ENV: "production" });
  const settings = parseEnv(process.env);
  const { default: next } = await import("next");
  const app = next({ dev, hostname: settings.HOST, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const proxies = settings.TRUSTED_PROXIES.length > 0 ? proxyList(settings.TRUSTED_PROXIES) : null;
  const decideClient = (req: IncomingMessage) => {
    const peer = req.socket.remoteAddress;
    const client = clientAddress(peer, req.headers["x-forwarded-for"], proxies);
    if (!proxies || !peer || !trusted(proxies, peer)) {
      for (const h of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"]) delete req.headers[h];
    }
    delete req.headers["x-real-ip"];
    if (client) req.headers["x-forwarded-for"] = client;
    else delete req.headers["x-forwarded-for"];
  };
  const server = createAppServer({
    handle: async (req, res) => {
      // Checked on the raw request line: Next re-encodes a query string's invalid UTF-8 (as U+FFFD)
      // before proxy.ts or a route handler sees it, so their own check cannot catch it there.
      const problem = urlProblem(req.url ?? "/");
      if (problem) {
        const api = (req.url ?? "").startsWith("/api/");
        res.writeHead(400, { "content-type": api ? "application/json" : "text/plain; charset=utf-8" });
        res.end(api ? JSON.stringify({ error: { code: "invalid", message: problem } }) : `Bad request: ${problem}`);
        return;
      }
      decideClient(req);
      return handle(req, res);
    },
    shutdownTimeoutMs: settings.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    // A few reads (pages and API GETs) at a time per process, the rest in one line in arrival order
    // (issue 17: under 20 page readers the slowest answers came near the typical one instead of
    // 1.7× it). PAGE_RENDER_CONCURRENCY=0 turns it off.
    renderQueue:
      settings.PAGE_RENDER_CONCURRENCY > 0
        ? createRenderQueue({ limit: settings.PAGE_RENDER_CONCURRENCY, maxHoldMs: 2_000 })
        : undefined,
  });
  await server.listen(settings.PORT, settings.HOST);
  logger.info("listening", {
    host: settings.HOST,
    port: settings.PORT,
    pid: process.pid,
    dev,
    trustedProxies: settings.TRUSTED_PROXIES,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    // A terminal's Ctrl+C, a process-group kill and `npm start` forwarding it may each deliver
    // one; the drain is bounded by SHUTDOWN_TIMEOUT_SECONDS either way.
    if (stopping) return;
    stopping = true;
    await server.shutdown(signal);
    await app.close().catch((error: unknown) => logger.error("next close failed", { error }));
    // The app's own pool (lib/server/db/client.ts keeps it on globalThis).
    const shared = globalThis as unknown as { debtboardDb?: { $disconnect(): Promise<void> } };
    await shared.debtboardDb?.$disconnect().catch(() => {});
    logger.info("stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

function supervise(workers: number) {
  let stopping = false;
  const fork = () => cluster.fork();
  const listening = new Set<number>();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping && !listening.has(worker.id)) {
      // It never got as far as listening (no database, a bad setting): as a single process would.
      logger.error("a server worker failed to start", { pid: worker.process.pid, code, signal });
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1;
    }
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info("stopped", { workers });
        process.exit(process.exitCode ?? 0);
      }
      return;
    }
    logger.error("server worker died; starting another", { pid: worker.process.pid, code, signal });
    setTimeout(fork, 1_000);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  logger.info("starting server workers", { workers, pid: process.pid });
  for (let i = 0; i < workers; i++) fork();
}

const workers = parseEnv(process.env).WEB_CONCURRENCY;
if (workers > 1 && cluster.isPrimary && !process.argv.includes("--dev")) supervise(workers);
else
  main().catch((error: unknown) => {
    logger.error("server failed to start", { error });
    process.exit(1);
  });
