// The scopes a person may start a review of (teams they maintain, every team and the whole
// organisation for admins), each with the default start of its next period: where its last
// closed review ended, else 30 days ago.
import "server-only";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import { defaultPeriodStart } from "@/lib/domain/review/params";
import { db } from "@/lib/server/db/client";

export interface ReviewScope {
  /** "" = the whole organisation. */
  teamId: string;
  name: string;
  defaultStart: Date;
  /** The review the next one continues from, if any. */
  lastClosedId: string | null;
}

export async function listReviewScopes(options: { principal: Principal | null; now: Date }): Promise<ReviewScope[]> {
  const [teams, closed] = await Promise.all([
    db().team.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().review.findMany({
      where: { status: "CLOSED" },
      distinct: ["teamId"],
      orderBy: [{ teamId: "asc" }, { periodEnd: "desc" }],
      select: { id: true, teamId: true, periodEnd: true },
    }),
  ]);
  const last = new Map(closed.map((r) => [r.teamId ?? "", r]));
  const scope = (teamId: string, name: string): ReviewScope => ({
    teamId,
    name,
    defaultStart: defaultPeriodStart(last.get(teamId)?.periodEnd ?? null, options.now),
    lastClosedId: last.get(teamId)?.id ?? null,
  });
  return [
    ...(can(options.principal, "review:run", { teamId: null }) ? [scope("", "Whole organisation")] : []),
    ...teams.filter((t) => can(options.principal, "review:run", { teamId: t.id })).map((t) => scope(t.id, t.name)),
  ];
}
