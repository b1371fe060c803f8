// The HTTP server in front of Next, over real sockets on loopback with a handler we control:
// request ids, one JSON log line per request, and a shutdown that drains in-flight requests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppServer, loggedPath, requestIdFor, type AppServer } from "./app-server";
import { isDraining } from "./draining";
import { createRenderQueue, waitsForTurn } from "./render-queue";

let lines: Record<string, unknown>[];
beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split("\n").filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function send(port: number, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

const get = (port: number, path: string, headers: Record<string, string> = {}) => send(port, "GET", path, headers);

async function start(
  handle: Parameters<typeof createAppServer>[0]["handle"],
  shutdownTimeoutMs = 10_000,
  renderQueue?: ReturnType<typeof createRenderQueue>,
) {
  const app = createAppServer({ handle, shutdownTimeoutMs, renderQueue });
  await app.listen(0, "127.0.0.1");
  return { app, port: (app.server.address() as AddressInfo).port };
}

describe("requestIdFor / loggedPath", () => {
  it.each([
    ["abc-123", "abc-123"],
    ["req_1.2:3", "req_1.2:3"],
  ])("keeps a well-formed caller id %s", (given, expected) => {
    expect(requestIdFor(given)).toBe(expected);
  });
  it.each([[undefined], [""], ["has space"], ["x".repeat(129)], ["<script>"]])("makes a new id for %s", (given) => {
    expect(requestIdFor(given)).toMatch(/^[0-9a-f-]{36}$/);
  });
  it.each([
    ["/teams/x?token=secret", "/teams/x"],
    ["/invite/abcdef123", "/invite/[redacted]"],
    ["/invite/abcdef123?x=1", "/invite/[redacted]"],
    [undefined, "/"],
  ])("logs %s as %s", (url, expected) => {
    expect(loggedPath(url)).toBe(expected);
  });
});

describe("app server", () => {
  let running: AppServer | undefined;
  afterEach(async () => {
    if (running?.server.listening) await running.shutdown("test end");
    running = undefined;
  });

  it("gives every request an id, passes it to the app, and logs one JSON line per request", async () => {
    const { app, port } = await start(async (req, res) => {
      res.end(`seen ${String(req.headers["x-request-id"])}`);
    });
    running = app;
    const fresh = await get(port, "/a?secret=1");
    const id = fresh.headers["x-request-id"];
    expect(fresh.body).toBe(`seen ${String(id)}`);
    const given = await get(port, "/b", { "x-request-id": "from-proxy-7" });
    expect(given.headers["x-request-id"]).toBe("from-proxy-7");
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests).toEqual([
      expect.objectContaining({ level: "info", requestId: id, method: "GET", path: "/a", status: 200 }),
      expect.objectContaining({ requestId: "from-proxy-7", path: "/b", status: 200 }),
    ]);
    expect(typeof requests[0]?.durationMs).toBe("number");
  });

  it("logs a handler's failure with the request id and answers 500", async () => {
    const { app, port } = await start(async () => {
      throw new Error("boom");
    });
    running = app;
    const res = await get(port, "/x", { "x-request-id": "r-500" });
    expect(res.status).toBe(500);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        msg: "request failed",
        requestId: "r-500",
        error: expect.objectContaining({ message: "boom" }),
      }),
    );
  });

  it("on shutdown refuses new connections, lets the in-flight request finish, then resolves", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const { app, port } = await start(async (_req, res) => {
      entered();
      await gate;
      res.end("finished");
    });
    const slow = get(port, "/slow");
    await inside;
    expect(app.inFlight()).toBe(1);
    const stopping = app.shutdown("SIGTERM");
    expect(isDraining()).toBe(true);
    await expect(get(port, "/new")).rejects.toThrow(/ECONNREFUSED|ECONNRESET/);
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await expect(slow).resolves.toMatchObject({ status: 200, body: "finished" });
    await expect(stopping).resolves.toEqual({ drained: true, cutOff: 0 });
    expect(app.server.listening).toBe(false);
  });

  it("cuts off requests still running when the timeout passes", async () => {
    const { app, port } = await start(() => new Promise<void>(() => {}), 100);
    const hung = get(port, "/hang").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await expect(app.shutdown("SIGTERM")).resolves.toEqual({ drained: false, cutOff: 1 });
    expect(await hung).toBeInstanceOf(Error);
  });
});

describe("waitsForTurn", () => {
  it.each([
    ["GET", "/", true],
    ["GET", "/teams/ranking?range=90d", true],
    ["HEAD", "/hotspots", true],
    ["GET", "/catalog/models/ranker-v1.2", true],
    ["GET", "/teams/x?_rsc=abc", true],
    ["GET", "/api/v1/entities", true],
    ["GET", "/api/v1/audit.csv?from=2026-01-01", true],
    ["GET", "/api/openapi.json", true],
    ["POST", "/teams/x", false],
    ["POST", "/api/v1/entities/models/m/assessments", false],
    ["PUT", "/api/v1/teams/x", false],
    ["DELETE", "/api/v1/tokens/t", false],
    ["GET", "/api/health", false],
    ["GET", "/api/health/ready", false],
    ["GET", "/api/healthy", true],
    ["GET", "/_next/static/chunks/app.js", false],
    ["GET", "/favicon.ico", false],
    ["GET", "/robots.txt", false],
    [undefined, "/", false],
  ])("%s %s → %s", (method, url, expected) => {
    expect(waitsForTurn({ method, url })).toBe(expected);
  });
});

