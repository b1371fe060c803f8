// Principal against planned pay-down, per quarter, for one team or the organisation: principal on
// each quarter's last day from ScoreSnapshot (TEAM or ORG scope, all categories), and the estimates
// of action items due (planned) and completed (done) in each quarter. Quarter bucketing is pure
// (lib/domain/action-items/quarters.ts); this only fetches.
import "server-only";
import { paydownSeries, quarterOf, type PaydownPoint } from "@/lib/domain/action-items/quarters";
import { db } from "@/lib/server/db/client";

export interface PaydownSeries {
  /** The team's name, or null for the organisation. */
  teamName: string | null;
  points: PaydownPoint[];
}

export async function getPaydownSeries(options: {
  teamId?: string | null;
  quarters?: number;
  now?: Date;
}): Promise<PaydownSeries> {
  const now = options.now ?? new Date();
  const span = options.quarters ?? 6;
  // The window: `span` quarters ending with the one after the current (items are planned ahead).
  const current = quarterOf(now).start;
  const from = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 3 * (span - 2), 1));
  const to = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() + 3, 1));
  const toEnd = quarterOf(to).lastDay;
  const teamId = options.teamId ?? null;
  const [team, before, inWindow, items] = await Promise.all([
    teamId ? db().team.findUnique({ where: { id: teamId }, select: { name: true } }) : null,
    // The last snapshot before the window carries principal into its first quarter.
    db().scoreSnapshot.findFirst({
      where: { scope: teamId ? "TEAM" : "ORG", categoryId: null, ...(teamId ? { teamId } : {}), takenOn: { lt: from } },
      orderBy: { takenOn: "desc" },
      select: { takenOn: true, principalDays: true },
    }),
    db().scoreSnapshot.findMany({
      where: {
        scope: teamId ? "TEAM" : "ORG",
        categoryId: null,
        ...(teamId ? { teamId } : {}),
        takenOn: { gte: from, lte: now },
      },
      orderBy: { takenOn: "asc" },
      select: { takenOn: true, principalDays: true },
    }),
    db().actionItem.findMany({
      where: {
        ...(teamId ? { teamId } : {}),
        OR: [{ dueDate: { gte: from, lte: toEnd } }, { completedAt: { gte: from, lte: toEnd } }],
      },
      select: { dueDate: true, completedAt: true, status: true, estimateDays: true },
    }),
  ]);
  const points = paydownSeries({ snapshots: before ? [before, ...inWindow] : inWindow, items }, from, toEnd);
  // Principal is known up to today: quarters that have not started yet have none.
  const currentKey = quarterOf(now).key;
  return {
    teamName: team?.name ?? null,
    points: points.map((p) => (p.quarter > currentKey ? { ...p, principal: null } : p)),
  };
}
