// Writes an import plan inside the caller's transaction: teams, entities (version bumped, one
// audit event each), relations, archives, memberships, and one "import.apply" summary event.
import type { Principal } from "@/lib/domain/auth/permissions";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Tx } from "@/lib/server/db/client";
import { auditSnapshot, entityColumns, kindRow, toDraft } from "./entity-draft";
import type { ImportPlan } from "./plan-import";

export async function applyPlan(tx: Tx, plan: ImportPlan, principal: Principal): Promise<void> {
  const teamIds = new Map<string, string>();
  for (const t of plan.work.teams) {
    const data = { name: t.draft.title, description: t.draft.description, archivedAt: null };
    const row = t.id
      ? await tx.team.update({ where: { id: t.id }, data, select: { id: true } })
      : await tx.team.create({ data: { slug: t.draft.name, ...data }, select: { id: true } });
    teamIds.set(t.draft.name, row.id);
  }
  const slugs = [...new Set(plan.work.entities.flatMap((e) => (e.draft.team ? [e.draft.team] : [])))].filter((s) => !teamIds.has(s));
  for (const t of await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })) teamIds.set(t.slug, t.id);

  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const audit = (action: string, targetType: string, targetId: string, teamId: string | null, before: Prisma.InputJsonValue | null, after: Prisma.InputJsonValue | null) =>
    audits.push({ actorId: principal.userId, tokenId: principal.token?.id ?? null, action, targetType, targetId, teamId, before: before ?? undefined, after: after ?? undefined });

  for (const { draft, stored } of plan.work.entities) {
    const teamId = draft.team ? (teamIds.get(draft.team) ?? null) : null;
    const row = kindRow(draft);
    if (!stored) {
      const created = await tx.entity.create({
        data: { kind: draft.kind, name: draft.name, ...entityColumns(draft, teamId), updatedById: principal.userId, ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { create: v }])) },
        select: { id: true },
      });
      audit("entity.create", "Entity", created.id, teamId, null, auditSnapshot(draft));
      continue;
    }
    await tx.entity.update({
      where: { id: stored.id },
      data: {
        ...entityColumns(draft, teamId),
        archivedAt: null,
        version: { increment: 1 },
        updatedById: principal.userId,
        ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { upsert: { create: v, update: v } }])),
      },
    });
    audit(stored.archivedAt ? "entity.restore" : "entity.update", "Entity", stored.id, teamId ?? stored.teamId, auditSnapshot(toDraft(stored)), auditSnapshot(draft));
  }

  if (plan.work.relationsToCreate.length > 0) {
    const refs = plan.work.relationsToCreate.flatMap((r) => [r.from, r.to]);
    const ids = await tx.entity.findMany({ where: { OR: refs.map((r) => ({ kind: r.kind, name: r.name })) }, select: { id: true, kind: true, name: true } });
    const idOf = new Map(ids.map((e) => [`${e.kind}:${e.name}`, e.id]));
    for (const r of plan.work.relationsToCreate) {
      const fromId = idOf.get(`${r.from.kind}:${r.from.name}`);
      const toId = idOf.get(`${r.to.kind}:${r.to.name}`);
      if (!fromId || !toId) throw new Error(`Planned relation lost an end: ${formatRef(r.from.kind, r.from.name)} → ${formatRef(r.to.kind, r.to.name)}`);
      const rel = await tx.relation.upsert({
        where: { fromId_toId_kind: { fromId, toId, kind: r.kind } },
        create: { fromId, toId, kind: r.kind },
        update: { origin: "DECLARED", archivedAt: null },
        select: { id: true },
      });
      audit("relation.create", "Relation", rel.id, null, null, { kind: r.kind, from: formatRef(r.from.kind, r.from.name), to: formatRef(r.to.kind, r.to.name) });
    }
  }
  const now = new Date();
  if (plan.work.relationIdsToArchive.length > 0) {
    await tx.relation.updateMany({ where: { id: { in: plan.work.relationIdsToArchive } }, data: { archivedAt: now } });
    for (const id of plan.work.relationIdsToArchive) audit("relation.archive", "Relation", id, null, null, null);
  }
  for (const e of plan.work.entityIdsToArchive) {
    await tx.entity.update({ where: { id: e.id }, data: { archivedAt: now, version: { increment: 1 }, updatedById: principal.userId } });
    audit("entity.archive", "Entity", e.id, e.teamId, { archived: false }, { archived: true, by: "import --prune" });
  }
  for (const m of plan.work.memberships) {
    const teamId = teamIds.get(m.teamSlug) ?? (await tx.team.findUnique({ where: { slug: m.teamSlug }, select: { id: true } }))?.id;
    if (!teamId) continue;
    await tx.membership.upsert({ where: { userId_teamId: { userId: m.userId, teamId } }, create: { userId: m.userId, teamId }, update: {} });
    audit("membership.add", "User", m.userId, teamId, null, { team: m.teamSlug, role: "MEMBER" });
  }
  if (audits.length > 0) await tx.auditEvent.createMany({ data: audits });
  await recordAuditEvent(tx, {
    actor: principal,
    action: "import.apply",
    targetType: "Catalog",
    after: { changes: plan.changes.length, unchanged: plan.unchanged, skipped: plan.skipped.length },
  });
}
