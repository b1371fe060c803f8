// References by name. Ours: `feature:clicks-7d`, `source:events.clicks`, `model:ctr-v3`,
// `consumer:bidder` (or a bare name where the field implies the kind). Backstage's:
// `team-a`, `group:team-a`, `group:default/team-a` — kind and namespace optional.
import type { EntityKind } from "@/lib/domain/kinds";

const PREFIXES: Record<string, EntityKind> = {
  model: "MODEL",
  feature: "FEATURE",
  source: "DATA_SOURCE",
  datasource: "DATA_SOURCE",
  "data-source": "DATA_SOURCE",
  consumer: "CONSUMER",
};

export const REF_PREFIX: Record<EntityKind, string> = {
  MODEL: "model",
  FEATURE: "feature",
  DATA_SOURCE: "source",
  CONSUMER: "consumer",
};

export function formatRef(kind: EntityKind, name: string): string {
  return `${REF_PREFIX[kind]}:${name}`;
}

/** `feature:clicks-7d` → { kind, name }; a bare name takes `defaultKind`; else an error message. */
export function parseEntityRef(
  ref: string,
  defaultKind: EntityKind | null,
): { kind: EntityKind; name: string } | string {
  const value = ref.trim();
  const colon = value.indexOf(":");
  if (colon < 0) {
    if (!defaultKind) return `"${value}" needs a kind prefix (model:, feature:, source: or consumer:).`;
    return { kind: defaultKind, name: value };
  }
  const prefix = value.slice(0, colon).toLowerCase();
  const kind = PREFIXES[prefix];
  if (!kind) return `"${prefix}:" is not a kind; use model:, feature:, source: or consumer:.`;
  const name = value.slice(colon + 1).trim();
  if (!name) return `"${value}" names no entity.`;
  return { kind, name };
}

export interface BackstageRef {
  /** Lowercase kind, or null when the ref leaves it to context. */
  kind: string | null;
  namespace: string;
  name: string;
}

/** Any Backstage entity ref form: `name`, `kind:name`, `kind:namespace/name`, `namespace/name`. */
export function parseBackstageRef(ref: string, defaultKind: string | null = null): BackstageRef | null {
  const m = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/.exec(ref.trim());
  if (!m || !m[3]) return null;
  return { kind: m[1]?.toLowerCase() ?? defaultKind, namespace: (m[2] ?? "default").toLowerCase(), name: m[3] };
}

/** The stable key Backstage uses for an entity: `kind:namespace/name`, lowercased. */
export function backstageKey(kind: string, namespace: string, name: string): string {
  return `${kind.toLowerCase()}:${namespace.toLowerCase()}/${name.toLowerCase()}`;
}
