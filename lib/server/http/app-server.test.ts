// The HTTP server in front of Next, over real sockets on loopback with a handler we control:
// request ids, one JSON log line per request, and a shutdown that drains in-flight requests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppServer, loggedPath, requestIdFor, type AppServer } from "./app-server";
import { isDraining } from "./draining";

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

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
  });
}

async function start(handle: Parameters<typeof createAppServer>[0]["handle"], shutdownTimeoutMs = 10_000) {
  const app = createAppServer({ handle, shutdownTimeoutMs });
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
