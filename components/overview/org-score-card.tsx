// The organisation's pooled debt: letter, ratio, principal, coverage, and the spread of letters.
import Link from "next/link";
import { connection } from "next/server";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { getOrgScore } from "@/lib/server/dashboards/get-org-score";
import { countEntitiesByRating } from "@/lib/server/dashboards/count-entities-by-rating";
import { coverageText, summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Skeleton } from "@/components/ui/skeleton";
import { RatingDistribution } from "@/components/score/rating-distribution";
import { getScoreChangeThisMinute } from "@/lib/server/trends/get-score-change";
import { cachedByScoresVersion } from "@/lib/server/dashboards/cached-by-scores-version";
import { ScoreChangeTable } from "@/components/trends/score-change";

const TITLE = "Organisation debt";
const DESCRIPTION = "Pooled from each active entity's latest submitted debt assessment.";

export async function OrgScoreCard() {
  await connection();
  const [score, distribution, change] = await Promise.all([
    getOrgScore(),
    cachedByScoresVersion("ratings|org", () => countEntitiesByRating()),
    getScoreChangeThisMinute(),
  ]);
  const s = summarizeScore(score.sums);
  const now = new Date();
  return (
    <Card className="h-full">
      <CardHeader title={TITLE} description={DESCRIPTION} />
      <CardBody>
        <div className="flex flex-wrap items-center gap-x-8 gap-y-5">
          <Link
            href={whyHref({ org: true })}
            className="group flex items-center gap-4 rounded-xl"
            aria-label={`Why debt rating ${s.rating ?? "none"}: failing and partial items`}
          >
            <RatingBadge rating={s.rating} size="xl" />
            <div>
              <div className="text-3xl font-semibold tracking-tight tabular">{formatPercent(s.ratio, 1)}</div>
              <div className="text-[13px] text-muted group-hover:text-accent group-hover:underline">
                debt ratio · why this rating
              </div>
            </div>
          </Link>
          <dl className="grid flex-1 grid-cols-3 gap-4 border-l border-border pl-8">
            <Metric label="Principal" value={formatDays(s.principalDays)} hint="to remediate" />
            <Metric label="Coverage" value={coverageText(s.coverage)} hint="of items answered" />
            <Metric
              label="Assessed"
              value={`${formatCount(score.assessedCount)} / ${formatCount(score.activeCount)}`}
              hint={score.lastAssessedAt ? `latest ${formatRelative(score.lastAssessedAt, now)}` : "none yet"}
            />
          </dl>
        </div>
        <div className="mt-5 border-t border-border pt-3">
          <ScoreChangeTable change={change} />
        </div>
        <div className="mt-4 border-t border-border pt-4">
          <p className="mb-2.5 text-xs font-medium text-muted">Entities by rating</p>
          <RatingDistribution counts={distribution} />
        </div>
      </CardBody>
    </Card>
  );
}

function Metric({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tracking-tight whitespace-nowrap tabular">{value}</dd>
      <dd className="truncate text-xs text-subtle">{hint}</dd>
    </div>
  );
}

export function OrgScoreCardSkeleton() {
  return (
    <Card className="h-full">
      <CardHeader title={TITLE} description={DESCRIPTION} />
      <CardBody>
        <div className="flex items-center gap-8">
          <Skeleton className="size-16 rounded-xl" />
          <Skeleton className="h-8 w-24" />
          <div className="grid flex-1 grid-cols-3 gap-4">
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
          </div>
        </div>
        <Skeleton className="mt-8 h-2.5 w-full" />
        <Skeleton className="mt-4 h-5 w-2/3" />
      </CardBody>
    </Card>
  );
}
