// Action items still to do, overdue first (all teams, or one team's with `teamId`).
import { connection } from "next/server";
import { ListChecks } from "lucide-react";
import { listOpenActionItems } from "@/lib/server/action-items/list-open-action-items";
import { formatCount } from "@/lib/domain/format/number";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionItemTable } from "@/components/action-items/action-item-table";

export async function ActionItemsTable({ teamId }: { teamId?: string } = {}) {
  await connection();
  const { rows, total } = await listOpenActionItems({ limit: 50, teamId });
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={ListChecks}
        title="No open action items"
        description="Items agreed in reviews or raised from findings show up here until they are done."
      />
    );
  }
  return (
    <>
      <ActionItemTable rows={rows} now={new Date()} />
      {total > rows.length ? (
        <p className="border-t border-border px-5 py-3 text-[13px] text-muted">
          Showing the {formatCount(rows.length)} most urgent of {formatCount(total)}.
        </p>
      ) : null}
    </>
  );
}
