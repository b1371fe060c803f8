// The HTTP server in front of Next's request handler (scripts/serve.ts), adding what `next start`
// does not give: a request id on every request (X-Request-Id: the caller's when well-formed, e.g.
// from a proxy, else a new one; passed on to the app as a request header and kept in the log
// context), one JSON log line per request (method, path without query, status, duration), and a
// graceful shutdown: stop accepting connections, mark readiness as failing, let in-flight requests
// finish (up to a timeout), close idle keep-alive connections, then return. With `renderQueue`,
// reads wait for one of its slots first (render-queue.ts); the log line says how long.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { logger, requestContext } from "@/lib/server/log/logger";
import { markDraining } from "./draining";
import { waitsForTurn, type RenderQueue } from "./render-queue";

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export interface AppServer {
  server: http.Server;
  listen(port: number, host: string): Promise<void>;
  /** Resolves once every in-flight request has finished (or the timeout cut the rest off). */
  shutdown(reason: string): Promise<{ drained: boolean; cutOff: number }>;
  inFlight(): number;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id if it is a plain token, else a new one. */
export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** The path as logged: no query string (it may carry filters or tokens) and no invitation secret. */
export function loggedPath(url: string | undefined): string {
  const pathOnly = (url ?? "/").split("?")[0] ?? "/";
  return pathOnly.replace(/^\/invite\/[^/]+/, "/invite/[redacted]");
}

export function createAppServer(options: {
  handle: RequestHandler;
  shutdownTimeoutMs: number;
  /** Page renders wait for a slot of this queue; absent: every request runs at once. */
  renderQueue?: RenderQueue;
}): AppServer {
  let active = 0;
  let draining = false;
  let onIdle: (() => void) | null = null;

  const server = http.createServer((req, res) => {
    const requestId = requestIdFor(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    // Once draining, a keep-alive client is told to reconnect (to another instance) after this response.
    if (draining) res.setHeader("Connection", "close");
    active++;
    const started = performance.now();
    let queuedMs: number | undefined;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      active--;
      requestContext.run({ requestId }, () =>
        logger.info("request", {
          method: req.method,
          path: loggedPath(req.url),
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...(queuedMs !== undefined && queuedMs >= 1 ? { queuedMs: Math.round(queuedMs) } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        }),
      );
      if (active === 0) onIdle?.();
    };
    res.on("finish", done);
    res.on("close", done);
    const queue = options.renderQueue && waitsForTurn(req) ? options.renderQueue : null;
    requestContext.run({ requestId }, async () => {
      if (queue) {
        const admitted = await queue.admit(res);
        queuedMs = performance.now() - started;
        if (!admitted) return;
      }
      await options.handle(req, res).catch((error: unknown) => {
        logger.error("request failed", { error });
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        } else res.destroy();
      });
    });
  });

  return {
    server,
    inFlight: () => active,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      }),
    async shutdown(reason) {
      draining = true;
      markDraining();
      logger.info("shutting down: draining requests", { reason, inFlight: active });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await new Promise<boolean>((resolve) => {
        if (active === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), options.shutdownTimeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      const cutOff = active;
      if (drained) server.closeIdleConnections();
      else server.closeAllConnections();
      await closed;
      logger.info(drained ? "drained" : "shutdown timeout: cut off requests still running", { cutOff });
      return { drained, cutOff };
    },
  };
}
