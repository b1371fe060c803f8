// A dbt manifest as a catalogue batch (the structure the YAML import produces, applied by the
// same importBatch), plus each imported node's pipeline signals. The mapping (README "dbt"):
//   source, seed, model (any materialisation), snapshot → data source `<package>.<name>`
//     (sources `<package>.<source>.<table>`): each is a table or view people and features read;
//   exposure → consumer `<package>.<name>` (dashboard → dashboard, notebook/analysis → team,
//     ml/application → service);
//   depends_on between them → SOURCE_FROM_SOURCE (parent → child), and an exposure's
//     depends_on → CONSUMER_READS_SOURCE (table → exposure), declared: the project states them.
// Tests, analyses, operations, unit tests and the rest are not catalogued (tests are counted in
// the signals); every node that is not imported is named in the notes or skipped with its reason.
import { LIFECYCLES, type Lifecycle } from "@/lib/domain/kinds";
import type { EntityDraft, LinkItem } from "@/lib/domain/catalog-yaml/fields";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { emptyBatch, type CatalogBatch, type DocLocation, type EntityRef } from "@/lib/domain/catalog-yaml/types";
import { entityNameFor } from "@/lib/domain/openlineage/map-events";
import type { Manifest, ManifestExposure, ManifestNode, ManifestSource } from "./manifest";
import { metaText, resolveTeam, type DbtMapping, type OwnerClue } from "./owners";
import { computeSignals, DATA_RESOURCE_TYPES, type DagNode, type DagResourceType, type NodeSignals } from "./signals";

export interface MappedNode {
  uniqueId: string;
  ref: EntityRef;
  resourceType: DagResourceType;
  materialized: string;
  team: string;
  signals: NodeSignals;
}

export interface MappedManifest {
  batch: CatalogBatch;
  /** The nodes in the batch, with their signals (for DbtNode rows). */
  nodes: MappedNode[];
  /** unique_ids of every node of the manifest that maps to an entity (imported or skipped). */
  present: Set<string>;
  /** Every node's signals, imported or not (a skipped node's earlier row is refreshed with them). */
  signals: Map<string, { signals: NodeSignals; resourceType: DagResourceType; materialized: string }>;
  notes: string[];
  /** A cycle in depends_on refuses the file. */
  errors: string[];
}

type DataNode = (ManifestNode | ManifestSource) & { resource_type: string };
const isData = (n: { resource_type: string }) => (DATA_RESOURCE_TYPES as readonly string[]).includes(n.resource_type);

const TEXT_LIMITS = { title: 200, description: 5000, dataOwner: 200, system: 100, tag: 60 } as const;
const clip = (v: string, max: number) => (v.length > max ? `${v.slice(0, max - 1)}…` : v);

/** `model.shop.stg_orders` → `shop.stg_orders`: unique within a kind, stable across targets. */
export function dbtEntityName(uniqueId: string): string {
  return entityNameFor("", uniqueId.slice(uniqueId.indexOf(".") + 1));
}

