// The audit trail as a CSV download, streamed in batches so a long trail never sits in memory.
// Shared by the UI's export (session) and GET /api/v1/audit.csv (bearer token).
import "server-only";
import { csvLine } from "@/lib/domain/audit/csv";
import type { AuditFilter } from "@/lib/domain/audit/audit-filter";
import { iterateAuditEvents } from "@/lib/server/audit/iterate-audit-events";

const HEADER = [
  "at",
  "action",
  "actor_id",
  "actor_name",
  "actor_email",
  "token_id",
  "token_prefix",
  "target_type",
  "target_id",
  "target",
  "team",
  "before",
  "after",
];

export function auditCsvResponse(filter: AuditFilter, now = new Date()): Response {
  const encoder = new TextEncoder();
  const rows = iterateAuditEvents(filter); // the whole filtered trail: `page` is ignored
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
    },
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        const text = next.value
          .map((r) =>
            csvLine([
              r.at,
              r.action,
              r.actor?.id,
              r.actor?.name,
              r.actor?.email,
              r.token?.id,
              r.token?.prefix,
              r.targetType,
              r.targetId,
              r.target?.label,
              r.team?.slug,
              r.before,
              r.after,
            ]),
          )
          .join("");
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const stamp = now.toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="debtboard-audit-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
