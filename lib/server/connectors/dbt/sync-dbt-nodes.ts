// Keeps DbtNode (each dbt-imported entity's node and pipeline signals) in step with a manifest,
// in the import's transaction: rows of imported nodes are written when their numbers differ,
// rows of nodes still in the manifest but skipped this time (an owner lost) are refreshed too,
// and rows of nodes the manifest no longer has stay with their archived entity. Only a change
// of the numbers counts: a manifest generated again with the same project writes nothing.
// No "server-only" here: the command line (npm run connector) and the schedule import this too.
import { isDeepStrictEqual } from "node:util";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import type { EntityRef } from "@/lib/domain/catalog-yaml/types";
import type { MappedManifest } from "@/lib/domain/connectors/dbt/map-manifest";
import type { NodeSignals } from "@/lib/domain/connectors/dbt/signals";
import { db, type Tx } from "@/lib/server/db/client";
import { inChunks } from "@/lib/server/catalog/batches";

export interface ManifestInfo {
  project: string;
  generatedAt: Date;
  dbtVersion: string;
}

export interface SignalChange {
  action: "create" | "update";
  type: "signals";
  ref: string;
}

type Values = Pick<
  NodeSignals,
  "depth" | "fanIn" | "fanOut" | "upstreamSources" | "downstreamNodes" | "exposures" | "tests"
> & { resourceType: string; materialized: string; explain: object };

function valuesOf(s: NodeSignals, resourceType: string, materialized: string): Values {
  return {
    resourceType,
    materialized,
    depth: s.depth,
    fanIn: s.fanIn,
    fanOut: s.fanOut,
    upstreamSources: s.upstreamSources,
    downstreamNodes: s.downstreamNodes,
    exposures: s.exposures,
    tests: s.tests,
    explain: s.explain,
  };
}

const STORED = {
  entityId: true,
  project: true,
  uniqueId: true,
  resourceType: true,
  materialized: true,
  depth: true,
  fanIn: true,
  fanOut: true,
  upstreamSources: true,
  downstreamNodes: true,
  exposures: true,
  tests: true,
  explain: true,
} as const;

/** What is compared: the node's identity and numbers (not when or by which dbt the file was made). */
function comparable(row: Values & { project: string; uniqueId: string }) {
  return {
    project: row.project,
    uniqueId: row.uniqueId,
    resourceType: row.resourceType,
    materialized: row.materialized,
    depth: row.depth,
    fanIn: row.fanIn,
    fanOut: row.fanOut,
    upstreamSources: row.upstreamSources,
    downstreamNodes: row.downstreamNodes,
    exposures: row.exposures,
    tests: row.tests,
    explain: row.explain,
  };
}

/** Entities an earlier manifest of this project brought in that this one no longer has: archived by the import. */
export async function goneFromManifest(project: string, present: ReadonlySet<string>): Promise<EntityRef[]> {
  const rows = await db().dbtNode.findMany({
    where: { project, entity: { archivedAt: null } },
    select: { uniqueId: true, entity: { select: { kind: true, name: true } } },
  });
  return rows
    .filter((r) => !present.has(r.uniqueId))
    .map((r) => r.entity)
    .sort((a, b) => formatRef(a.kind, a.name).localeCompare(formatRef(b.kind, b.name)));
}

/**
 * The signal rows this manifest changes; with `write`, writes them (call it after the catalogue
 * part is applied, in the same transaction, so new entities have ids). Without, a dry run's plan.
 */
export async function syncDbtNodes(
  tx: Tx,
  mapped: MappedManifest,
  info: ManifestInfo,
  write: boolean,
): Promise<SignalChange[]> {
  const changes: SignalChange[] = [];
  const entities = await inChunks(mapped.nodes, (chunk) =>
    tx.entity.findMany({
      where: { OR: chunk.map((n) => ({ kind: n.ref.kind, name: n.ref.name })) },
      select: { id: true, kind: true, name: true, dbtNode: { select: STORED } },
    }),
  );
  const byRef = new Map(entities.map((e) => [formatRef(e.kind, e.name), e]));
  const imported = new Set<string>();
  for (const n of mapped.nodes) {
    const ref = formatRef(n.ref.kind, n.ref.name);
    const entity = byRef.get(ref);
    if (entity) imported.add(entity.id);
    const want = {
      project: info.project,
      uniqueId: n.uniqueId,
      ...valuesOf(n.signals, n.resourceType, n.materialized),
    };
    const had = entity?.dbtNode ?? null;
    if (had && isDeepStrictEqual(comparable(had as typeof want), comparable(want))) continue;
    changes.push({ action: had ? "update" : "create", type: "signals", ref });
    // A dry run writes nothing; its new entities have no id yet either.
    if (!write || !entity) continue;
    const data = { ...want, manifestGeneratedAt: info.generatedAt, dbtVersion: info.dbtVersion };
    await tx.dbtNode.upsert({ where: { entityId: entity.id }, create: { entityId: entity.id, ...data }, update: data });
  }

  // Nodes still in the manifest but not imported this time (skipped): their rows keep counting.
  const others = await tx.dbtNode.findMany({
    where: { project: info.project, entityId: { notIn: [...imported] } },
    select: { ...STORED, entity: { select: { kind: true, name: true } } },
  });
  for (const row of others) {
    const s = mapped.signals.get(row.uniqueId);
    if (!s) continue;
    const want = {
      project: info.project,
      uniqueId: row.uniqueId,
      ...valuesOf(s.signals, s.resourceType, s.materialized),
    };
    if (isDeepStrictEqual(comparable(row as typeof want), comparable(want))) continue;
    changes.push({ action: "update", type: "signals", ref: formatRef(row.entity.kind, row.entity.name) });
    if (write)
      await tx.dbtNode.update({
        where: { entityId: row.entityId },
        data: { ...want, manifestGeneratedAt: info.generatedAt, dbtVersion: info.dbtVersion },
      });
  }
  return changes;
}
