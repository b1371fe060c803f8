// One page of the audit trail, newest first, with names for the people, tokens, teams and
// targets it mentions (looked up in batches, one query per kind of target).
import type { Prisma } from "@/lib/generated/prisma/client";
import { entityHref } from "@/lib/domain/format/labels";
import { db } from "@/lib/server/db/client";
import { auditWhere, type AuditQuery } from "@/lib/server/audit/audit-where";

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  token: { id: string; name: string; prefix: string } | null;
  targetType: string;
  targetId: string | null;
  target: { label: string; href: string | null } | null;
  team: { id: string; slug: string; name: string } | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
}

export async function listAuditEvents(
  query: AuditQuery,
  page: { skip: number; take: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = auditWhere(query);
  const [events, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
    db().auditEvent.count({ where }),
  ]);
  return { rows: await describeAuditEvents(events), total };
}

type EventWithActor = Prisma.AuditEventGetPayload<{
  include: { actor: { select: { id: true; name: true; email: true } } };
}>;

/** Adds token, team and target names to events (shared with the CSV export). */
export async function describeAuditEvents(events: readonly EventWithActor[]): Promise<AuditRow[]> {
  const ids = (type: string) => [
    ...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId as string)),
  ];
  const tokenIds = [...new Set([...events.flatMap((e) => (e.tokenId ? [e.tokenId] : [])), ...ids("ApiToken")])];
  const teamIds = [...new Set([...events.flatMap((e) => (e.teamId ? [e.teamId] : [])), ...ids("Team")])];
  const [tokens, teams, users, entities, assessments] = await Promise.all([
    tokenIds.length
      ? db().apiToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, name: true, prefix: true } })
      : [],
    teamIds.length
      ? db().team.findMany({ where: { id: { in: teamIds } }, select: { id: true, slug: true, name: true } })
      : [],
    ids("User").length
      ? db().user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } })
      : [],
    ids("Entity").length
      ? db().entity.findMany({ where: { id: { in: ids("Entity") } }, select: { id: true, kind: true, name: true } })
      : [],
    ids("Assessment").length
      ? db().assessment.findMany({
          where: { id: { in: ids("Assessment") } },
          select: { id: true, entity: { select: { kind: true, name: true } } },
        })
      : [],
  ]);
  const tokenById = new Map(tokens.map((t) => [t.id, t]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const assessmentById = new Map(assessments.map((a) => [a.id, a.entity]));

  const targetOf = (e: EventWithActor): AuditRow["target"] => {
    if (!e.targetId) return null;
    switch (e.targetType) {
      case "User": {
        const u = userById.get(e.targetId);
        return u ? { label: u.name, href: `/settings/members/${u.id}` } : null;
      }
      case "ApiToken": {
        const t = tokenById.get(e.targetId);
        return t ? { label: `${t.name} (${t.prefix}…)`, href: null } : null;
      }
      case "Team": {
        const t = teamById.get(e.targetId);
        return t ? { label: t.name, href: `/teams/${t.slug}` } : null;
      }
      case "Entity": {
        const x = entityById.get(e.targetId);
        return x ? { label: x.name, href: entityHref(x.kind, x.name) } : null;
      }
      case "Assessment": {
        const x = assessmentById.get(e.targetId);
        return x ? { label: `of ${x.name}`, href: entityHref(x.kind, x.name) } : null;
      }
      default:
        return null;
    }
  };

  return events.map((e) => ({
    id: e.id,
    at: e.at,
    action: e.action,
    // The name and email stored when the row was written; rows from before they were stored show today's.
    actor: e.actor ? { id: e.actor.id, name: e.actorName ?? e.actor.name, email: e.actorEmail ?? e.actor.email } : null,
    token: e.tokenId ? (tokenById.get(e.tokenId) ?? { id: e.tokenId, name: "API token", prefix: "" }) : null,
    targetType: e.targetType,
    targetId: e.targetId,
    target: targetOf(e),
    team: e.teamId ? (teamById.get(e.teamId) ?? null) : null,
    before: e.before,
    after: e.after,
  }));
}
