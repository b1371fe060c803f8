// The action-item list under the URL's filters: one page, with status, owner, due date, links and
// whether done work is verified by an assessment yet.
import { connection } from "next/server";
import { ListChecks } from "lucide-react";
import { actionItemsHref, ACTION_ITEMS_PAGE_SIZE, type ActionItemFilters } from "@/lib/domain/action-items/filters";
import { getSessionUser } from "@/lib/server/auth/session";
import { listActionItems } from "@/lib/server/action-items/list-action-items";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ActionItemTable } from "./action-item-table";

export async function ActionItemsList({ filters }: { filters: ActionItemFilters }) {
  await connection();
  const user = await getSessionUser();
  const { rows, total } = await listActionItems({
    filters,
    viewerId: user?.id ?? null,
    pageSize: ACTION_ITEMS_PAGE_SIZE,
  });
  if (rows.length === 0 && filters.page === 1) {
    return (
      <EmptyState
        icon={ListChecks}
        title="No action items here"
        description="Nothing matches these filters. Create one from a finding, a review or the button above."
      />
    );
  }
  return (
    <>
      <ActionItemTable rows={rows.map((r) => ({ ...r, owner: r.owner?.name ?? null }))} now={new Date()} />
      <Pagination
        page={filters.page}
        pageSize={ACTION_ITEMS_PAGE_SIZE}
        total={total}
        href={(page) => actionItemsHref({ ...filters, page })}
      />
    </>
  );
}
