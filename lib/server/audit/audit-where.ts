// The audit filter as a Prisma where clause, shared by the list, the count and the export.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditDateRange, type AuditFilter } from "@/lib/domain/audit/audit-filter";

export type AuditQuery = Omit<AuditFilter, "page">;

export function auditWhere(query: AuditQuery): Prisma.AuditEventWhereInput {
  const range = auditDateRange(query);
  return {
    ...(query.actor ? { actorId: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.teamId ? { teamId: query.teamId } : {}),
    ...(range.gte || range.lt ? { at: range } : {}),
  };
}
