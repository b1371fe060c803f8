// Catalogue changes made by other processes (other app instances, the import CLI, seeds) reach
// this process through Postgres LISTEN/NOTIFY: triggers on Entity, Relation, DataSource and Team
// (migration catalogue_change_notify) notify 'debtboard_catalogue_changed' on commit, and one
// dedicated connection per process listens and calls the registered callbacks. While it is not
// connected (starting, database restarting) callers fall back to their own expiry; every
// (re)connect also counts as a change, since notifications may have been missed meanwhile.
// Not on the embedded database: PGlite serves one session, whose other connections never see
// each other's notifications, and it has a single app process anyway.
import pg from "pg";
import { env } from "@/lib/config/env";
import { logger } from "@/lib/server/log/logger";

export const CATALOGUE_CHANNEL = "debtboard_catalogue_changed";
const RECONNECT_MS = 5_000;

interface ListenerState {
  listening: boolean;
  started: boolean;
  callbacks: Set<() => void>;
}

const globalForListener = globalThis as unknown as { debtboardCatalogueListener?: ListenerState };
const state: ListenerState = (globalForListener.debtboardCatalogueListener ??= {
  listening: false,
  started: false,
  callbacks: new Set(),
});

function changed() {
  for (const callback of state.callbacks) callback();
}

async function connect(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  let closed = false;
  const retry = (error?: unknown) => {
    if (closed) return;
    closed = true;
    state.listening = false;
    if (error) logger.warn("catalogue listener lost its connection; retrying", { error });
    client.end().catch(() => {});
    setTimeout(() => void connect(url), RECONNECT_MS).unref();
  };
  client.on("error", retry);
  client.on("end", () => retry());
  client.on("notification", (message) => {
    if (message.channel === CATALOGUE_CHANNEL) changed();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CATALOGUE_CHANNEL}`);
    state.listening = true;
    changed();
  } catch (error) {
    retry(error);
  }
}

/**
 * Registers `onChange` and starts the process's listener on first use. Returns whether the
 * listener is connected right now (if not, the caller must expire what it caches by itself).
 */
export function listenForCatalogueChanges(onChange: () => void): boolean {
  state.callbacks.add(onChange);
  if (!state.started) {
    state.started = true;
    const { DATABASE_URL, DEBTBOARD_DEMO } = env();
    if (DATABASE_URL && DEBTBOARD_DEMO !== "1") void connect(DATABASE_URL);
  }
  return state.listening;
}
