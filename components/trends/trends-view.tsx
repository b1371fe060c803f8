// The body of /trends: the scope picker, range and granularity switches, the trend card with
// its events and, for the organisation or a team, today's debt by category. Resolves the URL's
// team slug / category key / entity id to names and ids; an unknown one says so and shows the
// organisation instead.
import { Suspense, type ReactNode } from "react";
import { connection } from "next/server";
import { TriangleAlert } from "lucide-react";
import { listTrendSubjects, type TrendSubjects } from "@/lib/server/trends/list-trend-subjects";
import { trendSearch, type TrendParams } from "@/lib/domain/trends/params";
import { RANGE_LABELS, TREND_GRAINS, TREND_RANGES, type TrendScope } from "@/lib/domain/trends/scope";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { Card, CardBody } from "@/components/ui/card";
import { LinkTabs } from "./link-tabs";
import { ScoreTrendCard, ScoreTrendCardSkeleton } from "./score-trend-card";
import { CategoryBarsCard, CategoryBarsCardSkeleton } from "./category-bars-card";
import { TrendScopeForm } from "./trend-scope-form";

interface Resolved {
  scope: TrendScope;
  name: string;
  /** The URL named something that does not exist (or is archived). */
  unknown: string | null;
}

function resolve(params: TrendParams, subjects: TrendSubjects): Resolved {
  const org: Resolved = { scope: { kind: "org" }, name: "Organisation", unknown: null };
  const s = params.scope;
  const team = (slug: string | undefined) => (slug ? subjects.teams.find((t) => t.slug === slug) : undefined);
  switch (s.kind) {
    case "org":
      return org;
    case "team": {
      const t = team(s.team);
      return t
        ? { scope: { kind: "team", teamId: t.id }, name: t.name, unknown: null }
        : { ...org, unknown: `No active team "${s.team}".` };
    }
    case "category": {
      const c = subjects.categories.find((x) => x.key === s.category);
      const t = team(s.team);
      if (!c) return { ...org, unknown: `No debt category "${s.category}".` };
      if (s.team && !t) return { ...org, unknown: `No active team "${s.team}".` };
      return {
        scope: t ? { kind: "category", categoryKey: c.key, teamId: t.id } : { kind: "category", categoryKey: c.key },
        name: t ? `${c.name}, ${t.name}` : c.name,
        unknown: null,
      };
    }
    case "entity": {
      const e = subjects.entities.find((x) => x.id === s.entity);
      return e
        ? {
            scope: { kind: "entity", entityId: e.id },
            name: `${e.name} (${KIND_LABELS[e.kind].one.toLowerCase()})`,
            unknown: null,
          }
        : { ...org, unknown: "That entity is archived or has no submitted debt assessment." };
    }
  }
}

export async function TrendsView({ params }: { params: TrendParams }) {
  await connection();
  const subjects = await listTrendSubjects();
  const { scope, name, unknown } = resolve(params, subjects);
  const teamId = scope.kind === "team" ? scope.teamId : undefined;
  return (
    <div className="space-y-5">
      <Card>
        <CardBody className="flex flex-wrap items-end justify-between gap-x-6 gap-y-4 pt-5">
          <TrendScopeForm key={trendSearch(params)} params={params} subjects={subjects} />
          <div className="flex flex-wrap items-end gap-4">
            <Switch label="Range">
              <LinkTabs
                label="Range"
                value={params.range}
                options={TREND_RANGES.map((r) => ({
                  value: r,
                  label: RANGE_LABELS[r],
                  href: `/trends${trendSearch(params, { range: r })}`,
                }))}
              />
            </Switch>
            <Switch label="Granularity">
              <LinkTabs
                label="Granularity"
                value={params.grain}
                options={TREND_GRAINS.map((g) => ({
                  value: g,
                  label: g === "week" ? "Weekly" : "Monthly",
                  href: `/trends${trendSearch(params, { grain: g })}`,
                }))}
              />
            </Switch>
          </div>
        </CardBody>
        {unknown ? (
          <p
            role="status"
            className="mx-5 mb-4 flex items-center gap-2 rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger"
          >
            <TriangleAlert aria-hidden className="size-4" />
            {unknown} Showing the organisation.
          </p>
        ) : null}
      </Card>
      <Suspense fallback={<ScoreTrendCardSkeleton title={`Debt over time: ${name}`} />}>
        <ScoreTrendCard
          scope={scope}
          range={params.range}
          grain={params.grain}
          title={`Debt over time: ${name}`}
          showEvents
        />
      </Suspense>
      {scope.kind === "org" || scope.kind === "team" ? (
        <Suspense fallback={<CategoryBarsCardSkeleton />}>
          <CategoryBarsCard
            teamId={teamId}
            teamSlug={teamId ? subjects.teams.find((t) => t.id === teamId)?.slug : undefined}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

function Switch({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <span aria-hidden className="text-xs font-medium text-muted">
        {label}
      </span>
      {children}
    </div>
  );
}

export function TrendsViewSkeleton() {
  return (
    <div className="space-y-5">
      <ScoreTrendCardSkeleton />
      <CategoryBarsCardSkeleton />
    </div>
  );
}
