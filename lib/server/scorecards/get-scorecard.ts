// A scorecard as the API returns it, for an entity, a team or the organisation: rating, ratio,
// principal, coverage, per category, the gate (an entity's verdict; a team's or the
// organisation's count of failing entities, each with since when), staleness and the ML Test
// Score (a model's own; a team's or the organisation's models' summary). Every figure comes from the same reads the pages use.
import { db } from "@/lib/server/db/client";
import { env } from "@/lib/config/env";
import type { EntityKind } from "@/lib/domain/kinds";
import { coverage, debtRatio, ratingOf, type ScoreSums } from "@/lib/domain/scoring/score";
import { summarizeGates } from "@/lib/domain/scoring/gate";
import { daysSince, isStale } from "@/lib/domain/scoring/staleness";
import { isMlTestSection, mlTestBand, mlTestScore } from "@/lib/domain/scoring/ml-test-score";
import { getOrgScore } from "@/lib/server/dashboards/get-org-score";
import { listCategoryScores } from "@/lib/server/dashboards/list-category-scores";
import { getTeam } from "@/lib/server/teams/get-team";
import { NotFoundError } from "@/lib/server/errors";
import { latestSubmitted, latestSubmittedQuery } from "@/lib/server/assessments/latest-submitted";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { evaluateGates, type EntityGate } from "@/lib/server/gates/evaluate-gates";
import { getTeamMlTestSummary } from "@/lib/server/scoring/get-team-ml-test-summary";
import { getEntityBreakdown } from "./get-entity-breakdown";

export type ScorecardScope = { entity: { kind: EntityKind; name: string } } | { team: string } | { org: true };

const score = (sums: ScoreSums | null) => {
  const ratio = sums ? debtRatio(sums) : null;
  return {
    rating: ratingOf(ratio),
    ratio,
    principalDays: sums?.principalDays ?? 0,
    coverage: sums ? coverage(sums) : null,
  };
};

const gateJson = (g: EntityGate) => ({
  status: g.status,
  target: g.target.rating,
  targetSource: g.target.source,
  reason: g.reason,
  failingSince: g.since?.toISOString() ?? null,
});

function categoryJson(c: { key: string; name: string; sums: ScoreSums | null }) {
  return {
    key: c.key,
    name: c.name,
    ...score(c.sums && c.sums.totalWeight > 0 ? c.sums : null),
    answeredCount: c.sums?.answeredCount ?? 0,
  };
}

export async function getScorecard(scope: ScorecardScope, now = new Date()) {
  return "entity" in scope ? getEntityScorecard(scope.entity, now) : getPooledScorecard(scope, now);
}

export async function getEntityScorecard(key: { kind: EntityKind; name: string }, now = new Date()) {
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const entity = await db().entity.findUnique({
    where: { kind_name: { kind: key.kind, name: key.name } },
    select: { id: true, kind: true, name: true, lifecycle: true, archivedAt: true, team: { select: { slug: true } } },
  });
  if (!entity) throw new NotFoundError(`${key.kind.toLowerCase().replace("_", " ")} ${key.name}`);
  const [latest, breakdown, [gate], ml] = await Promise.all([
    latestSubmitted(db(), entity.id, "DEBT"),
    getEntityBreakdown({ entityId: entity.id }),
    evaluateGates({ entityId: entity.id, now }),
    entity.kind === "MODEL" ? mlTestOf(entity.id) : null,
  ]);
  const sums = latest ? sumsOrNull(latest) : null;
  const last = latest?.submittedAt ?? null;
  return {
    scope: "entity" as const,
    entity: {
      kind: entity.kind,
      name: entity.name,
      team: entity.team?.slug ?? null,
      lifecycle: entity.lifecycle,
      archived: entity.archivedAt !== null,
    },
    ...score(sums),
    assessment: latest
      ? { seq: latest.submittedSeq, submittedAt: last?.toISOString() ?? null, author: latest.author?.name ?? null }
      : null,
    categories: breakdown ? breakdown.categories.filter((c) => c.sums.applicableCount > 0).map(categoryJson) : [],
    mlTestScore: ml,
    gate: gate ? gateJson(gate) : null,
    staleness: {
      lastAssessedAt: last?.toISOString() ?? null,
      daysSince: last ? daysSince(last, now) : null,
      stale: isStale(last, now, staleAfterDays),
      staleAfterDays,
    },
  };
}

