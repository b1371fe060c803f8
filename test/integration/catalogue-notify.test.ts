// Several app instances: a catalogue change committed by any connection (another instance, the
// import CLI) reaches every process's graph cache through LISTEN/NOTIFY, well before the cache's
// 30 s fallback expiry; changes that do not alter the graph do not notify.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { CATALOGUE_CHANNEL, listenForCatalogueChanges } from "@/lib/server/findings/catalogue-listener";
import { getCatalogueGraph } from "@/lib/server/findings/graph-cache";

const server = process.env.TEST_DB_KIND !== "embedded";
let other: pg.Client; // "another instance": a connection of its own
let listener: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  if (!server) return;
  other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  listener = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await Promise.all([other.connect(), listener.connect()]);
  listener.on("notification", (n) => heard.push(n.payload ?? ""));
  await listener.query(`LISTEN ${CATALOGUE_CHANNEL}`);
});
afterAll(async () => {
  await other?.end();
  await listener?.end();
  await db().$disconnect();
});

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<number> {
  const started = Date.now();
  // Well under the cache's 30 s fallback expiry, so passing proves the notification path.
  while (Date.now() - started < 10_000) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A round trip on the listener's connection, so notifications sent before it have arrived. */
async function settle() {
  await other.query("SELECT 1");
  await listener.query("SELECT 1");
}

describe("catalogue change notifications", () => {
  it("fire on commit for graph changes and not for edits the graph does not contain", async () => {
    if (!server) return;
    const name = `notify-${randomBytes(4).toString("hex")}`;
    heard.length = 0;
    await other.query("BEGIN");
    await other.query(`INSERT INTO "Entity" (id, kind, name, "updatedAt") VALUES ($1, 'FEATURE', $1, now())`, [name]);
    await settle();
    expect(heard).toEqual([]); // not before commit
    await other.query("COMMIT");
    await settle();
    expect(heard).toEqual(["Entity"]);

    heard.length = 0;
    await other.query(`UPDATE "Entity" SET description = 'just words' WHERE id = $1`, [name]);
    await settle();
    expect(heard).toEqual([]);
    await other.query(`UPDATE "Entity" SET "archivedAt" = now() WHERE id = $1`, [name]);
    await settle();
    expect(heard).toEqual(["Entity"]);
  });

  it("drop this process's cached graph when another connection changes the catalogue", async () => {
    if (!server) return;
    // Warm the cache and wait for this process's listener.
    await getCatalogueGraph();
    await until(() => listenForCatalogueChanges(() => {}), "the listener to connect");
    const before = await getCatalogueGraph();
    const name = `remote-${randomBytes(4).toString("hex")}`;
    expect(before.graph.indexOf.has(name)).toBe(false);
    await other.query(`INSERT INTO "Entity" (id, kind, name, "updatedAt") VALUES ($1, 'MODEL', $1, now())`, [name]);
    const ms = await until(async () => (await getCatalogueGraph()).graph.indexOf.has(name), "the new entity");
    expect(ms).toBeLessThan(10_000);
    await other.query(`UPDATE "Entity" SET "archivedAt" = now() WHERE id = $1`, [name]);
  });
});
