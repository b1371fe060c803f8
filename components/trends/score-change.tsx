// How the headline figures moved over the last 30 and 90 days: debt ratio, principal and
// coverage, each change shown as an arrow, a signed number and a colour, with "better"/"worse"
// in words for screen readers (colour is never the only cue). A small real table.
//
//   <ScoreChangeTable change={await getScoreChange({ teamId })} />   (sync: inside a card that already loads)
//   <ScoreChangeCard teamId? />                                       (async, own Suspense + ScoreChangeCardSkeleton)
import clsx from "clsx";
import { connection } from "next/server";
import { CHANGE_WINDOWS, getScoreChangeThisMinute, type ScoreChange } from "@/lib/server/trends/get-score-change";
import { describeDelta, type Delta, type DeltaMetric } from "@/lib/domain/trends/delta";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

const METRICS: readonly { metric: DeltaMetric; label: string }[] = [
  { metric: "ratio", label: "Debt ratio" },
  { metric: "principal", label: "Principal" },
  { metric: "coverage", label: "Coverage" },
];

function valueOf(metric: DeltaMetric, s: ReturnType<typeof summarizeScore>, assessed: number): number | null {
  if (assessed === 0) return null;
  return metric === "ratio" ? s.ratio : metric === "coverage" ? s.coverage : s.principalDays;
}

export function ScoreChangeTable({ change, className }: { change: ScoreChange; className?: string }) {
  const now = summarizeScore(change.now);
  return (
    <table className={clsx("w-full border-collapse text-[13px]", className)}>
      <caption className="sr-only">Change in debt ratio, principal and coverage over the last 30 and 90 days</caption>
      <thead>
        <tr>
          <th scope="col" className="pb-1.5 text-left text-xs font-medium text-muted">
            Change
          </th>
          {METRICS.map((m) => (
            <th key={m.metric} scope="col" className="pb-1.5 text-right text-xs font-medium text-muted">
              {m.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CHANGE_WINDOWS.map((days) => {
          const then = summarizeScore(change.ago[days].sums);
          return (
            <tr key={days}>
              <th scope="row" className="py-1 text-left text-xs font-normal whitespace-nowrap text-muted">
                {`last ${days} days`}
              </th>
              {METRICS.map((m) => (
                <td key={m.metric} className="py-1 text-right">
                  <DeltaChip
                    delta={describeDelta(
                      m.metric,
                      valueOf(m.metric, now, change.assessedCount),
                      valueOf(m.metric, then, change.ago[days].assessedCount),
                    )}
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const TONE: Record<Delta["tone"], string> = {
  better: "text-success",
  worse: "text-danger",
  neutral: "text-muted",
};

export function DeltaChip({ delta }: { delta: Delta }) {
  // delta (app/globals.css) draws the arrow of delta-up / delta-down (a dash otherwise) by a mask.
  const arrow = delta.direction === "up" ? "delta-up" : delta.direction === "down" ? "delta-down" : undefined;
  return (
    <span className={clsx("delta", arrow, TONE[delta.tone])} title={delta.description}>
      <span aria-hidden>{delta.text}</span>
      <span className="sr-only">{delta.description}</span>
    </span>
  );
}

export async function ScoreChangeCard({ teamId }: { teamId?: string }) {
  await connection();
  const change = await getScoreChangeThisMinute(teamId);
  return (
    <Card className="px-4 py-3">
      <ScoreChangeTable change={change} className="max-w-2xl" />
    </Card>
  );
}

export function ScoreChangeCardSkeleton() {
  return (
    <Card className="px-4 py-3">
      <Skeleton className="h-3.5 w-full" />
      <Skeleton className="mt-3 h-4 w-full" />
      <Skeleton className="mt-2 h-4 w-full" />
    </Card>
  );
}
