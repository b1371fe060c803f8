// The API's trend: ?scope=org|team:<slug>&range=3m|6m|12m|24m&grain=week|month, read by the
// /trends page's own parser and reads (getScoreTrend, listTimelineEvents, toTrendRows), so the
// API's points are the chart's. Where the page falls back to a default, the API answers 400
// naming the parameter, and 404 for a team that is not an active one.
import "server-only";
import { z } from "zod";
import { parseTrendParams } from "@/lib/domain/trends/params";
import { TREND_GRAINS, TREND_RANGES, type TrendScope } from "@/lib/domain/trends/scope";
import { toTrendRows } from "@/lib/domain/trends/series";
import { ratingOf } from "@/lib/domain/scoring/score";
import { parseOrThrow } from "@/lib/server/api/api-route";
import { db } from "@/lib/server/db/client";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { getScoreTrend } from "./get-score-trend";
import { listTimelineEvents } from "./list-timeline-events";

export const trendsQuery = z.object({
  scope: z
    .string()
    .regex(/^(org|team:.+)$/, "must be org or team:<slug>")
    .optional(),
  range: z.enum(TREND_RANGES, `must be one of ${TREND_RANGES.join(", ")}`).optional(),
  grain: z.enum(TREND_GRAINS, `must be one of ${TREND_GRAINS.join(", ")}`).optional(),
});

export async function getApiTrend(url: URL, now = new Date()) {
  const q = parseOrThrow(trendsQuery, Object.fromEntries(url.searchParams));
  const slug = q.scope?.startsWith("team:") ? q.scope.slice("team:".length) : null;
  const params = parseTrendParams({ range: q.range, grain: q.grain, ...(slug ? { scope: "team", team: slug } : {}) });
  let scope: TrendScope = { kind: "org" };
  let team: { slug: string; name: string } | null = null;
  if (slug !== null) {
    if (params.scope.kind !== "team")
      throw new AppError("invalid", `scope: "${slug}" is not a team slug (lower-case letters, digits and '-').`);
    const found = await db().team.findFirst({
      where: { slug: params.scope.team, archivedAt: null },
      select: { id: true, slug: true, name: true },
    });
    if (!found) throw new NotFoundError(`Active team ${params.scope.team}`);
    scope = { kind: "team", teamId: found.id };
    team = { slug: found.slug, name: found.name };
  }
  const trend = await getScoreTrend({ scope, range: params.range, grain: params.grain, now });
  const events = await listTimelineEvents({
    from: trend.from,
    to: trend.to,
    teamId: scope.kind === "team" ? scope.teamId : undefined,
  });
  const rows = toTrendRows(trend.points);
  return {
    scope: team ? { kind: "team" as const, team } : { kind: "org" as const },
    range: params.range,
    grain: params.grain,
    from: trend.from,
    to: trend.to,
    /** One point per week or month with a snapshot; ratio and coverage from the pooled sums, never averaged. */
    points: trend.points.map((p, i) => ({
      day: p.day,
      bucket: p.bucket,
      ratio: rows[i]!.ratio,
      rating: ratingOf(rows[i]!.ratio),
      coverage: rows[i]!.coverage,
      principalDays: p.sums.principalDays,
      entityCount: p.entityCount,
    })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
