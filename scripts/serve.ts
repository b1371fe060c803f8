// The production HTTP server (what `npm start`, the benchmark, the stress test and the e2e run
// serve with): Next's request handler behind node:http, because only here is the connection
// visible. Before Next sees a request, X-Forwarded-For is replaced by the one client address
// decided from the socket and TRUSTED_PROXIES (lib/domain/http/client-address.ts); `next start`
// would pass a client's own X-Forwarded-For through untouched, so anyone could pick the address
// the sign-in rate limit counts. X-Forwarded-Host/-Proto/-Port are kept only from a trusted proxy.
//   tsx scripts/serve.ts -p <port> -H <host>
import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/config/env";
import { clientAddress, proxyList, trusted } from "@/lib/domain/http/client-address";

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const settings = env();
  const port = Number(arg("-p") ?? settings.PORT);
  const hostname = arg("-H") ?? settings.HOST;
  const proxies = settings.TRUSTED_PROXIES.length > 0 ? proxyList(settings.TRUSTED_PROXIES) : null;
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    const peer = req.socket.remoteAddress;
    const client = clientAddress(peer, req.headers["x-forwarded-for"], proxies);
    if (!proxies || !peer || !trusted(proxies, peer)) {
      for (const h of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"]) delete req.headers[h];
    }
    delete req.headers["x-real-ip"];
    if (client) req.headers["x-forwarded-for"] = client;
    else delete req.headers["x-forwarded-for"];
    void handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(
      `Ready: http://${hostname}:${port}${proxies ? ` (trusting X-Forwarded-For from ${settings.TRUSTED_PROXIES.join(", ")})` : ""}`,
    );
  });
  // Finish what is in flight, take nothing new, then exit.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