/** `"db"."schema"."orders"` → `db.schema.orders`: where the table lives, for the title. */
export function relationTitle(relationName: string | null | undefined, fallback: string): string {
  const t = (relationName ?? "").replace(/"|`|\[|\]/g, "").trim();
  return clip(t || fallback, TEXT_LIMITS.title);
}

/** error_after (else warn_after) in whole hours, at least 1: the data source's freshness SLA. */
export function freshnessHours(source: ManifestSource): number | null {
  const rule = source.freshness.errorAfter ?? source.freshness.warnAfter;
  if (!rule || rule.count <= 0) return null;
  const hours = rule.period === "minute" ? rule.count / 60 : rule.period === "day" ? rule.count * 24 : rule.count;
  return Math.min(100_000, Math.max(1, Math.ceil(hours)));
}

function lifecycleOf(metaValue: unknown, fallback: Lifecycle): Lifecycle {
  const t = metaText(metaValue)?.toUpperCase();
  return (LIFECYCLES as readonly string[]).includes(t ?? "") ? (t as Lifecycle) : fallback;
}

export function exposureLifecycle(e: ManifestExposure): Lifecycle {
  const byMaturity: Lifecycle = e.maturity === "high" || e.maturity === "medium" ? "PRODUCTION" : "EXPERIMENTAL";
  return lifecycleOf(e.config.meta.lifecycle ?? e.meta.lifecycle, byMaturity);
}

export const CONSUMER_TYPE_OF: Record<string, "DASHBOARD" | "TEAM" | "SERVICE"> = {
  dashboard: "DASHBOARD",
  notebook: "TEAM",
  analysis: "TEAM",
  ml: "SERVICE",
  application: "SERVICE",
};

function tagsOf(resourceType: string, tags: readonly string[]): string[] {
  const all = ["dbt", `dbt-${resourceType}`, ...tags].map((t) => t.trim()).filter(Boolean);
  return [...new Set(all.map((t) => clip(t, TEXT_LIMITS.tag)))].slice(0, 50);
}

/** meta.team / meta.owner as dbt merges them: config.meta wins, then meta, then a source's source_meta. */
function metaValue(n: DataNode | ManifestExposure, key: string): string | null {
  const sourceMeta = n.resource_type === "source" ? (n as ManifestSource).source_meta : {};
  return metaText(n.config.meta[key]) ?? metaText(n.meta[key]) ?? metaText(sourceMeta[key]);
}

/** Models, seeds and snapshots may sit in a dbt group (whose owner is a clue); sources and exposures do not. */
function groupOf(n: DataNode | ManifestExposure): string | null {
  return n.resource_type === "source" || n.resource_type === "exposure" ? null : ((n as ManifestNode).group ?? null);
}

/** How dbt builds it (view, table, incremental, ephemeral, seed, snapshot); "" for a source. */
function materializedOf(n: DataNode): string {
  return n.resource_type === "source" ? "" : n.config.materialized;
}

/** depends_on.nodes of a node or exposure; sources depend on nothing. */
function parentsOf(n: DataNode | ManifestExposure): readonly string[] {
  return n.resource_type === "source" ? [] : (n as ManifestNode | ManifestExposure).depends_on.nodes;
}

export function ownerClues(n: DataNode | ManifestExposure, manifest: Manifest): OwnerClue[] {
  const clues: OwnerClue[] = [];
  const team = metaValue(n, "team");
  if (team) clues.push({ field: "meta.team", value: team, explicit: true });
  const owner = metaValue(n, "owner");
  if (owner) clues.push({ field: "meta.owner", value: owner });
  const groupName = groupOf(n);
  if (groupName) {
    clues.push({ field: "group", value: groupName });
    const group = Object.values(manifest.groups).find((g) => g.name === groupName);
    if (group?.owner.email) clues.push({ field: `group ${groupName}'s owner email`, value: group.owner.email });
    if (group?.owner.name) clues.push({ field: `group ${groupName}'s owner name`, value: group.owner.name });
  }
  if (n.resource_type === "exposure") {
    const { email, name } = (n as ManifestExposure).owner;
    if (email) clues.push({ field: "owner.email", value: email });
    if (name) clues.push({ field: "owner.name", value: name });
  }
  return clues;
}

/** The person accountable for the data (DataSource.dataOwner): meta.owner, else the group's owner. */
function dataOwnerOf(n: DataNode, manifest: Manifest): string {
  const owner = metaValue(n, "owner");
  if (owner) return clip(owner, TEXT_LIMITS.dataOwner);
  const groupName = groupOf(n);
  const group = groupName ? Object.values(manifest.groups).find((g) => g.name === groupName) : undefined;
  return clip(group?.owner.email || group?.owner.name || "", TEXT_LIMITS.dataOwner);
}

function dataDraft(n: DataNode, manifest: Manifest, team: string): EntityDraft {
  const source = n.resource_type === "source" ? (n as ManifestSource) : null;
  const node = source ? null : (n as ManifestNode);
  const deprecated = node?.deprecation_date ? "DEPRECATED" : "PRODUCTION";
  return {
    kind: "DATA_SOURCE",
    name: dbtEntityName(n.unique_id),
    title: relationTitle(n.relation_name, source ? `${source.source_name}.${n.name}` : n.name),
    description: clip(n.description || source?.source_description || "", TEXT_LIMITS.description),
    team,
    lifecycle: lifecycleOf(n.config.meta.lifecycle ?? n.meta.lifecycle, deprecated),
    tags: tagsOf(n.resource_type, n.tags),
    links: [],
    dataSource: {
      system: clip(manifest.metadata.adapter_type, TEXT_LIMITS.system),
      // A snapshot keeps every version of its rows (dbt's slowly-changing-dimension tables).
      versioned: n.resource_type === "snapshot",
      dataOwner: dataOwnerOf(n, manifest),
      freshnessSlaHours: source ? freshnessHours(source) : null,
    },
  };
}

function exposureDraft(e: ManifestExposure, team: string): EntityDraft {
  const links: LinkItem[] =
    e.url && /^https?:\/\/\S+$/i.test(e.url)
      ? [{ type: e.type === "dashboard" ? "dashboard" : "other", url: e.url, title: clip(e.label || e.name, 200) }]
      : [];
  return {
    kind: "CONSUMER",
    name: dbtEntityName(e.unique_id),
    title: clip(e.label || e.name, TEXT_LIMITS.title),
    description: clip(e.description, TEXT_LIMITS.description),
    team,
    lifecycle: exposureLifecycle(e),
    tags: tagsOf("exposure", e.tags),
    links,
    consumer: { consumerType: CONSUMER_TYPE_OF[e.type] ?? "SERVICE" },
  };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, c]) => `${c} ${k}${c === 1 ? "" : "s"}`)
    .join(", ");
}

