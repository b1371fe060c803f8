// The findings list: kind tabs, team and status filters, one page of findings.
import { connection } from "next/server";
import { ShieldCheck } from "lucide-react";
import { can } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { findingsHref, FINDINGS_PAGE_SIZE, parseFindingsParams } from "@/lib/server/findings/findings-params";
import { listFindings } from "@/lib/server/findings/list-findings";
import { listTeamOptions } from "@/lib/server/teams/list-team-options";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Skeleton } from "@/components/ui/skeleton";
import { FindingKindTabs } from "./finding-kind-tabs";
import { FindingsFilters } from "./findings-filters";
import { FindingItem } from "./finding-item";
import { FINDING_KIND_META } from "./kind-meta";

export async function FindingsView({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseFindingsParams(await searchParams);
  await connection();
  const [{ rows, total, counts }, teams, principal] = await Promise.all([
    listFindings(params, FINDINGS_PAGE_SIZE),
    listTeamOptions(),
    getSessionPrincipal(),
  ]);
  return (
    <div className="space-y-4">
      <FindingKindTabs params={params} counts={counts} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FindingsFilters params={params} teams={teams} />
        {params.kind ? <p className="text-[13px] text-muted">{FINDING_KIND_META[params.kind].explain}</p> : null}
      </div>
      <Card>
        {rows.length === 0 ? (
          <EmptyState
            icon={ShieldCheck}
            title="No findings here"
            description="Nothing matches these filters. Findings are recomputed after every catalogue change."
          />
        ) : (
          <ul className="divide-y divide-border">
            {rows.map((f) => (
              <FindingItem key={f.id} finding={f} canTriage={can(principal, "signal:triage", { teamId: f.teamId })} />
            ))}
          </ul>
        )}
        <Pagination
          page={params.page}
          pageSize={FINDINGS_PAGE_SIZE}
          total={total}
          href={(page) => findingsHref({ ...params, page })}
        />
      </Card>
    </div>
  );
}

export function FindingsViewSkeleton() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-8 w-96" />
      <Card>
        <div className="divide-y divide-border">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="space-y-2 px-5 py-4">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-10 w-full" />
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
