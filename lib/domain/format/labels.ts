// Human labels for enum values and the URL slugs of entity kinds.
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";

/** "DATA_SOURCE" → "Data source", "IN_PROGRESS" → "In progress", "ML_TEST_SCORE" → "ML test score". */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().split("_").filter(Boolean);
  const text = words.map((w) => (w === "ml" ? "ML" : w)).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "data-sources" → "DATA_SOURCE"; anything else → null. */
export function kindFromSlug(slug: string | undefined | null): EntityKind | null {
  return ENTITY_KINDS.find((k) => KIND_LABELS[k].slug === slug) ?? null;
}

export function kindSlug(kind: EntityKind): string {
  return KIND_LABELS[kind].slug;
}

/** The entity page: /catalog/models/ctr-v2. */
export function entityHref(kind: EntityKind, name: string): string {
  return `/catalog/${kindSlug(kind)}/${encodeURIComponent(name)}`;
}

/** "1 model", "3 models", "1 data source". */
export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** A route segment, percent-decoded when it is encoded; a malformed escape is kept as is. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