/**
 * The batch a manifest asks for. `teams` holds the active teams' slugs; `fileName` locates every
 * skipped item (`manifest.json › model.shop.x: …`).
 */
export function mapManifest(
  manifest: Manifest,
  mapping: DbtMapping,
  teams: ReadonlySet<string>,
  fileName = "manifest.json",
): MappedManifest {
  const batch = emptyBatch();
  const notes: string[] = [];
  const dataNodes: DataNode[] = [
    ...Object.values(manifest.sources),
    ...Object.values(manifest.nodes).filter(isData),
  ].sort((a, b) => (a.unique_id < b.unique_id ? -1 : 1));
  const exposures = Object.values(manifest.exposures).sort((a, b) => (a.unique_id < b.unique_id ? -1 : 1));
  const others = Object.values(manifest.nodes).filter((n) => !isData(n));
  if (others.length > 0)
    notes.push(
      `Not catalogued: ${countBy(others, (n) => n.resource_type)} (only sources, seeds, models, snapshots and exposures become entities; data tests are counted in each node's signals).`,
    );

  // Signals over the whole DAG, owned or not: a pipeline's shape does not depend on who owns it.
  const dag: DagNode[] = [
    ...dataNodes.map((n) => ({
      id: n.unique_id,
      type: n.resource_type as DagResourceType,
      parents: parentsOf(n),
    })),
    ...exposures.map((e) => ({ id: e.unique_id, type: "exposure" as const, parents: e.depends_on.nodes })),
  ];
  const tests = new Map<string, number>();
  for (const t of others)
    if (t.resource_type === "test")
      for (const target of t.attached_node ? [t.attached_node] : t.depends_on.nodes)
        tests.set(target, (tests.get(target) ?? 0) + 1);
  const computed = computeSignals(dag, tests);
  const present = new Set(dag.map((d) => d.id));
  if (!computed.ok)
    return {
      batch,
      nodes: [],
      present,
      signals: new Map(),
      notes,
      errors: [`${fileName} › depends_on: the nodes depend on each other in a circle (${computed.cycle.join(" → ")}).`],
    };

  const signals: MappedManifest["signals"] = new Map();
  for (const n of dataNodes) {
    const sig = computed.signals.get(n.unique_id)!;
    const type = n.resource_type as DagResourceType;
    signals.set(n.unique_id, { signals: sig, resourceType: type, materialized: materializedOf(n) });
  }
  for (const e of exposures)
    signals.set(e.unique_id, {
      signals: computed.signals.get(e.unique_id)!,
      resourceType: "exposure",
      materialized: "",
    });
  const nodes: MappedNode[] = [];
  const refOf = new Map<string, EntityRef>();
  const atOf = new Map<string, DocLocation>();
  const skippedIds = new Map<string, string>();
  const taken = new Map<string, string>();
  const place = (uniqueId: string, kind: string, index: number): DocLocation => ({
    file: fileName,
    index,
    kind,
    name: uniqueId,
  });
  let index = 0;
  const add = (
    item: DataNode | ManifestExposure,
    draftFor: (team: string) => EntityDraft,
    type: DagResourceType,
    materialized: string,
  ) => {
    index++;
    const at = place(item.unique_id, type, index);
    const resolved = resolveTeam(ownerClues(item, manifest), item.original_file_path, mapping, teams);
    if (resolved.team === null) {
      skippedIds.set(item.unique_id, resolved.reason);
      batch.skipped.push({ ...at, reason: `not imported, nor its lineage: ${resolved.reason}.` });
      return;
    }
    const draft = draftFor(resolved.team);
    const ref = { kind: draft.kind, name: draft.name };
    const clash = taken.get(formatRef(ref.kind, ref.name));
    if (clash) {
      skippedIds.set(item.unique_id, `its name clashes with ${clash}`);
      batch.skipped.push({
        ...at,
        reason: `not imported: it would be ${formatRef(ref.kind, ref.name)}, the name ${clash} already takes (names are compared in lower case).`,
      });
      return;
    }
    taken.set(formatRef(ref.kind, ref.name), item.unique_id);
    batch.entities.push({ value: draft, at });
    refOf.set(item.unique_id, ref);
    atOf.set(item.unique_id, at);
    nodes.push({
      uniqueId: item.unique_id,
      ref,
      resourceType: type,
      materialized,
      team: resolved.team,
      signals: computed.signals.get(item.unique_id)!,
    });
  };
  for (const n of dataNodes)
    add(n, (team) => dataDraft(n, manifest, team), n.resource_type as DagResourceType, materializedOf(n));
  for (const e of exposures) add(e, (team) => exposureDraft(e, team), "exposure", "");

  // Lineage: each imported node lists its imported parents; a parent that was skipped is named.
  const unknownParents = new Set<string>();
  for (const item of [...dataNodes, ...exposures]) {
    const self = refOf.get(item.unique_id);
    if (!self) continue;
    const at = atOf.get(item.unique_id)!;
    parentsOf(item).forEach((parentId, i) => {
      const parent = refOf.get(parentId);
      if (!parent) {
        const why = skippedIds.get(parentId);
        if (why)
          batch.skipped.push({
            ...at,
            reason: `its link from ${parentId} was not recorded: ${parentId} was not imported (${why}).`,
          });
        else if (!present.has(parentId)) unknownParents.add(parentId);
        return;
      }
      batch.relations.push({
        kind: self.kind === "CONSUMER" ? "CONSUMER_READS_SOURCE" : "SOURCE_FROM_SOURCE",
        from: parent,
        to: self,
        owner: self,
        at: { ...at, path: `depends_on.nodes.${i}` },
      });
    });
  }
  if (unknownParents.size > 0) {
    const shown = [...unknownParents].sort().slice(0, 10).join(", ");
    const more = unknownParents.size > 10 ? ", …" : "";
    const count = `${unknownParents.size} node${unknownParents.size === 1 ? "" : "s"}`;
    notes.push(`Links from ${count} that are not tables were not recorded (${shown}${more}).`);
  }
  return { batch, nodes, present, signals, notes, errors: [] };
}