describe("render queue", () => {
  let running: AppServer | undefined;
  afterEach(async () => {
    if (running?.server.listening) await running.shutdown("test end");
    running = undefined;
  });

  /** A server whose page renders wait for `open()`; counts renders running at once. */
  async function gatedServer(limit: number, maxHoldMs = 10_000) {
    let now = 0;
    let most = 0;
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const queue = createRenderQueue({ limit, maxHoldMs });
    const { app, port } = await start(
      async (req, res) => {
        now++;
        most = Math.max(most, now);
        order.push(req.url ?? "");
        if (req.url?.startsWith("/api/")) {
          now--;
          return void res.end("api");
        }
        await new Promise<void>((r) => gates.push(r));
        now--;
        res.end(`page ${req.url}`);
      },
      10_000,
      queue,
    );
    running = app;
    const entered = async (n: number) => {
      while (order.length < n) await new Promise((r) => setTimeout(r, 5));
    };
    return { port, queue, order, gates, entered, most: () => most };
  }

  it("runs at most `limit` at once; the rest, API reads too, wait in arrival order and log the wait; writes pass", async () => {
    const s = await gatedServer(2);
    const answers = ["/p1", "/p2", "/p3"].map((p) => get(s.port, p));
    await s.entered(2);
    const apiRead = get(s.port, "/api/v1/x");
    await new Promise((r) => setTimeout(r, 30));
    const p4 = get(s.port, "/p4");
    await new Promise((r) => setTimeout(r, 30));
    expect(s.order).toEqual(["/p1", "/p2"]);
    expect(s.queue.stats()).toEqual({ running: 2, waiting: 3 });
    // A write does not wait behind them.
    await expect(send(s.port, "POST", "/api/v1/x")).resolves.toMatchObject({ body: "api" });
    expect(s.order).toEqual(["/p1", "/p2", "/api/v1/x"]);
    s.gates.shift()!();
    // The freed turn goes to the first in line (/p3), then the API read, then /p4.
    await s.entered(4);
    expect(s.order).toEqual(["/p1", "/p2", "/api/v1/x", "/p3"]);
    s.gates.shift()!();
    await expect(apiRead).resolves.toMatchObject({ body: "api" });
    await s.entered(6);
    expect(s.order).toEqual(["/p1", "/p2", "/api/v1/x", "/p3", "/api/v1/x", "/p4"]);
    while (s.gates.length) s.gates.shift()!();
    const bodies = (await Promise.all([...answers, p4])).map((a) => a.body);
    expect(bodies).toEqual(["page /p1", "page /p2", "page /p3", "page /p4"]);
    expect(s.most()).toBe(3); // two pages and the write
    expect(s.queue.stats()).toEqual({ running: 0, waiting: 0 });
    const logged = lines.filter((l) => l.msg === "request" && l.path === "/p4");
    expect(logged).toEqual([expect.objectContaining({ status: 200, queuedMs: expect.any(Number) })]);
  });

  it("drops a request whose client left while it waited, and its turn passes on", async () => {
    const s = await gatedServer(1);
    const first = get(s.port, "/first");
    await s.entered(1);
    const leaving = http.get({ host: "127.0.0.1", port: s.port, path: "/gone", agent: false });
    leaving.on("error", () => {});
    await new Promise((r) => setTimeout(r, 30));
    expect(s.queue.stats()).toEqual({ running: 1, waiting: 1 });
    leaving.destroy();
    await new Promise((r) => setTimeout(r, 30));
    expect(s.queue.stats()).toEqual({ running: 1, waiting: 0 });
    const third = get(s.port, "/third");
    s.gates.shift()!();
    await s.entered(2);
    s.gates.shift()!();
    await expect(first).resolves.toMatchObject({ body: "page /first" });
    await expect(third).resolves.toMatchObject({ body: "page /third" });
    // The one that left never rendered.
    expect(s.order).toEqual(["/first", "/third"]);
    expect(s.queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("a client that leaves mid-render gives its slot up", async () => {
    const s = await gatedServer(1);
    const leaving = http.get({ host: "127.0.0.1", port: s.port, path: "/left", agent: false });
    leaving.on("error", () => {});
    await s.entered(1);
    const next = get(s.port, "/next");
    leaving.destroy();
    await s.entered(2);
    expect(s.order).toEqual(["/left", "/next"]);
    while (s.gates.length) s.gates.shift()!();
    await expect(next).resolves.toMatchObject({ body: "page /next" });
  });

  it("gives a slot up after maxHoldMs though the render goes on", async () => {
    const s = await gatedServer(1, 50);
    const slow = get(s.port, "/slow");
    await s.entered(1);
    const quick = get(s.port, "/quick");
    await s.entered(2);
    expect(s.order).toEqual(["/slow", "/quick"]);
    while (s.gates.length) s.gates.shift()!();
    await expect(slow).resolves.toMatchObject({ body: "page /slow" });
    await expect(quick).resolves.toMatchObject({ body: "page /quick" });
    expect(s.queue.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
