// Small-graph shorthand for the tests: an id's first letter is its kind (m model, f feature,
// s data source, c consumer) and "s1 > f1 > m1" is a lineage path whose relation kinds follow
// from the endpoints, so a table row can state a whole graph in one line.
import type { EntityKind } from "@/lib/domain/kinds";
import type { GraphEntity, GraphRelation, RelationKind, RelationOrigin } from "./types";

const KIND_OF_PREFIX: Record<string, EntityKind> = { m: "MODEL", f: "FEATURE", s: "DATA_SOURCE", c: "CONSUMER" };

const RELATION_OF: Partial<Record<`${EntityKind}>${EntityKind}`, RelationKind>> = {
  "DATA_SOURCE>FEATURE": "FEATURE_FROM_SOURCE",
  "MODEL>FEATURE": "FEATURE_FROM_MODEL",
  "FEATURE>MODEL": "MODEL_USES_FEATURE",
  "MODEL>CONSUMER": "CONSUMER_READS_MODEL",
  "CONSUMER>DATA_SOURCE": "CONSUMER_WRITES_SOURCE",
};

export function kindOfId(id: string): EntityKind {
  const kind = KIND_OF_PREFIX[id.charAt(0)];
  if (!kind) throw new Error(`fixture id ${id} must start with m, f, s or c`);
  return kind;
}

export function entity(id: string, overrides: Partial<GraphEntity> = {}): GraphEntity {
  return { id, kind: kindOfId(id), name: id, teamId: "team-a", lifecycle: "PRODUCTION", archived: false, ...overrides };
}

export function relation(fromId: string, toId: string, origin: RelationOrigin = "DECLARED"): GraphRelation {
  const kind = RELATION_OF[`${kindOfId(fromId)}>${kindOfId(toId)}`];
  if (!kind) throw new Error(`no relation kind runs ${fromId} → ${toId}`);
  return { fromId, toId, kind, origin };
}

/** "a > b > c" → [a→b, b→c]. */
export function path(spec: string, origin: RelationOrigin = "DECLARED"): GraphRelation[] {
  const ids = spec.split(">").map((s) => s.trim());
  return ids.slice(1).map((to, i) => relation(ids[i]!, to, origin));
}

export interface FixtureSpec {
  paths?: readonly string[];
  /** Entities on no path, or overrides for ones that are. */
  entities?: Readonly<Record<string, Partial<GraphEntity>>>;
  relations?: readonly GraphRelation[];
}

export function fixture(spec: FixtureSpec): { entities: GraphEntity[]; relations: GraphRelation[] } {
  const relations = [...(spec.paths ?? []).flatMap((p) => path(p)), ...(spec.relations ?? [])];
  const ids = new Set<string>();
  for (const r of relations) ids.add(r.fromId).add(r.toId);
  for (const id of Object.keys(spec.entities ?? {})) ids.add(id);
  const entities = [...ids].map((id) => entity(id, spec.entities?.[id]));
  return { entities, relations };
}

/** Deterministic PRNG (mulberry32) for generated graphs. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface RandomCatalogue {
  entities: GraphEntity[];
  relations: GraphRelation[];
  usage: { modelId: string; callerName: string; consumerId: string | null; occurredAt: Date; count: number }[];
}

const EDGE_MIX: readonly [RelationKind, EntityKind, EntityKind, number][] = [
  ["FEATURE_FROM_SOURCE", "DATA_SOURCE", "FEATURE", 0.25],
  ["FEATURE_FROM_MODEL", "MODEL", "FEATURE", 0.1],
  ["MODEL_USES_FEATURE", "FEATURE", "MODEL", 0.45],
  ["CONSUMER_READS_MODEL", "MODEL", "CONSUMER", 0.12],
  ["CONSUMER_WRITES_SOURCE", "CONSUMER", "DATA_SOURCE", 0.08],
];

/** A catalogue shaped like a large organisation's, with every kind of finding present. */
export function randomCatalogue(seed: number, nodeCount: number, edgeCount: number, now: Date): RandomCatalogue {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const byKind: Record<EntityKind, string[]> = { MODEL: [], FEATURE: [], DATA_SOURCE: [], CONSUMER: [] };
  const entities: GraphEntity[] = [];
  const lifecycles = ["EXPERIMENTAL", "PRODUCTION", "PRODUCTION", "DEPRECATED", "RETIRED"] as const;
  for (let i = 0; i < nodeCount; i++) {
    const r = random();
    const prefix = r < 0.2 ? "m" : r < 0.7 ? "f" : r < 0.85 ? "s" : "c";
    const id = `${prefix}${i}`;
    const e = entity(id, {
      teamId: random() < 0.05 ? null : `team-${Math.floor(random() * 40)}`,
      lifecycle: pick(lifecycles),
      archived: random() < 0.02,
      ...(prefix === "s" ? { versioned: random() < 0.5 } : {}),
    });
    entities.push(e);
    byKind[e.kind].push(id);
  }
  const relations: GraphRelation[] = [];
  for (let i = 0; i < edgeCount; i++) {
    let r = random();
    let mix = EDGE_MIX[0]!;
    for (const candidate of EDGE_MIX) {
      mix = candidate;
      if (r < candidate[3]) break;
      r -= candidate[3];
    }
    const [kind, fromKind, toKind] = mix;
    relations.push({
      fromId: pick(byKind[fromKind]),
      toId: pick(byKind[toKind]),
      kind,
      origin: random() < 0.9 ? "DECLARED" : "OBSERVED",
    });
  }
  const usage: RandomCatalogue["usage"] = [];
  for (let i = 0; i < Math.floor(edgeCount / 20); i++) {
    const known = random() < 0.6;
    const consumerId = known ? pick(byKind.CONSUMER) : null;
    usage.push({
      modelId: pick(byKind.MODEL),
      callerName: consumerId ?? `caller-${Math.floor(random() * 500)}`,
      consumerId,
      occurredAt: new Date(now.getTime() - Math.floor(random() * 60 * 86_400_000)),
      count: 1 + Math.floor(random() * 100),
    });
  }
  return { entities, relations, usage };
}
