// The whole filtered audit trail in batches (keyset pagination on at, id), for the CSV export:
// memory stays flat however long the trail is.
import "server-only";
import { db } from "@/lib/server/db/client";
import { auditWhere, type AuditQuery } from "@/lib/server/audit/audit-where";
import { describeAuditEvents, type AuditRow } from "@/lib/server/audit/list-audit-events";

export async function* iterateAuditEvents(query: AuditQuery, batchSize = 1000): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(query);
  let cursor: { at: Date; id: string } | null = null;
  for (;;) {
    const after: typeof where = cursor
      ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }
      : {};
    const events = await db().auditEvent.findMany({
      where: { AND: [where, after] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: batchSize,
      include: { actor: { select: { id: true, name: true, email: true } } },
    });
    if (events.length === 0) return;
    yield await describeAuditEvents(events);
    const last = events[events.length - 1];
    if (!last || events.length < batchSize) return;
    cursor = { at: last.at, id: last.id };
  }
}
