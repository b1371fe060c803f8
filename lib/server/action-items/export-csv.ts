// Action items under the list's filters as a CSV download (every matching row, not one page).
import "server-only";
import { actionItemsCsv } from "@/lib/domain/action-items/csv";
import type { ActionItemFilters } from "@/lib/domain/action-items/filters";
import { listActionItems } from "@/lib/server/action-items/list-action-items";

export async function actionItemsCsvResponse(
  filters: ActionItemFilters,
  viewerId: string | null,
  now = new Date(),
): Promise<Response> {
  const { rows } = await listActionItems({ filters, viewerId, now });
  const body = actionItemsCsv(rows.map((r) => ({ ...r, checklistItemKey: r.checklistItem?.key ?? null })));
  const team = filters.team.replace(/[^a-z0-9-]/gi, "").slice(0, 60);
  const name = `debtboard-action-items${team ? `-${team}` : ""}-${now.toISOString().slice(0, 10)}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
