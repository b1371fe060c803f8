// A team's entities grouped by kind, most indebted first, with a link to the full filtered list.
import { connection } from "next/server";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { listTeamEntities } from "@/lib/server/queries/list-team-entities";
import { ENTITY_KINDS, KIND_LABELS } from "@/lib/domain/kinds";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { catalogHref } from "@/lib/domain/format/catalog-params";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingWithRatio } from "@/components/score/score-cells";
import { EntityLink } from "@/components/entity/entity-link";
import { KindIcon } from "@/components/entity/kind-icon";
import { LifecycleBadge } from "@/components/entity/lifecycle-badge";
import { StaleBadge } from "@/components/assessment/stale-badge";

const PER_KIND = 6;

export async function TeamEntities({ teamId, teamSlug }: { teamId: string; teamSlug: string }) {
  await connection();
  const { rows, totals } = await listTeamEntities({ teamId, perKind: PER_KIND });
  const now = new Date();
  const total = ENTITY_KINDS.reduce((n, k) => n + totals[k], 0);
  return (
    <Card>
      <CardHeader title="Entities" description={`${formatCount(total)} owned, most indebted first within each kind.`} />
      {total === 0 ? (
        <EmptyState icon={PackageOpen} title="This team owns nothing yet" description="Entities appear here once the catalogue names this team as their owner." />
      ) : (
        <Table minWidth={620}>
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Lifecycle</TH>
              <TH>Debt</TH>
              <TH align="right">Principal</TH>
              <TH align="right">Assessed</TH>
            </tr>
          </THead>
          {ENTITY_KINDS.filter((k) => totals[k] > 0).map((kind) => {
            const ofKind = rows.filter((r) => r.kind === kind);
            return (
              <TBody key={kind}>
                <tr className="bg-surface-muted/70">
                  <td colSpan={5} className="h-8 px-5">
                    <div className="flex items-center justify-between text-xs">
                      <span className="flex items-center gap-1.5 font-medium text-foreground">
                        <KindIcon kind={kind} className="text-muted" />
                        {KIND_LABELS[kind].many}
                        <span className="font-normal text-subtle tabular">{formatCount(totals[kind])}</span>
                      </span>
                      {totals[kind] > ofKind.length ? (
                        <Link href={catalogHref({ kind, team: teamSlug })} className="font-medium text-accent hover:text-accent-hover">
                          View all {formatCount(totals[kind])} →
                        </Link>
                      ) : null}
                    </div>
                  </td>
                </tr>
                {ofKind.map((e) => {
                  const s = summarizeScore(e.sums);
                  return (
                    <TR key={e.id}>
                      <TD className="max-w-[280px]">
                        <EntityLink kind={e.kind} name={e.name} showIcon={false} />
                      </TD>
                      <TD>
                        <LifecycleBadge lifecycle={e.lifecycle} />
                      </TD>
                      <TD>
                        <RatingWithRatio sums={e.sums} />
                      </TD>
                      <TD align="right">{e.sums ? formatDays(s.principalDays) : "—"}</TD>
                      <TD align="right" className="whitespace-nowrap text-muted">
                        <span className="inline-flex items-center gap-2">
                          <StaleBadge lastSubmittedAt={e.lastAssessedAt} now={now} />
                          {formatRelative(e.lastAssessedAt, now)}
                        </span>
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            );
          })}
        </Table>
      )}
    </Card>
  );
}
