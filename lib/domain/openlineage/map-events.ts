// What a batch of OpenLineage RunEvents says about the catalogue, worked out without the
// database: each job becomes a consumer, each dataset a data source (or, in a models namespace,
// the catalogued model it names), each input and output a link seen at the event's time.
// Names: debtboard's entity names allow letters, digits, '.', '_' and '-' (at most 120), so
// `postgres://db:5432` + `analytics.events` becomes `postgres-db-5432-analytics.events`; the
// original `namespace/name` is kept as the entity's title.
import { z } from "zod";
import type { RunEvent } from "./run-event";

/**
 * OPENLINEAGE_MAPPING: which team owns what a namespace holds, and which namespaces name models.
 * Prefixes match the start of a namespace; the longest matching prefix wins.
 *   { "teams": { "postgres://db:5432": "team-ranking", "airflow://": "team-data" },
 *     "models": ["model://"] }
 */
export const lineageMappingSchema = z.object({
  teams: z.record(z.string().min(1), z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/)).default({}),
  models: z.array(z.string().min(1)).default([]),
});
export type LineageMapping = z.output<typeof lineageMappingSchema>;
export const EMPTY_MAPPING: LineageMapping = { teams: {}, models: [] };

const MAX_NAME = 120;

/** FNV-1a, 32 bits, as 8 hex digits: a stable short suffix for names that had to be cut. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A catalogue entity name for an OpenLineage `namespace` + `name` (either may be empty). */
export function entityNameFor(namespace: string, name: string): string {
  const full = [namespace, name].filter(Boolean).join("/");
  const cleaned = full
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  const base = cleaned || "unnamed";
  if (base.length <= MAX_NAME) return base;
  return `${base.slice(0, MAX_NAME - 9).replace(/[^a-z0-9]+$/, "")}-${shortHash(full)}`;
}

function longestPrefix(namespace: string, prefixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const p of prefixes) if (namespace.startsWith(p) && (best === null || p.length > best.length)) best = p;
  return best;
}

export function teamFor(namespace: string, mapping: LineageMapping): string | null {
  const prefix = longestPrefix(namespace, Object.keys(mapping.teams));
  return prefix === null ? null : (mapping.teams[prefix] ?? null);
}

export function isModelNamespace(namespace: string, mapping: LineageMapping): boolean {
  return longestPrefix(namespace, mapping.models) !== null;
}

export interface ObservedEntity {
  name: string;
  /** The OpenLineage `namespace/name` it stands for. */
  title: string;
  namespace: string;
  /** From OPENLINEAGE_MAPPING; null when no rule matches the namespace. */
  team: string | null;
}
export interface ObservedSource extends ObservedEntity {
  /** The URI scheme of the namespace ("postgres", "s3", "kafka"), or "" when it has none. */
  system: string;
}
export interface ObservedLink {
  consumer: string;
  /** A data source's name (writes, reads of data) or a model's name (reads of a model's output). */
  other: string;
  seenAt: Date;
}
export interface LineageObservations {
  consumers: Map<string, ObservedEntity>;
  sources: Map<string, ObservedSource>;
  /** Consumer → data source (CONSUMER_WRITES_SOURCE). */
  writes: ObservedLink[];
  /** Model → consumer (CONSUMER_READS_MODEL): inputs in a models namespace. */
  modelReads: ObservedLink[];
  /** Data source → consumer (CONSUMER_READS_SOURCE): inputs that are plain datasets. */
  sourceReads: ObservedLink[];
  /** Outputs in a models namespace (a training job): the graph has no job → model link. */
  modelWrites: ObservedLink[];
}

function schemeOf(namespace: string): string {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(namespace);
  return m ? m[1]!.toLowerCase() : "";
}

/** Links seen more than once keep the latest time. */
function latest(links: ObservedLink[]): ObservedLink[] {
  const byKey = new Map<string, ObservedLink>();
  for (const l of links) {
    const key = `${l.consumer}\u0000${l.other}`;
    const had = byKey.get(key);
    if (!had || had.seenAt < l.seenAt) byKey.set(key, l);
  }
  return [...byKey.values()];
}

export function observeEvents(events: readonly RunEvent[], mapping: LineageMapping): LineageObservations {
  const consumers = new Map<string, ObservedEntity>();
  const sources = new Map<string, ObservedSource>();
  const writes: ObservedLink[] = [];
  const modelReads: ObservedLink[] = [];
  const sourceReads: ObservedLink[] = [];
  const modelWrites: ObservedLink[] = [];
  const source = (namespace: string, name: string): string => {
    const entity = entityNameFor(namespace, name);
    if (!sources.has(entity))
      sources.set(entity, {
        name: entity,
        title: `${namespace}/${name}`,
        namespace,
        team: teamFor(namespace, mapping),
        system: schemeOf(namespace),
      });
    return entity;
  };
  for (const event of events) {
    const seenAt = new Date(event.eventTime);
    const consumer = entityNameFor(event.job.namespace, event.job.name);
    if (!consumers.has(consumer))
      consumers.set(consumer, {
        name: consumer,
        title: `${event.job.namespace}/${event.job.name}`,
        namespace: event.job.namespace,
        team: teamFor(event.job.namespace, mapping),
      });
    for (const input of event.inputs) {
      if (isModelNamespace(input.namespace, mapping))
        modelReads.push({ consumer, other: entityNameFor("", input.name), seenAt });
      else sourceReads.push({ consumer, other: source(input.namespace, input.name), seenAt });
    }
    for (const output of event.outputs) {
      if (isModelNamespace(output.namespace, mapping))
        modelWrites.push({ consumer, other: entityNameFor("", output.name), seenAt });
      else writes.push({ consumer, other: source(output.namespace, output.name), seenAt });
    }
  }
  return {
    consumers,
    sources,
    writes: latest(writes),
    modelReads: latest(modelReads),
    sourceReads: latest(sourceReads),
    modelWrites: latest(modelWrites),
  };
}
