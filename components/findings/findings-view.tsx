// The findings list for triage: kind tabs with counts, team and status filters (the signed-in
// person's teams unless the URL says otherwise), one page of findings grouped by kind (each
// finding is one cause), and one justification to accept the checked open findings at once.
import { connection } from "next/server";
import { ShieldCheck } from "lucide-react";
import { can } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import {
  findingsHref,
  FINDINGS_PAGE_SIZE,
  parseFindingsParams,
  resolveFindingsTeam,
} from "@/lib/server/findings/findings-params";
import { listFindings, type FindingRow } from "@/lib/server/findings/list-findings";
import { pluralize } from "@/lib/domain/format/labels";
import { BulkAcceptForm } from "./bulk-accept-form";
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
  const parsed = parseFindingsParams(await searchParams);
  await connection();
  const principal = await getSessionPrincipal();
  const myTeamIds = Object.keys(principal?.teamRoles ?? {});
  const { params, scope } = resolveFindingsTeam(parsed, myTeamIds);
  const [{ rows, total, counts, prefills, teamNames }, teams] = await Promise.all([
    listFindings(params, FINDINGS_PAGE_SIZE, scope),
    listTeamOptions(),
  ]);
  const triageable = new Set(
    rows.filter((f) => f.status === "OPEN" && can(principal, "signal:triage", { teamId: f.teamId })).map((f) => f.id),
  );
  const groups: { kind: FindingRow["kind"]; rows: FindingRow[] }[] = [];
  for (const f of rows) {
    const last = groups[groups.length - 1];
    if (last?.kind === f.kind) last.rows.push(f);
    else groups.push({ kind: f.kind, rows: [f] });
  }
  return (
    <div className="space-y-4">
      <FindingKindTabs params={params} counts={counts} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FindingsFilters params={params} teams={teams} hasTeams={myTeamIds.length > 0} />
        {params.kind ? <p className="text-[13px] text-muted">{FINDING_KIND_META[params.kind].explain}</p> : null}
      </div>
      {triageable.size > 0 ? <BulkAcceptForm available={triageable.size} /> : null}
      <Card>
        {rows.length === 0 ? (
          <EmptyState
            icon={ShieldCheck}
            title="No findings here"
            description="Nothing matches these filters. Findings are recomputed after every catalogue change."
          />
        ) : (
          groups.map((g) => (
            <section key={g.kind} aria-label={FINDING_KIND_META[g.kind].label}>
              {params.kind ? null : (
                <h2 className="flex flex-wrap items-baseline gap-x-2 border-b border-border bg-surface-muted/60 px-5 py-2 text-[13px] font-semibold text-foreground first:rounded-t-xl">
                  {FINDING_KIND_META[g.kind].label}
                  <span className="font-normal text-muted">
                    {pluralize(counts[g.kind] ?? g.rows.length, "finding")}, one per cause
                  </span>
                </h2>
              )}
              <ul className="divide-y divide-border">
                {g.rows.map((f) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    canTriage={can(principal, "signal:triage", { teamId: f.teamId })}
                    selectable={triageable.has(f.id)}
                    prefills={(f.categoryId ? prefills[f.categoryId] : undefined) ?? []}
                    teamNames={teamNames}
                  />
                ))}
              </ul>
            </section>
          ))
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
