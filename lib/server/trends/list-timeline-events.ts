// Events for a trend's timeline between two days: debt reviews started and closed (the team's
// own and the organisation-wide ones; every review for the organisation), and large catalogue
// imports (lib/domain/trends/events.ts defines "large"), which affect every scope. Two indexed
// range reads; imports are few, so their size is judged on the rows read.
import "server-only";
import { db } from "@/lib/server/db/client";
import { importChangeCount, LARGE_IMPORT_MIN_CHANGES, type TimelineEventKind } from "@/lib/domain/trends/events";

export interface TimelineEvent {
  id: string;
  kind: TimelineEventKind;
  at: Date;
  title: string;
  href: string | null;
  /** For imports: the number of catalogue changes; for reviews: the team's name or "Organisation". */
  detail: string;
}

export interface ListTimelineEventsOptions {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  /** A team's timeline: its reviews and the organisation's; omitted = every review. */
  teamId?: string;
  /** An entity's timeline: its owning team's reviews and the organisation's (orphans: the organisation's). */
  entityId?: string;
}

export async function listTimelineEvents(options: ListTimelineEventsOptions): Promise<TimelineEvent[]> {
  const gte = new Date(`${options.from}T00:00:00Z`);
  const lt = new Date(new Date(`${options.to}T00:00:00Z`).getTime() + 86_400_000);
  const inRange = { gte, lt };
  const teamId = options.entityId
    ? ((await db().entity.findUnique({ where: { id: options.entityId }, select: { teamId: true } }))?.teamId ?? null)
    : options.teamId;
  const teamFilter =
    teamId === undefined ? {} : teamId === null ? { teamId: null } : { OR: [{ teamId }, { teamId: null }] };
  const [reviews, imports, targets] = await Promise.all([
    db().review.findMany({
      where: { AND: [teamFilter, { OR: [{ startedAt: inRange }, { closedAt: inRange }] }] },
      select: { id: true, title: true, startedAt: true, closedAt: true, team: { select: { name: true } } },
      orderBy: { startedAt: "asc" },
      take: 200,
    }),
    db().importRun.findMany({
      where: { status: "APPLIED", dryRun: false, createdAt: inRange },
      select: { id: true, source: true, createdAt: true, summary: true },
      orderBy: { createdAt: "asc" },
      take: 500,
    }),
    // Target changes: the organisation's mark every timeline, a team's override its own.
    db().ratingTarget.findMany({
      where: { AND: [teamFilter, { OR: [{ createdAt: inRange }, { retiredAt: inRange, teamId: { not: null } }] }] },
      select: {
        id: true,
        lifecycle: true,
        rating: true,
        version: true,
        createdAt: true,
        retiredAt: true,
        team: { select: { name: true } },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
    }),
  ]);
  const within = (d: Date | null): d is Date => d !== null && d >= gte && d < lt;
  const events: TimelineEvent[] = [];
  for (const r of reviews) {
    const detail = r.team?.name ?? "Organisation";
    if (within(r.startedAt))
      events.push({
        id: `${r.id}:start`,
        kind: "review-started",
        at: r.startedAt,
        title: r.title,
        href: `/review/${r.id}`,
        detail,
      });
    if (within(r.closedAt))
      events.push({
        id: `${r.id}:close`,
        kind: "review-closed",
        at: r.closedAt,
        title: r.title,
        href: `/review/${r.id}`,
        detail,
      });
  }
  for (const run of imports) {
    const changes = importChangeCount(run.summary);
    if (changes < LARGE_IMPORT_MIN_CHANGES) continue;
    events.push({
      id: run.id,
      kind: "import",
      at: run.createdAt,
      title: run.source === "SEED" ? "Seed import" : `Catalogue import (${run.source.toLowerCase()})`,
      href: null,
      detail: `${changes} changes`,
    });
  }
  for (const t of targets) {
    const life = t.lifecycle.toLowerCase();
    const detail = t.team?.name ?? "Organisation";
    if (within(t.createdAt))
      events.push({
        id: `${t.id}:set`,
        kind: "gate-change",
        at: t.createdAt,
        title: `Target for ${life}: ${t.rating ? `${t.rating} or better` : "no gate"} (v${t.version})`,
        href: "/settings/gates",
        detail,
      });
    // A team's override dropped without a successor: the organisation's target applies again.
    if (
      t.team &&
      within(t.retiredAt) &&
      !targets.some(
        (n) =>
          n.createdAt.getTime() === t.retiredAt?.getTime() &&
          n.team?.name === t.team?.name &&
          n.lifecycle === t.lifecycle,
      )
    )
      events.push({
        id: `${t.id}:drop`,
        kind: "gate-change",
        at: t.retiredAt,
        title: `Override for ${life} dropped: the organisation's target applies`,
        href: "/settings/gates",
        detail,
      });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
