// An entity's score (its latest submitted assessment, the same read as its category breakdown,
// fetched once per request) and its assessment history: the latest few, or all of it on
// ?history=all (up to ENTITY_ASSESSMENTS_MAX, the API's largest page too).
import Link from "next/link";
import { connection } from "next/server";
import type { EntityKind } from "@/lib/domain/kinds";
import { assessmentHref, whyHref } from "@/lib/domain/format/scorecard-links";
import { ClipboardList } from "lucide-react";
import { ENTITY_ASSESSMENTS_MAX, listEntityAssessments } from "@/lib/server/assessments/list-entity-assessments";
import { entityBreakdown } from "@/components/scorecards/entity-category-card";
import { entityHref } from "@/lib/domain/format/labels";
import { coverageText, summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { formatDate, formatRelative } from "@/lib/domain/format/date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Badge } from "@/components/ui/badge";
import { StaleBadge } from "@/components/assessment/stale-badge";

/** Rows the entity page lists by default (the list puts an open draft first). */
const HISTORY_LATEST = 5;

export async function EntityAssessments({
  entity,
  all = false,
}: {
  entity: { id: string; kind: EntityKind; name: string };
  /** ?history=all: the whole history (up to ENTITY_ASSESSMENTS_MAX rows), not the latest HISTORY_LATEST. */
  all?: boolean;
}) {
  await connection();
  const shown = all ? ENTITY_ASSESSMENTS_MAX : HISTORY_LATEST;
  // One row past the limit says whether there is more to show.
  const fetched = await listEntityAssessments({ entityId: entity.id, limit: shown + 1 });
  const rows = fetched.slice(0, shown);
  const more = fetched.length > shown;
  const now = new Date();
  const base = entityHref(entity.kind, entity.name);
  return (
    <Card id="assessments">
      <CardHeader
        title="Debt assessments"
        description="Each submitted checklist is a frozen snapshot; the latest one is the entity's score."
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={ClipboardList}
          title="Not assessed yet"
          description="Nobody has filled in the debt checklist for this entity."
        />
      ) : (
        <Table minWidth={600} className="table-fixed">
          <THead>
            <tr>
              <TH className="w-[136px]">Assessment</TH>
              <TH className="w-[72px]">Rating</TH>
              <TH align="right" className="w-[88px]">
                Debt ratio
              </TH>
              <TH align="right" className="w-[80px]">
                Principal
              </TH>
              <TH align="right" className="w-[84px]">
                Answered
              </TH>
              <TH>Assessor</TH>
              <TH align="right" className="w-[112px]">
                Submitted
              </TH>
            </tr>
          </THead>
          <TBody>
            {rows.map((a) => {
              const s = summarizeScore(a.sums);
              return (
                <TR key={a.id}>
                  <TD className="whitespace-nowrap">
                    {a.status === "DRAFT" ? (
                      a.readyForReviewAt ? (
                        <Badge tone="accent">Ready for review</Badge>
                      ) : (
                        <Badge>Draft</Badge>
                      )
                    ) : (
                      <Link
                        href={assessmentHref(entity.kind, entity.name, a.submittedSeq ?? 0)}
                        className="text-accent tabular hover:underline"
                        aria-label={`Open assessment #${a.submittedSeq ?? "?"}, read-only, with what changed`}
                      >
                        #{a.submittedSeq ?? "?"}
                      </Link>
                    )}
                  </TD>
                  <TD>
                    {a.status === "DRAFT" ? (
                      <span className="text-xs text-subtle">—</span>
                    ) : (
                      <RatingBadge rating={s.rating} size="sm" />
                    )}
                  </TD>
                  <TD align="right">{formatPercent(s.ratio, 1)}</TD>
                  <TD align="right">{a.sums ? formatDays(s.principalDays) : "—"}</TD>
                  <TD align="right" className="text-muted">
                    {a.sums ? `${formatCount(a.sums.answeredCount)} / ${formatCount(a.sums.applicableCount)}` : "—"}
                  </TD>
                  <TD className="text-muted">
                    <span className="block truncate">{a.author ?? "—"}</span>
                    {a.submittedBy ? (
                      <span className="block truncate text-xs text-subtle">submitted by {a.submittedBy}</span>
                    ) : null}
                  </TD>
                  <TD
                    align="right"
                    className="whitespace-nowrap text-muted"
                    title={a.submittedAt ? formatDate(a.submittedAt) : undefined}
                  >
                    {a.submittedAt ? formatRelative(a.submittedAt, now) : `started ${formatRelative(a.createdAt, now)}`}
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
      {more || all ? (
        <p className="border-t border-border px-5 py-2.5 text-xs text-muted">
          {more && !all ? (
            <>
              Showing the latest {formatCount(rows.length)}.{" "}
              <Link href={`${base}?history=all#assessments`} className="font-medium text-accent hover:underline">
                Show all assessments
              </Link>
            </>
          ) : more ? (
            <>Showing the latest {formatCount(rows.length)}; older assessments are not listed.</>
          ) : (
            <>
              Showing all {formatCount(rows.length)}.{" "}
              {rows.length > HISTORY_LATEST ? (
                <Link href={`${base}#assessments`} className="font-medium text-accent hover:underline">
                  Show the latest {HISTORY_LATEST}
                </Link>
              ) : null}
            </>
          )}
        </p>
      ) : null}
    </Card>
  );
}

export async function EntityScoreCard({ entity }: { entity: { id: string; kind: EntityKind; name: string } }) {
  await connection();
  const latest = await entityBreakdown(entity.id);
  const s = summarizeScore(latest?.sums ?? null);
  const now = new Date();
  return (
    <Card>
      <CardHeader
        title="Debt score"
        description={latest ? `From assessment #${latest.seq}, ${formatRelative(latest.submittedAt, now)}` : undefined}
        action={
          latest ? (
            <StaleBadge lastSubmittedAt={latest.submittedAt} now={now} />
          ) : (
            <RatingBadge rating={null} size="sm" />
          )
        }
      />
      <CardBody>
        {latest === null ? (
          <p className="text-[13px] text-muted">
            A rating appears once someone submits the debt checklist for this entity.
          </p>
        ) : (
          <Link
            href={whyHref({ entity })}
            className="group flex items-center gap-4 rounded-lg"
            aria-label={`Why debt rating ${s.rating ?? "none"}: failing and partial items`}
          >
            <RatingBadge rating={s.rating} size="lg" />
            <div>
              <div className="text-2xl font-semibold tracking-tight tabular">{formatPercent(s.ratio, 1)}</div>
              <div className="text-xs text-muted group-hover:text-accent group-hover:underline">
                debt ratio · why this rating
              </div>
            </div>
          </Link>
        )}
        {latest === null ? null : (
          <dl className="mt-4 grid grid-cols-2 gap-3 border-t border-border pt-4 text-[13px]">
            <div>
              <dt className="text-xs text-muted">Principal</dt>
              <dd className="mt-0.5 font-medium tabular">{formatDays(s.principalDays)}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">Coverage</dt>
              <dd className="mt-0.5 font-medium tabular">{coverageText(s.coverage)}</dd>
            </div>
          </dl>
        )}
      </CardBody>
    </Card>
  );
}
