// The lineage views walk the whole catalogue graph (neighbourhoods, downstream, upstream). At the
// large scale loading and building it takes a few hundred milliseconds, so each process keeps
// one built copy: dropped whenever a catalogue change schedules a recompute here, and whenever
// Postgres notifies a change committed anywhere else (catalogue-listener.ts: other instances, the
// import CLI). While that listener is not connected, a copy is used for at most TTL_MS.
import { buildGraph, type CatalogueGraph } from "@/lib/domain/graph";
import { db } from "@/lib/server/db/client";
import { listenForCatalogueChanges } from "./catalogue-listener";
import { loadCatalogue } from "./load-catalogue-graph";
import { getUndeclaredWindowDays } from "./settings";

const TTL_MS = 30_000;

export interface TeamRef {
  id: string;
  slug: string;
  name: string;
}

export interface CachedGraph {
  graph: CatalogueGraph;
  teams: ReadonlyMap<string, TeamRef>;
  loadedAt: number;
}

let cached: { at: number; value: Promise<CachedGraph> } | null = null;

export function invalidateGraphCache(): void {
  cached = null;
}

export function getCatalogueGraph(): Promise<CachedGraph> {
  const now = Date.now();
  const listening = listenForCatalogueChanges(invalidateGraphCache);
  if (cached && (listening || now - cached.at < TTL_MS)) return cached.value;
  const value = load(now);
  cached = { at: now, value };
  // A failed load must not be served from the cache.
  value.catch(() => {
    if (cached?.value === value) cached = null;
  });
  return value;
}

async function load(at: number): Promise<CachedGraph> {
  const now = new Date(at);
  const [catalogue, teams, observedWindowDays] = await Promise.all([
    loadCatalogue(db(), now),
    db().team.findMany({ select: { id: true, slug: true, name: true } }),
    getUndeclaredWindowDays(db()),
  ]);
  return {
    // The same lineage the findings see: retired entities and aged-out usage links left out.
    graph: buildGraph(catalogue.entities, catalogue.relations, { now, observedWindowDays }),
    teams: new Map(teams.map((t) => [t.id, t])),
    loadedAt: at,
  };
}
