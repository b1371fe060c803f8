// Where a rating explains itself: the "why" page of an entity, a team or the organisation
// (optionally one category), and a submitted assessment's read-only page.
import type { EntityKind } from "@/lib/domain/kinds";
import { entityHref } from "./labels";

export type WhyScope = { entity: { kind: EntityKind; name: string } } | { teamSlug: string } | { org: true };

export function whyHref(scope: WhyScope, category?: string): string {
  const base =
    "entity" in scope
      ? `${entityHref(scope.entity.kind, scope.entity.name)}/why`
      : "teamSlug" in scope
        ? `/teams/${encodeURIComponent(scope.teamSlug)}/why`
        : "/why";
  return category ? `${base}?category=${encodeURIComponent(category)}` : base;
}

/** /catalog/models/ctr-v3/assessments/4 */
export function assessmentHref(kind: EntityKind, name: string, seq: number): string {
  return `${entityHref(kind, name)}/assessments/${seq}`;
}

/** A search param's first value, trimmed ("" when absent). */
export function firstParam(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}
