// How a review names an entity (lib/domain/review/state.ts EntityRef): the Prisma selection and
// its mapping, shared by the review state's action items and a review's own action items.
import "server-only";
import type { EntityKind } from "@/lib/domain/kinds";
import type { EntityRef } from "@/lib/domain/review/state";

export const ENTITY_REF_SELECT = {
  select: { id: true, kind: true, name: true, teamId: true, team: { select: { name: true } } },
} as const;

export function toEntityRef(
  e: { id: string; kind: EntityKind; name: string; teamId: string | null; team: { name: string } | null } | null,
): EntityRef | null {
  return e ? { id: e.id, kind: e.kind, name: e.name, teamId: e.teamId, team: e.team?.name ?? null } : null;
}
