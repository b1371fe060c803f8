// Writes an import plan inside the caller's transaction: teams, entities (version bumped, one
// audit event each), relations, archives, memberships, and one "import.apply" summary event.
// New entities, their kind rows, relations and audit events are written in chunked batches
// (batches.ts), so a batch of any size stays under Postgres's bind-parameter limit.
import type { Principal } from "@/lib/domain/auth/permissions";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityDraft } from "@/lib/domain/catalog-yaml/fields";
import { bulkInsert, textArrayLiteral } from "@/lib/server/db/bulk-insert";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Tx } from "@/lib/server/db/client";
import { CHUNK, chunked, entityIdsByRef, inChunks, newId, upsertDeclaredRelations } from "./batches";
import { auditSnapshot, entityColumns, kindRow, toDraft } from "./entity-draft";
import type { ImportPlan } from "./plan-import";
import { syncCurrentScores } from "@/lib/server/scoring/sync-current-scores";

export async function applyPlan(tx: Tx, plan: ImportPlan, principal: Principal): Promise<void> {
  const teamIds = new Map<string, string>();
  for (const t of plan.work.teams) {
    const data = { name: t.draft.title, description: t.draft.description, archivedAt: null };
    const row = t.id
      ? await tx.team.update({ where: { id: t.id }, data, select: { id: true } })
      : await tx.team.create({ data: { slug: t.draft.name, ...data }, select: { id: true } });
    teamIds.set(t.draft.name, row.id);
  }
  const slugs = [...new Set(plan.work.entities.flatMap((e) => (e.draft.team ? [e.draft.team] : [])))].filter(
    (s) => !teamIds.has(s),
  );
  const owners = await inChunks(slugs, (chunk) =>
    tx.team.findMany({ where: { slug: { in: chunk } }, select: { id: true, slug: true } }),
  );
  for (const t of owners) teamIds.set(t.slug, t.id);

  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const audit = (
    action: string,
    targetType: string,
    targetId: string,
    teamId: string | null,
    before: Prisma.InputJsonValue | null,
    after: Prisma.InputJsonValue | null,
  ) =>
    audits.push({
      actorId: principal.userId,
      tokenId: principal.token?.id ?? null,
      action,
      targetType,
      targetId,
      teamId,
      before: before ?? undefined,
      after: after ?? undefined,
    });

  await createEntities(tx, plan, teamIds, principal, audit);
  for (const { draft, stored } of plan.work.entities) {
    if (!stored) continue;
    const teamId = draft.team ? (teamIds.get(draft.team) ?? null) : null;
    const row = kindRow(draft);
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
    audit(
      stored.archivedAt ? "entity.restore" : "entity.update",
      "Entity",
      stored.id,
      teamId ?? stored.teamId,
      auditSnapshot(toDraft(stored)),
      auditSnapshot(draft),
    );
  }

  if (plan.work.relationsToCreate.length > 0) {
    const idOf = await entityIdsByRef(
      tx,
      plan.work.relationsToCreate.flatMap((r) => [r.from, r.to]),
    );
    const keys = plan.work.relationsToCreate.map((r) => {
      const fromId = idOf.get(`${r.from.kind}:${r.from.name}`);
      const toId = idOf.get(`${r.to.kind}:${r.to.name}`);
      if (!fromId || !toId)
        throw new Error(
          `Planned relation lost an end: ${formatRef(r.from.kind, r.from.name)} → ${formatRef(r.to.kind, r.to.name)}`,
        );
      return { fromId, toId, kind: r.kind };
    });
    const relationIds = await upsertDeclaredRelations(tx, keys);
    plan.work.relationsToCreate.forEach((r, i) => {
      const k = keys[i];
      const id = k && relationIds.get(`${k.kind}|${k.fromId}|${k.toId}`);
      if (!id)
        throw new Error(
          `Planned relation was not written: ${formatRef(r.from.kind, r.from.name)} → ${formatRef(r.to.kind, r.to.name)}`,
        );
      audit("relation.create", "Relation", id, null, null, {
        kind: r.kind,
        from: formatRef(r.from.kind, r.from.name),
        to: formatRef(r.to.kind, r.to.name),
      });
    });
  }
  const now = new Date();
  if (plan.work.relationIdsToArchive.length > 0) {
    for (const chunk of chunked(plan.work.relationIdsToArchive))
      await tx.relation.updateMany({ where: { id: { in: chunk } }, data: { archivedAt: now } });
    for (const id of plan.work.relationIdsToArchive) audit("relation.archive", "Relation", id, null, null, null);
  }
  for (const e of plan.work.entityIdsToArchive) {
    await tx.entity.update({
      where: { id: e.id },
      data: { archivedAt: now, version: { increment: 1 }, updatedById: principal.userId },
    });
    audit("entity.archive", "Entity", e.id, e.teamId, { archived: false }, { archived: true, by: "import --prune" });
  }
  // Re-owned, restored and pruned entities move between the pools of current scores.
  await syncCurrentScores(tx, [
    ...plan.work.entities.flatMap(({ stored }) => (stored ? [stored.id] : [])),
    ...plan.work.entityIdsToArchive.map((e) => e.id),
  ]);
  for (const m of plan.work.memberships) {
    const teamId =
      teamIds.get(m.teamSlug) ?? (await tx.team.findUnique({ where: { slug: m.teamSlug }, select: { id: true } }))?.id;
    if (!teamId) continue;
    await tx.membership.upsert({
      where: { userId_teamId: { userId: m.userId, teamId } },
      create: { userId: m.userId, teamId },
      update: {},
    });
    audit("membership.add", "User", m.userId, teamId, null, { team: m.teamSlug, role: "MEMBER" });
  }
  await writeAudits(tx, audits);
  await recordAuditEvent(tx, {
    actor: principal,
    action: "import.apply",
    targetType: "Catalog",
    after: { changes: plan.changes.length, unchanged: plan.unchanged, skipped: plan.skipped.length },
  });
}

