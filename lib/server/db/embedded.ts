// The embedded default database: real Postgres compiled to WASM (PGlite), kept in a folder and
// served over the Postgres wire protocol on a free loopback port, so Prisma and pg connect to it
// exactly as to a server. PGlite is one session at heart: clients must use a pool of one.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** dataDir undefined = in memory (tests). */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // A reconnecting pool may briefly hold a second socket; queries are queued into the one
    // session either way.
    maxConnections: 4,
  });
  await server.start();
  const port = portOf(server);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}

function portOf(server: PGLiteSocketServer): number {
  const conn = server.getServerConn();
  const match = /:(\d+)$/.exec(conn);
  if (!match?.[1]) throw new Error(`Embedded Postgres did not report its port (${conn})`);
  return Number(match[1]);
}
