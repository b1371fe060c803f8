// Targets and gates (docs/scoring.md §13). An admin sets the rating entities of each lifecycle
// must reach, for the organisation and optionally per team; an entity passes its gate when its
// debt rating is that letter or better. Never assessed with a gate set = fails ("not assessed"):
// a gate that let unassessed models through would gate nothing. Pure: the server reads target
// rows and submissions and asks these functions.
import type { Lifecycle } from "@/lib/domain/kinds";
import { meetsRating } from "./path-to-rating";
import type { Rating } from "./score";

/** One version of a target as stored (RatingTarget rows). */
export interface TargetVersion {
  lifecycle: Lifecycle;
  /** null = the organisation's. */
  teamId: string | null;
  /** null = no gate. */
  rating: Rating | null;
  createdAt: Date;
  retiredAt: Date | null;
}

export type GateStatus = "PASS" | "FAIL" | "NONE";

export interface ResolvedTarget {
  rating: Rating | null;
  /** Where it comes from: the team's override, the organisation's target, or none set. */
  source: "team" | "organisation" | "none";
}

/** In force at `at`: created at or before it and not yet retired. */
export function inForce(t: Pick<TargetVersion, "createdAt" | "retiredAt">, at: Date): boolean {
  return t.createdAt <= at && (t.retiredAt === null || t.retiredAt > at);
}

/** The target for an entity of `lifecycle` owned by `teamId` at `at`: the team's override first. */
export function resolveTarget(
  versions: readonly TargetVersion[],
  lifecycle: Lifecycle,
  teamId: string | null,
  at: Date,
): ResolvedTarget {
  const live = versions.filter((t) => t.lifecycle === lifecycle && inForce(t, at));
  const team = teamId === null ? undefined : live.find((t) => t.teamId === teamId);
  if (team) return { rating: team.rating, source: "team" };
  const org = live.find((t) => t.teamId === null);
  if (org) return { rating: org.rating, source: "organisation" };
  return { rating: null, source: "none" };
}

export function gateStatus(rating: Rating | null, target: Rating | null): GateStatus {
  if (target === null) return "NONE";
  if (rating === null) return "FAIL";
  return meetsRating(rating, target) ? "PASS" : "FAIL";
}

/** Why a gate said what it said, in a sentence (the CI gate's and the badge's words). */
export function gateReason(rating: Rating | null, target: ResolvedTarget, lifecycle: Lifecycle): string {
  const where = target.source === "team" ? "the team's target" : "the organisation's target";
  const life = lifecycle.toLowerCase();
  if (target.rating === null) return `No target is set for ${life} entities.`;
  if (rating === null) return `Not assessed: ${where} for ${life} entities is ${target.rating} or better.`;
  return meetsRating(rating, target.rating)
    ? `Rated ${rating}; ${where} for ${life} entities is ${target.rating} or better.`
    : `Rated ${rating}, worse than ${target.rating}, ${where} for ${life} entities.`;
}

/**
 * Since when an entity has been failing its gate without a break, or null when it passes now (or
 * has no gate). The gate is re-evaluated at every moment something could change it: the entity's
 * creation, each submission (its rating from then on) and each target version starting or ending.
 * The entity's current lifecycle and team are used for the whole history (they are not versioned).
 */
export function failingSince(options: {
  createdAt: Date;
  lifecycle: Lifecycle;
  teamId: string | null;
  /** Its submitted debt assessments with the rating each froze, any order. */
  submissions: readonly { at: Date; rating: Rating | null }[];
  targets: readonly TargetVersion[];
  now: Date;
}): Date | null {
  const subs = [...options.submissions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const moments = new Set<number>([options.createdAt.getTime()]);
  for (const s of subs) moments.add(s.at.getTime());
  for (const t of options.targets) {
    moments.add(t.createdAt.getTime());
    if (t.retiredAt) moments.add(t.retiredAt.getTime());
  }
  const points = [...moments]
    .filter((m) => m >= options.createdAt.getTime() && m <= options.now.getTime())
    .sort((a, b) => a - b);
  let since: Date | null = null;
  let i = 0;
  let rating: Rating | null = null;
  for (const m of points) {
    const at = new Date(m);
    while (i < subs.length && subs[i]!.at.getTime() <= m) rating = subs[i++]!.rating;
    const target = resolveTarget(options.targets, options.lifecycle, options.teamId, at).rating;
    if (gateStatus(rating, target) === "FAIL") since ??= at;
    else since = null;
  }
  return since;
}

export interface GateSummary {
  /** Entities with a gate (a target set for their lifecycle). */
  gated: number;
  failing: number;
  /** The longest-running failure's start, null when none fails. */
  failingSince: Date | null;
  /** A team or the organisation passes when none of its gated entities fails. */
  status: GateStatus;
}

export function summarizeGates(gates: readonly { status: GateStatus; since: Date | null }[]): GateSummary {
  const gated = gates.filter((g) => g.status !== "NONE");
  const failing = gated.filter((g) => g.status === "FAIL");
  const since = failing.reduce<Date | null>((min, g) => (g.since && (!min || g.since < min) ? g.since : min), null);
  return {
    gated: gated.length,
    failing: failing.length,
    failingSince: since,
    status: gated.length === 0 ? "NONE" : failing.length > 0 ? "FAIL" : "PASS",
  };
}