type Audit = (
  action: string,
  targetType: string,
  targetId: string,
  teamId: string | null,
  before: Prisma.InputJsonValue | null,
  after: Prisma.InputJsonValue | null,
) => void;

/** The plan's new entities and their kind rows, in batches; one "entity.create" audit event each. */
async function createEntities(
  tx: Tx,
  plan: ImportPlan,
  teamIds: Map<string, string>,
  principal: Principal,
  audit: Audit,
): Promise<void> {
  const now = new Date();
  const created = plan.work.entities.flatMap(({ draft, stored }) =>
    stored ? [] : [{ id: newId(), draft, teamId: draft.team ? (teamIds.get(draft.team) ?? null) : null }],
  );
  if (created.length === 0) return;
  type Row = (typeof created)[number];
  await bulkInsert<Row>(
    tx,
    "Entity",
    [
      { name: "id", type: "text", value: (r) => r.id },
      { name: "kind", type: "text", cast: '"EntityKind"', value: (r) => r.draft.kind },
      { name: "name", type: "text", value: (r) => r.draft.name },
      { name: "title", type: "text", value: (r) => r.draft.title },
      { name: "description", type: "text", value: (r) => r.draft.description },
      { name: "teamId", type: "text", value: (r) => r.teamId },
      { name: "lifecycle", type: "text", cast: '"Lifecycle"', value: (r) => r.draft.lifecycle },
      {
        name: "links",
        type: "text",
        cast: "jsonb",
        value: (r) => JSON.stringify(entityColumns(r.draft, r.teamId).links),
      },
      { name: "tags", type: "text", cast: "text[]", value: (r) => textArrayLiteral(r.draft.tags) },
      { name: "updatedById", type: "text", value: () => principal.userId },
      { name: "updatedAt", type: "timestamptz", value: () => now },
    ],
    created,
    CHUNK,
  );
  const byKind = <K extends EntityDraft["kind"]>(kind: K) =>
    created.flatMap((c) =>
      c.draft.kind === kind ? [{ entityId: c.id, draft: c.draft as Extract<EntityDraft, { kind: K }> }] : [],
    );
  const entityId = { name: "entityId", type: "text", value: (r: { entityId: string }) => r.entityId } as const;
  await bulkInsert(
    tx,
    "Model",
    [
      entityId,
      { name: "task", type: "text", value: (r) => r.draft.model.task },
      { name: "servingMode", type: "text", cast: '"ServingMode"', value: (r) => r.draft.model.servingMode },
      { name: "trainingDataSnapshot", type: "text", value: (r) => r.draft.model.trainingDataSnapshot },
      { name: "calibratedOutputs", type: "bool", value: (r) => r.draft.model.calibratedOutputs },
      { name: "framework", type: "text", value: (r) => r.draft.model.framework },
    ],
    byKind("MODEL"),
    CHUNK,
  );
  await bulkInsert(
    tx,
    "Feature",
    [
      entityId,
      { name: "dataType", type: "text", cast: '"FeatureType"', value: (r) => r.draft.feature.dataType },
      { name: "nullable", type: "bool", value: (r) => r.draft.feature.nullable },
      { name: "derivation", type: "text", value: (r) => r.draft.feature.derivation },
    ],
    byKind("FEATURE"),
    CHUNK,
  );
  await bulkInsert(
    tx,
    "DataSource",
    [
      entityId,
      { name: "system", type: "text", value: (r) => r.draft.dataSource.system },
      { name: "versioned", type: "bool", value: (r) => r.draft.dataSource.versioned },
      { name: "dataOwner", type: "text", value: (r) => r.draft.dataSource.dataOwner },
      { name: "freshnessSlaHours", type: "int4", value: (r) => r.draft.dataSource.freshnessSlaHours },
    ],
    byKind("DATA_SOURCE"),
    CHUNK,
  );
  await bulkInsert(
    tx,
    "Consumer",
    [
      entityId,
      { name: "consumerType", type: "text", cast: '"ConsumerType"', value: (r) => r.draft.consumer.consumerType },
      { name: "declared", type: "bool", value: () => true },
    ],
    byKind("CONSUMER"),
    CHUNK,
  );
  for (const { id, draft, teamId } of created) audit("entity.create", "Entity", id, teamId, null, auditSnapshot(draft));
}

/** Audit rows in batches (values as parameters; absent before/after stay SQL NULL, as with createMany). */
async function writeAudits(tx: Tx, audits: Prisma.AuditEventCreateManyInput[]): Promise<void> {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await bulkInsert<Prisma.AuditEventCreateManyInput>(
    tx,
    "AuditEvent",
    [
      { name: "id", type: "text", value: () => newId() },
      { name: "actorId", type: "text", value: (a) => a.actorId ?? null },
      { name: "tokenId", type: "text", value: (a) => a.tokenId ?? null },
      { name: "action", type: "text", value: (a) => a.action },
      { name: "targetType", type: "text", value: (a) => a.targetType },
      { name: "targetId", type: "text", value: (a) => a.targetId ?? null },
      { name: "teamId", type: "text", value: (a) => a.teamId ?? null },
      { name: "before", type: "text", cast: "jsonb", value: (a) => json(a.before) },
      { name: "after", type: "text", cast: "jsonb", value: (a) => json(a.after) },
    ],
    audits,
    CHUNK,
  );
}
