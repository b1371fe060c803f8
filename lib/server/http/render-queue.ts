// How many requests one server process renders at once (PAGE_RENDER_CONCURRENCY); the rest wait
// in arrival order. Rendering a page or answering an API read is CPU work on the process's one
// thread, so requests that run side by side share it: with ten at once each takes ten times as
// long, the heaviest page the longest, and each holds its memory the whole time (more garbage
// collection). A few at a time keep the core busy while one waits for Postgres, and every
// request's time becomes its wait in line plus its own work, so the slowest answers under load
// are much closer to the typical one (issue 17, bench/results.md).
//
// Every read that runs the app's code takes a turn in the one line: GET/HEAD of a page (a client
// navigation's RSC request included) and of /api/* alike. Pages and API calls share the core in
// arrival order; when only pages waited, API calls took the core and pages starved (the stress
// test's mix: page p95 2.1 s → 6.0 s). What never waits: Next's files under /_next/, a file such
// as /favicon.ico, the health checks under /api/health (a load balancer must hear from a busy
// instance at once), and writes (posts, server actions, PUT, DELETE), which may wait on a row
// lock and must not hold a turn meanwhile; they are few beside reads. A slot is given up when the
// response is ended (the work is done, whatever the client still has to read) or closed, and
// after `maxHoldMs` in any case, so a long export or a stalled database never holds the line for
// long. A request whose client leaves while it waits is dropped from the line.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RenderQueue {
  /**
   * Waits for a slot for this response; resolves true once it holds one (given up by itself when
   * the response ends or closes, or after maxHoldMs), false if the client left while it waited.
   */
  admit(res: ServerResponse): Promise<boolean>;
  /** Renders holding a slot and requests waiting for one. */
  stats(): { running: number; waiting: number };
}

/** Whether a request waits for a turn: a read (GET/HEAD) of a page or of the API, not a file, a health check or a write. */
export function waitsForTurn(req: Pick<IncomingMessage, "method" | "url">): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/_next/") || path === "/api/health" || path.startsWith("/api/health/")) return false;
  // Every other API path is the app's work, a dot in it included (/api/v1/audit.csv is an export).
  if (path.startsWith("/api/")) return true;
  // A file (favicon.ico, robots.txt, an image), told by its extension: a page's own segment may
  // hold a dot too (an entity named "ranker-v1.2").
  return !/\.(?:ico|png|svg|jpe?g|gif|webp|txt|xml|json|js|css|map|woff2?)$/i.test(path);
}

export function createRenderQueue(options: { limit: number; maxHoldMs: number }): RenderQueue {
  const { limit, maxHoldMs } = options;
  let running = 0;
  const waiting: (() => void)[] = [];

  /** A slot given up: the next in line takes it, else it is free. */
  const handOn = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    stats: () => ({ running, waiting: waiting.length }),
    admit(res) {
      return new Promise<boolean>((resolve) => {
        let holding = false;
        let given = false;
        let timer: NodeJS.Timeout | undefined;
        const giveUp = () => {
          if (!holding || given) return;
          given = true;
          clearTimeout(timer);
          handOn();
        };
        const take = () => {
          holding = true;
          timer = setTimeout(giveUp, maxHoldMs);
          timer.unref();
          // Before the response's own end(): the render is done once Next ends the response.
          const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
          res.end = ((...args: unknown[]) => {
            giveUp();
            return end(...args);
          }) as ServerResponse["end"];
          resolve(true);
        };
        const inLine = () => {
          if (res.destroyed) {
            // Left while waiting for its turn: pass the turn on.
            handOn();
            resolve(false);
            return;
          }
          take();
        };
        res.once("close", () => {
          if (holding) return giveUp();
          const at = waiting.indexOf(inLine);
          if (at >= 0) waiting.splice(at, 1);
          resolve(false);
        });
        if (running < limit) {
          running++;
          take();
        } else waiting.push(inLine);
      });
    },
  };
}