/** A team's scorecard, or the organisation's. */
export async function getPooledScorecard(scope: { team: string } | { org: true }, now = new Date()) {
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const team = "team" in scope ? await getTeam({ slug: scope.team }) : null;
  if ("team" in scope && !team) throw new NotFoundError(`Team ${scope.team}`);
  const [pooled, categories, gates, ml] = await Promise.all([
    team ? Promise.resolve(team) : getOrgScore(),
    listCategoryScores(team ? { teamId: team.id } : {}),
    evaluateGates({ teamId: team?.id, now }),
    getTeamMlTestSummary(team?.id ?? null),
  ]);
  const summary = summarizeGates(gates);
  const stale = gates.filter((g) => isStale(g.lastAssessedAt, now, staleAfterDays));
  return {
    scope: team ? ("team" as const) : ("organisation" as const),
    ...(team ? { team: { slug: team.slug, name: team.name, archived: team.archivedAt !== null } } : {}),
    ...score(pooled.sums),
    assessedCount: pooled.assessedCount,
    activeCount: pooled.activeCount,
    categories: categories.map((c) =>
      categoryJson({
        key: c.key,
        name: c.name,
        sums:
          c.totalWeight === null
            ? null
            : {
                debtWeight: c.debtWeight ?? 0,
                totalWeight: c.totalWeight,
                answeredCount: c.answeredCount,
                applicableCount: c.answeredCount,
                principalDays: c.principalDays ?? 0,
              },
      }),
    ),
    mlTestScore: pooledMlTestJson(ml, team !== null),
    gate: {
      status: summary.status,
      gated: summary.gated,
      failing: summary.failing,
      failingSince: summary.failingSince?.toISOString() ?? null,
      failingEntities: gates
        .filter((g) => g.status === "FAIL")
        .map((g) => ({ kind: g.entity.kind, name: g.entity.name, rating: g.rating, ...gateJson(g) })),
    },
    staleness: {
      lastAssessedAt: pooled.lastAssessedAt?.toISOString() ?? null,
      staleCount: stale.length,
      staleAfterDays,
    },
  };
}

/**
 * The ML Test Scores of live models, as the team scorecard's card shows them: how many are
 * scored, models per band, each section's mean and the thinnest, the lowest score; for a team
 * also every scored model, lowest first (the organisation's list would be as long as the catalogue).
 */
function pooledMlTestJson(ml: Awaited<ReturnType<typeof getTeamMlTestSummary>>, withModels: boolean) {
  return {
    liveModels: ml.models,
    assessed: ml.summary.assessed,
    bands: ml.summary.bands.map(({ band, count }) => ({ band: band.key, bandLabel: band.label, count })),
    sectionMeans: ml.summary.sectionMeans,
    weakestSection: ml.summary.weakestSection,
    minScore: ml.summary.minScore,
    ...(withModels
      ? {
          models: ml.scores.map((m) => ({
            name: m.name,
            score: m.score,
            band: m.band.key,
            sections: m.sections,
            submittedAt: m.submittedAt.toISOString(),
          })),
        }
      : {}),
  };
}

/** A model's ML Test Score from its latest ML Test Score submission; null when none. */
async function mlTestOf(entityId: string) {
  const latest = await db().assessment.findFirst({
    ...latestSubmittedQuery(entityId, "ML_TEST_SCORE"),
    select: {
      submittedSeq: true,
      submittedAt: true,
      answers: { select: { value: true, item: { select: { category: { select: { key: true } } } } } },
    },
  });
  if (!latest) return null;
  const result = mlTestScore(
    latest.answers.flatMap((a) => {
      const section = a.item.category.key;
      return isMlTestSection(section) ? [{ section, value: a.value }] : [];
    }),
  );
  const band = mlTestBand(result.score);
  return {
    score: result.score,
    band: band.key,
    bandLabel: band.label,
    sections: result.sections,
    seq: latest.submittedSeq,
    submittedAt: latest.submittedAt?.toISOString() ?? null,
  };
}
