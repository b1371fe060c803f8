// A submitted assessment, read-only: who submitted it and when, its score next to the previous
// submission's (principal moved), the answers that changed since then, and every answer with its
// note, evidence and the finding that pre-filled it.
import Link from "next/link";
import { ArrowLeft, ArrowRight, ExternalLink, GitCompare } from "lucide-react";
import type { SubmittedAnswer, SubmittedAssessmentView } from "@/lib/server/assessments/get-submitted-assessment";
import { diffAnswers } from "@/lib/domain/scoring/assessment-diff";
import { summarizeScore, coverageText } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { formatDate } from "@/lib/domain/format/date";
import { assessmentHref } from "@/lib/domain/format/scorecard-links";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";
import { AnswerBadge } from "@/components/scorecards/debt-items-table";

const signedDays = (d: number) => (Math.abs(d) < 1e-9 ? "±0 d" : `${d > 0 ? "+" : "−"}${formatDays(Math.abs(d))}`);

export function SubmittedAssessmentPanel({ view }: { view: SubmittedAssessmentView }) {
  const { assessment: cur, previous: prev, entity } = view;
  const now = summarizeScore(cur.sums);
  const before = summarizeScore(prev?.sums ?? null);
  const changes = prev ? diffAnswers(prev.answers, cur.answers) : [];
  const href = (seq: number) => assessmentHref(entity.kind, entity.name, seq);
  const categories = groupByCategory(cur.answers);
  return (
    <div className="space-y-5">
      <nav aria-label="Other submissions" className="flex items-center justify-between gap-3 text-[13px]">
        {cur.seq > 1 ? (
          <Link href={href(cur.seq - 1)} className="inline-flex items-center gap-1 text-accent hover:underline">
            <ArrowLeft aria-hidden className="size-3.5" /> #{cur.seq - 1}
          </Link>
        ) : (
          <span className="text-subtle">First submission</span>
        )}
        {cur.seq < view.latestSeq ? (
          <Link href={href(cur.seq + 1)} className="inline-flex items-center gap-1 text-accent hover:underline">
            #{cur.seq + 1} <ArrowRight aria-hidden className="size-3.5" />
          </Link>
        ) : (
          <Badge tone="success">Latest: the entity&apos;s current score</Badge>
        )}
      </nav>
      <Card>
        <CardHeader
          title={prev ? `Score: #${prev.seq} → #${cur.seq}` : `Score of #${cur.seq}`}
          description={`Submitted ${formatDate(cur.submittedAt)}${cur.author ? ` by ${cur.author}` : ""}. Read-only: a submitted assessment never changes.`}
        />
        <CardBody>
          <div className="flex flex-wrap items-center gap-x-8 gap-y-4">
            <div className="flex items-center gap-3" aria-label="Rating before and after">
              {prev ? (
                <>
                  <RatingBadge rating={before.rating} size="lg" />
                  <ArrowRight aria-hidden className="size-4 text-subtle" />
                </>
              ) : null}
              <RatingBadge rating={now.rating} size="lg" />
            </div>
            <dl className="grid flex-1 grid-cols-2 gap-4 text-[13px] sm:grid-cols-4">
              <Metric
                label="Debt ratio"
                value={formatPercent(now.ratio, 1)}
                was={prev ? formatPercent(before.ratio, 1) : null}
              />
              <Metric
                label="Principal"
                value={formatDays(now.principalDays)}
                was={prev ? formatDays(before.principalDays) : null}
              />
              <Metric
                label="Principal moved"
                value={prev ? signedDays(now.principalDays - before.principalDays) : "—"}
                was={null}
              />
              <Metric
                label="Coverage"
                value={coverageText(now.coverage)}
                was={prev ? coverageText(before.coverage) : null}
              />
            </dl>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={prev ? `What changed since #${prev.seq}` : "What changed"}
          description={
            prev
              ? `${formatCount(changes.length)} ${changes.length === 1 ? "answer" : "answers"} differ, most principal moved first.`
              : "This is the entity's first submission: there is nothing to compare with."
          }
          action={<GitCompare aria-hidden className="size-4 text-subtle" />}
        />
        {prev && changes.length === 0 ? (
          <EmptyState
            icon={GitCompare}
            title="No answers changed"
            description="The same answers were submitted again."
          />
        ) : prev ? (
          <Table minWidth={760} className="table-fixed">
            <caption className="sr-only">Answers changed since the previous submission</caption>
            <THead>
              <tr>
                <TH>Checklist item</TH>
                <TH className="w-[92px]">Was</TH>
                <TH className="w-[92px]">Now</TH>
                <TH align="right" className="w-[96px]">
                  Principal
                </TH>
                <TH className="w-[260px]">Note now</TH>
              </tr>
            </THead>
            <TBody>
              {changes.map((c) => {
                const item = c.after ?? c.before;
                return (
                  <TR key={c.itemKey}>
                    <TD className="py-2">
                      <div className="text-foreground">{item?.question}</div>
                      <div className="text-[11px] text-muted">{item?.categoryName}</div>
                    </TD>
                    <TD>{c.before ? <AnswerBadge value={c.before.value} /> : <Badge>Not asked</Badge>}</TD>
                    <TD>{c.after ? <AnswerBadge value={c.after.value} /> : <Badge>Not asked</Badge>}</TD>
                    <TD
                      align="right"
                      className={
                        c.principalDelta > 0 ? "text-danger" : c.principalDelta < 0 ? "text-success" : "text-muted"
                      }
                    >
                      {signedDays(c.principalDelta)}
                    </TD>
                    <TD className="py-2 text-muted">
                      <div className="line-clamp-3 break-words whitespace-pre-line">{c.after?.note || "—"}</div>
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        ) : null}
      </Card>
      <Card>
        <CardHeader
          title="All answers"
          description={`${formatCount(cur.answers.length)} answers in checklist order, as submitted.`}
        />
        <Table minWidth={860} className="table-fixed">
          <caption className="sr-only">Every answer of assessment #{cur.seq}</caption>
          <THead>
            <tr>
              <TH>Checklist item</TH>
              <TH className="w-[92px]">Answer</TH>
              <TH align="right" className="w-[64px]">
                Weight
              </TH>
              <TH align="right" className="w-[60px]">
                Days
              </TH>
              <TH className="w-[300px]">Note and evidence</TH>
            </tr>
          </THead>
          {categories.map(([name, answers]) => (
            <TBody key={name}>
              <tr className="bg-surface-muted/60">
                <th scope="rowgroup" colSpan={5} className="px-5 py-1.5 text-left text-xs font-semibold text-muted">
                  {name}
                </th>
              </tr>
              {answers.map((a) => (
                <TR key={a.itemKey}>
                  <TD className="py-2 text-foreground">{a.question}</TD>
                  <TD>
                    <AnswerBadge value={a.value} />
                  </TD>
                  <TD align="right">{formatCount(a.weight)}</TD>
                  <TD align="right" className="text-muted">
                    {formatDays(a.remediationDays)}
                  </TD>
                  <TD className="py-2 text-muted">
                    <div className="line-clamp-3 break-words whitespace-pre-line">
                      {a.note || <span className="text-subtle">No note.</span>}
                    </div>
                    <div className="flex flex-wrap gap-x-3">
                      {a.evidenceUrl && /^https?:\/\//i.test(a.evidenceUrl) ? (
                        <a
                          href={a.evidenceUrl}
                          target="_blank"
                          rel="noreferrer noopener"
                          className="inline-flex items-center gap-1 text-xs text-accent hover:underline"
                        >
                          <ExternalLink aria-hidden className="size-3" /> Evidence
                        </a>
                      ) : null}
                      {a.finding ? <span className="text-xs">Pre-filled from finding: {a.finding.title}</span> : null}
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          ))}
        </Table>
      </Card>
    </div>
  );
}

function Metric({ label, value, was }: { label: string; value: string; was: string | null }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="mt-0.5 font-medium tabular">{value}</dd>
      {was !== null ? <dd className="text-xs text-subtle tabular">was {was}</dd> : null}
    </div>
  );
}

function groupByCategory(answers: readonly SubmittedAnswer[]): [string, SubmittedAnswer[]][] {
  const groups = new Map<string, SubmittedAnswer[]>();
  for (const a of answers) {
    const g = groups.get(a.categoryName);
    if (g) g.push(a);
    else groups.set(a.categoryName, [a]);
  }
  return [...groups];
}
