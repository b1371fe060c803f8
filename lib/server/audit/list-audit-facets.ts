// The choices the audit filters offer: who has acted, which actions and target types occur.
import "server-only";
import { db } from "@/lib/server/db/client";

export interface AuditFacets {
  actors: { id: string; name: string }[];
  actions: string[];
  targetTypes: string[];
}

export async function listAuditFacets(): Promise<AuditFacets> {
  const [actorIds, actions, targetTypes] = await Promise.all([
    db().auditEvent.findMany({ where: { actorId: { not: null } }, distinct: ["actorId"], select: { actorId: true } }),
    db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().auditEvent.findMany({
      distinct: ["targetType"],
      select: { targetType: true },
      orderBy: { targetType: "asc" },
    }),
  ]);
  const actors = await db().user.findMany({
    where: { id: { in: actorIds.flatMap((a) => (a.actorId ? [a.actorId] : [])) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { actors, actions: actions.map((a) => a.action), targetTypes: targetTypes.map((t) => t.targetType) };
}
