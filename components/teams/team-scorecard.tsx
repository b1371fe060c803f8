// A team's page: header, score summary, its entities by kind and its members.
import Link from "next/link";
import { connection } from "next/server";
import { whyHref } from "@/lib/domain/format/scorecard-links";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ClipboardCheck, Gauge, Layers, Timer } from "lucide-react";
import { getTeam } from "@/lib/server/teams/get-team";
import { coverageText, summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { formatRelative } from "@/lib/domain/format/date";
import { PageHeader } from "@/components/shell/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { CardSkeleton, PageHeaderSkeleton, StatCardSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { TeamEntities } from "./team-entities";
import { TeamMembers } from "./team-members";
import { TeamGraphLinks } from "@/components/lineage/team-graph-links";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { TeamPageActions } from "./team-page-actions";
import { ScoreChangeCard, ScoreChangeCardSkeleton } from "@/components/trends/score-change";

export async function TeamScorecard({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  await connection();
  const [team, principal] = await Promise.all([getTeam({ slug }), getSessionPrincipal()]);
  if (!team) notFound();
  const s = summarizeScore(team.sums);
  const now = new Date();
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Teams", href: "/teams" }, { label: team.name }]}
        title={team.name}
        actions={
          <>
            <TeamGraphLinks slug={team.slug} />
            <TeamPageActions team={team} principal={principal} />
          </>
        }
        meta={
          <>
            <RatingBadge rating={s.rating} size="md" />
            {team.archivedAt ? <Badge>Archived</Badge> : null}
          </>
        }
        description={team.description || <span className="text-subtle">No description.</span>}
      />
      <div className="space-y-5">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatCard
            label="Debt rating"
            icon={Gauge}
            value={
              s.rating ? (
                <Link
                  href={whyHref({ teamSlug: team.slug })}
                  className="flex items-center gap-2.5 hover:underline"
                  aria-label={`Why debt rating ${s.rating}: failing and partial items`}
                >
                  <RatingBadge rating={s.rating} size="md" />
                  <span>{formatPercent(s.ratio, 1)}</span>
                </Link>
              ) : (
                <RatingBadge rating={null} size="md" />
              )
            }
            hint={
              s.rating ? (
                <Link
                  href={whyHref({ teamSlug: team.slug })}
                  className="inline-block leading-6 hover:text-accent hover:underline"
                >
                  debt ratio, pooled · why this rating
                </Link>
              ) : (
                "no submitted assessment"
              )
            }
          />
          <StatCard
            label="Principal"
            icon={Timer}
            value={team.assessedCount > 0 ? formatDays(s.principalDays) : "—"}
            hint="estimated remediation"
          />
          <StatCard
            label="Coverage"
            icon={Layers}
            value={coverageText(s.coverage)}
            hint="of applicable items answered"
          />
          <StatCard
            label="Assessed"
            icon={ClipboardCheck}
            value={`${formatCount(team.assessedCount)} / ${formatCount(team.activeCount)}`}
            hint={team.lastAssessedAt ? `latest ${formatRelative(team.lastAssessedAt, now)}` : "no assessment yet"}
          />
        </div>
        <Suspense fallback={<ScoreChangeCardSkeleton />}>
          <ScoreChangeCard teamId={team.id} />
        </Suspense>
        {/* The entities table needs ~720 px: beside the members only on wide screens, above them otherwise. */}
        <div className="grid gap-5 2xl:grid-cols-3">
          <div className="min-w-0 2xl:col-span-2">
            <Suspense fallback={<CardSkeleton title="Entities" rows={8} />}>
              <TeamEntities teamId={team.id} teamSlug={team.slug} searchParams={searchParams} />
            </Suspense>
          </div>
          <Card className="self-start">
            <CardHeader
              title="Members"
              description={`${formatCount(team.members.length)} ${team.members.length === 1 ? "person" : "people"}`}
            />
            <TeamMembers members={team.members} />
          </Card>
        </div>
      </div>
    </>
  );
}

export function TeamScorecardSkeleton() {
  return (
    <>
      <PageHeaderSkeleton />
      <div className="space-y-5">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <StatCardSkeleton key={i} />
          ))}
        </div>
        <div className="grid gap-5 2xl:grid-cols-3">
          <div className="2xl:col-span-2">
            <CardSkeleton title="Entities" rows={8} />
          </div>
          <Card className="self-start">
            <CardHeader title="Members" />
            <TableSkeleton rows={4} />
          </Card>
        </div>
      </div>
    </>
  );
}
