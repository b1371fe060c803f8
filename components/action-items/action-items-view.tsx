// The action-items page body: filters (in the URL), export and new links, the list, and the
// principal-versus-pay-down chart for the filtered team (or the organisation).
import Link from "next/link";
import { NotAllowed } from "@/components/ui/not-allowed";
import { onlyWhoCan } from "@/lib/domain/auth/reasons";
import { Suspense } from "react";
import { connection } from "next/server";
import { Download, Plus } from "lucide-react";
import { can } from "@/lib/domain/auth/permissions";
import { actionItemsExportHref, parseActionItemFilters } from "@/lib/domain/action-items/filters";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { listActionItemOwners } from "@/lib/server/action-items/list-action-item-owners";
import { listTeamChoices } from "@/lib/server/teams/list-team-choices";
import { primaryButton, secondaryButton } from "@/components/ui/controls";
import { Card } from "@/components/ui/card";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { ActionItemFiltersForm } from "./action-item-filters";
import { ActionItemsList } from "./action-items-list";
import { PaydownChartCard, PaydownChartSkeleton } from "./paydown-chart-card";

export async function ActionItemsView({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseActionItemFilters(await searchParams);
  await connection();
  const [teams, owners, principal] = await Promise.all([
    listTeamChoices(),
    listActionItemOwners(),
    getSessionPrincipal(),
  ]);
  const team = teams.find((t) => t.slug === filters.team) ?? null;
  const mayCreate = teams.some((t) => can(principal, "action-item:write", { teamId: t.id }));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ActionItemFiltersForm filters={filters} teams={teams} owners={owners} />
        <div className="flex items-center gap-2">
          <a href={actionItemsExportHref(filters)} className={`${secondaryButton} h-8 text-xs`} download>
            <Download aria-hidden className="size-3.5" />
            Export CSV
          </a>
          {mayCreate ? (
            <Link
              href={`/action-items/new${team ? `?team=${encodeURIComponent(team.slug)}` : ""}`}
              className={`${primaryButton} h-8 text-xs`}
            >
              <Plus aria-hidden className="size-3.5" />
              New action item
            </Link>
          ) : (
            <NotAllowed
              reason={onlyWhoCan("action-item:write", team?.name ?? "team", "create action items")}
              buttonClassName={`${primaryButton} h-8 text-xs`}
            >
              <Plus aria-hidden className="size-3.5" />
              New action item
            </NotAllowed>
          )}
        </div>
      </div>
      <Card className="overflow-hidden">
        <Suspense fallback={<TableSkeleton rows={8} />}>
          <ActionItemsList filters={filters} />
        </Suspense>
      </Card>
      <Suspense fallback={<PaydownChartSkeleton />}>
        <PaydownChartCard teamId={team?.id} />
      </Suspense>
    </div>
  );
}

export function ActionItemsViewSkeleton() {
  return (
    <div className="space-y-5">
      <Skeleton className="h-8 w-full max-w-2xl" />
      <Card className="overflow-hidden">
        <TableSkeleton rows={8} />
      </Card>
    </div>
  );
}
