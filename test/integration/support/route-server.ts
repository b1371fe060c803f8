// A loopback HTTP server in front of route handlers, so API tests go over a real socket with real
// headers (what a CI job's curl does), without building the app: each request is turned into a
// web Request and handed to the handler whose path pattern (`/teams/[team]/scorecard`) matches.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A route handler as Next calls it. Each route types its own params ({ slug }, { kind, name }, …):
 * declared as a method, so those narrower handlers are accepted (method parameters are bivariant).
 */
export type RouteHandler = {
  handle(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response>;
}["handle"];

export interface RouteServer {
  url: string;
  close: () => Promise<void>;
}

export async function startRouteServer(routes: Record<string, RouteHandler>, prefix = "/api/v1"): Promise<RouteServer> {
  const compiled = Object.entries(routes).map(([pattern, handler]) => {
    const names: string[] = [];
    const source = pattern.replace(/[.]/g, "\\.").replace(/\[([a-z]+)\]/gi, (_m, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { regex: new RegExp(`^${prefix}${source}$`), names, handler };
  });
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const route = compiled.find((r) => r.regex.test(url.pathname));
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      const match = route.regex.exec(url.pathname)!;
      const params = Object.fromEntries(route.names.map((n, i) => [n, match[i + 1] ?? ""]));
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const response = await route.handler(new Request(url, { method: req.method, headers, body }), {
        params: Promise.resolve(params),
      });
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
