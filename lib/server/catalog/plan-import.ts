// What importing a batch would do, worked out against the catalogue as it stands: every create,
// change and archive, every skipped item, and every problem (unknown owner, a reference to
// nothing, a team the importer may not change). Used as is for a dry run, and inside the apply
// transaction so the plan applied is the plan checked.
//
// What "archived" means on import: a document's declared relations are replaced by the ones it
// lists (dropped ones are archived; observed ones are never touched). Entities are archived only
// with `prune`: then every active entity owned by a team that appears in the batch (as a Team
// document or as an owner) but is absent from the batch is archived; or when named in `archive`
// (a connector's own prune: what an earlier run of it brought in and its source no longer has).
import { can, type Principal } from "@/lib/domain/auth/permissions";
import type { EntityDraft } from "@/lib/domain/catalog-yaml/fields";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { FIELD_OF, RELATION_ENDS, RELATION_KINDS, type RelationKind } from "@/lib/domain/catalog-yaml/relations";
import type { CatalogBatch, CatalogIssue, EntityRef, SkippedItem, TeamDraft } from "@/lib/domain/catalog-yaml/types";
import type { EntityKind } from "@/lib/domain/kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/client";
import { inChunks } from "./batches";
import { DRAFT_SELECT, sameDraft, toDraft, type StoredEntity } from "./entity-draft";

export type ChangeAction = "create" | "update" | "restore" | "archive";
export interface PlannedChange {
  action: ChangeAction;
  /**
   * "evidence": a connector's checklist evidence on an entity (lib/server/connectors/item-evidence.ts);
   * "signals": a connector's per-entity numbers (the dbt connector's DbtNode rows).
   */
  type: "team" | "entity" | "relation" | "membership" | "evidence" | "signals";
  /** e.g. "model:ctr-v3", "team:team-ranking", "feature:clicks-7d → model:ctr-v3". */
  ref: string;
}

export interface ImportPlan {
  issues: CatalogIssue[];
  skipped: SkippedItem[];
  changes: PlannedChange[];
  unchanged: number;
  /** Internal: what apply needs. */
  work: {
    teams: { draft: TeamDraft; id: string | null }[];
    entities: { draft: EntityDraft; stored: StoredEntity | null }[];
    relationsToCreate: { kind: RelationKind; from: EntityRef; to: EntityRef }[];
    relationIdsToArchive: string[];
    entityIdsToArchive: { id: string; teamId: string | null; ref: string }[];
    memberships: { teamSlug: string; userId: string }[];
  };
}

const key = (r: EntityRef) => `${r.kind}:${r.name}`;

export async function planImport(
  tx: Tx,
  batch: CatalogBatch,
  principal: Principal,
  options: { prune: boolean; archive?: readonly EntityRef[] },
): Promise<ImportPlan> {
  const plan: ImportPlan = {
    issues: [...batch.issues],
    skipped: [...batch.skipped],
    changes: [],
    unchanged: 0,
    work: {
      teams: [],
      entities: [],
      relationsToCreate: [],
      relationIdsToArchive: [],
      entityIdsToArchive: [],
      memberships: [],
    },
  };
  if (plan.issues.length > 0) return plan;

  // Teams: the batch's own, plus every owner named.
  const slugs = new Set([
    ...batch.teams.map((t) => t.value.name),
    ...batch.entities.flatMap((e) => (e.value.team ? [e.value.team] : [])),
    ...batch.memberships.map((m) => m.team),
  ]);
  const teams = await inChunks([...slugs], (chunk) =>
    tx.team.findMany({
      where: { slug: { in: chunk } },
      select: { id: true, slug: true, name: true, description: true, archivedAt: true },
    }),
  );
  const teamBySlug = new Map(teams.map((t) => [t.slug, t]));
  const inBatchTeams = new Set(batch.teams.map((t) => t.value.name));
  const admin = can(principal, "org:admin", { teamId: null });

  for (const t of batch.teams) {
    const stored = teamBySlug.get(t.value.name);
    const ref = `team:${t.value.name}`;
    if (!stored) {
      if (!admin)
        plan.issues.push({
          ...t.at,
          path: "metadata.name",
          message: `Team ${t.value.name} does not exist, and only organisation admins may create teams.`,
        });
      else plan.changes.push({ action: "create", type: "team", ref });
      plan.work.teams.push({ draft: t.value, id: null });
      continue;
    }
    const same = stored.name === t.value.title && stored.description === t.value.description && !stored.archivedAt;
    if (same) plan.unchanged++;
    else if (!can(principal, "catalog:write", { teamId: stored.id }))
      plan.issues.push({ ...t.at, path: "metadata", message: `You may not change team ${t.value.name}.` });
    else {
      plan.changes.push({ action: stored.archivedAt ? "restore" : "update", type: "team", ref });
      plan.work.teams.push({ draft: t.value, id: stored.id });
    }
  }

  // Entities: compare each draft with what is stored.
  const names = new Map<EntityKind, Set<string>>();
  const want = (r: EntityRef) => (names.get(r.kind) ?? names.set(r.kind, new Set()).get(r.kind))?.add(r.name);
  batch.entities.forEach((e) => want(e.value));
  batch.relations.forEach((r) => (want(r.from), want(r.to)));
  // Chunked: a batch may name more entities than one statement may carry parameters.
  const stored: StoredEntity[] = [];
  for (const [kind, set] of names)
    stored.push(
      ...(await inChunks([...set], (chunk) =>
        tx.entity.findMany({ where: { kind, name: { in: chunk } }, select: DRAFT_SELECT }),
      )),
    );
  const storedByKey = new Map(stored.map((s) => [key(s), s]));
  const inBatch = new Set(batch.entities.map((e) => key(e.value)));
  const allowed = (teamId: string | null) => can(principal, "catalog:write", { teamId });
  /** Documents already refused for want of rights (one problem each is enough). */
  const refusedOwners = new Set<string>();

  for (const e of batch.entities) {
    const draft = { ...e.value };
    const ref = formatRef(draft.kind, draft.name);
    if (draft.team && !teamBySlug.get(draft.team) && !inBatchTeams.has(draft.team)) {
      if (e.at.lenient) {
        plan.skipped.push({
          ...e.at,
          reason: `Owner team ${draft.team} is not catalogued; imported without an owner.`,
        });
        draft.team = null;
      } else {
        plan.issues.push({
          ...e.at,
          path: "spec.owner",
          message: `There is no team "${draft.team}" (add a Team document or create it first).`,
        });
        continue;
      }
    }
    const s = storedByKey.get(key(draft)) ?? null;
    const newTeamId = draft.team ? (teamBySlug.get(draft.team)?.id ?? null) : null;
    const change = !s ? "create" : s.archivedAt ? "restore" : sameDraft(toDraft(s), draft) ? null : "update";
    if (!change) {
      plan.unchanged++;
      continue;
    }
    // A team created by this batch is the (admin) importer's to fill.
    const newOk = draft.team && !teamBySlug.get(draft.team) ? admin : allowed(newTeamId);
    if (!newOk || (s && !allowed(s.teamId))) {
      refusedOwners.add(key(draft));
      const owner =
        s && !allowed(s.teamId)
          ? "owned by a team you do not maintain"
          : draft.team
            ? `owned by ${draft.team}, which you do not maintain`
            : "unowned (only admins may change unowned entities)";
      plan.issues.push({ ...e.at, path: "spec.owner", message: `You may not change ${ref}: it is ${owner}.` });
      continue;
    }
    plan.changes.push({ action: change, type: "entity", ref });
    plan.work.entities.push({ draft, stored: s });
  }

  // Relations: each document's declared relations are replaced by those it lists. That changes
  // the declaring entity, so it needs rights on its team even when its own fields are unchanged
  // (new entities were checked above, with their owner).
  const atOf = new Map(batch.entities.map((e) => [key(e.value), e.at]));
  const mayChangeRelationsOf = (owner: EntityRef, path: string): boolean => {
    const s = storedByKey.get(key(owner));
    if (!s || allowed(s.teamId)) return true;
    if (!refusedOwners.has(key(owner))) {
      refusedOwners.add(key(owner));
      const at = atOf.get(key(owner)) ?? {
        file: "(batch)",
        index: 0,
        kind: null,
        name: formatRef(owner.kind, owner.name),
      };
      plan.issues.push({
        ...at,
        path,
        message: `You may not change the relations of ${formatRef(owner.kind, owner.name)}: it is owned by a team you do not maintain.`,
      });
    }
    return false;
  };
  const ownersInBatch = stored.filter((s) => inBatch.has(key(s)));
  // Per relation kind, the declared relations whose owning end is one of the batch's entities
  // (a kind fixes the kind of its owning end, so owners of that kind are all that can match).
  const existing = [];
  for (const k of RELATION_KINDS) {
    const { owner } = FIELD_OF[k];
    const ownerIds = ownersInBatch.filter((o) => o.kind === RELATION_ENDS[k][owner]).map((o) => o.id);
    existing.push(
      ...(await inChunks(ownerIds, (chunk) =>
        tx.relation.findMany({
          where: {
            origin: "DECLARED",
            kind: k,
            ...(owner === "to" ? { toId: { in: chunk } } : { fromId: { in: chunk } }),
          },
          select: {
            id: true,
            kind: true,
            archivedAt: true,
            from: { select: { kind: true, name: true } },
            to: { select: { kind: true, name: true } },
          },
        }),
      )),
    );
  }
  const existingByKey = new Map(existing.map((r) => [`${r.kind}|${key(r.from)}|${key(r.to)}`, r]));
  const observed = await observedRelations(tx, batch, storedByKey);
  const wanted = new Set<string>();
  for (const r of batch.relations) {
    const k = `${r.kind}|${key(r.from)}|${key(r.to)}`;
    const other = FIELD_OF[r.kind].owner === "to" ? r.from : r.to;
    if (!storedByKey.has(key(other)) && !inBatch.has(key(other))) {
      if (r.at.lenient)
        plan.skipped.push({
          ...r.at,
          reason: `${r.at.path} → ${formatRef(other.kind, other.name)} is not catalogued.`,
        });
      else
        plan.issues.push({
          ...r.at,
          message: `${formatRef(other.kind, other.name)} is neither in the catalogue nor in this import.`,
        });
      continue;
    }
    wanted.add(k);
    const e = existingByKey.get(k);
    if (e && !e.archivedAt) {
      plan.unchanged++;
      continue;
    }
    if (!mayChangeRelationsOf(r.owner, r.at.path)) continue;
    plan.changes.push({
      action: e ? "restore" : observed.has(k) ? "update" : "create",
      type: "relation",
      ref: `${formatRef(r.from.kind, r.from.name)} → ${formatRef(r.to.kind, r.to.name)}`,
    });
    plan.work.relationsToCreate.push({ kind: r.kind, from: r.from, to: r.to });
  }
  for (const [k, r] of existingByKey) {
    if (wanted.has(k) || r.archivedAt) continue;
    if (!mayChangeRelationsOf(FIELD_OF[r.kind].owner === "to" ? r.to : r.from, `spec.${FIELD_OF[r.kind].field}`))
      continue;
    plan.changes.push({
      action: "archive",
      type: "relation",
      ref: `${formatRef(r.from.kind, r.from.name)} → ${formatRef(r.to.kind, r.to.name)}`,
    });
    plan.work.relationIdsToArchive.push(r.id);
  }

  if (options.prune) await planPrune(tx, batch, plan, teamBySlug, inBatch, principal);
  if (options.archive?.length) await planArchive(tx, options.archive, plan, inBatch, principal);
  await planMemberships(tx, batch, plan, admin);
  return plan;
}

async function observedRelations(
  tx: Tx,
  batch: CatalogBatch,
  storedByKey: Map<string, StoredEntity>,
): Promise<Set<string>> {
  const pairs = batch.relations.flatMap((r) => {
    const from = storedByKey.get(key(r.from));
    const to = storedByKey.get(key(r.to));
    return from && to ? [{ fromId: from.id, toId: to.id, kind: r.kind }] : [];
  });
  if (pairs.length === 0) return new Set();
  // Three array parameters whatever the batch's size.
  const rows = await tx.$queryRaw<{ key: string }[]>(Prisma.sql`
    SELECT r.kind::text || '|' || f.kind::text || ':' || f.name || '|' || t.kind::text || ':' || t.name AS key
    FROM unnest(${pairs.map((p) => p.fromId)}::text[], ${pairs.map((p) => p.toId)}::text[], ${pairs.map((p) => p.kind)}::text[]) AS u("fromId", "toId", kind)
    JOIN "Relation" r ON r."fromId" = u."fromId" AND r."toId" = u."toId" AND r.kind = u.kind::"RelationKind" AND r.origin = 'OBSERVED'
    JOIN "Entity" f ON f.id = r."fromId"
    JOIN "Entity" t ON t.id = r."toId"`);
  return new Set(rows.map((r) => r.key));
}

async function planPrune(
  tx: Tx,
  batch: CatalogBatch,
  plan: ImportPlan,
  teamBySlug: Map<string, { id: string }>,
  inBatch: Set<string>,
  principal: Principal,
) {
  const present = new Set([
    ...batch.teams.map((t) => t.value.name),
    ...batch.entities.flatMap((e) => (e.value.team ? [e.value.team] : [])),
  ]);
  const teamIds = [...present].flatMap((s) => (teamBySlug.get(s) ? [teamBySlug.get(s)?.id ?? ""] : []));
  if (teamIds.length === 0) return;
  const owned = await inChunks(teamIds, (chunk) =>
    tx.entity.findMany({
      where: { teamId: { in: chunk }, archivedAt: null },
      select: { id: true, kind: true, name: true, teamId: true },
    }),
  );
  for (const o of owned) {
    if (inBatch.has(key(o))) continue;
    const ref = formatRef(o.kind, o.name);
    if (!can(principal, "catalog:write", { teamId: o.teamId })) {
      plan.skipped.push({
        file: "(prune)",
        index: 0,
        kind: null,
        name: ref,
        reason: "Not archived: you do not maintain its team.",
      });
      continue;
    }
    plan.changes.push({ action: "archive", type: "entity", ref });
    plan.work.entityIdsToArchive.push({ id: o.id, teamId: o.teamId, ref });
  }
}

/** Archives the named entities that are active and not in the batch; ones the importer may not change are skipped. */
async function planArchive(
  tx: Tx,
  refs: readonly EntityRef[],
  plan: ImportPlan,
  inBatch: Set<string>,
  principal: Principal,
) {
  const wanted = refs.filter((r) => !inBatch.has(key(r)));
  const already = new Set(plan.work.entityIdsToArchive.map((e) => e.id));
  const rows = await inChunks(wanted, (chunk) =>
    tx.entity.findMany({
      where: { archivedAt: null, OR: chunk.map((r) => ({ kind: r.kind, name: r.name })) },
      select: { id: true, kind: true, name: true, teamId: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
  );
  for (const o of rows) {
    if (already.has(o.id)) continue;
    const ref = formatRef(o.kind, o.name);
    if (!can(principal, "catalog:write", { teamId: o.teamId })) {
      plan.skipped.push({
        file: "(archive)",
        index: 0,
        kind: null,
        name: ref,
        reason: "Not archived although its source no longer has it: you do not maintain its team.",
      });
      continue;
    }
    plan.changes.push({ action: "archive", type: "entity", ref });
    plan.work.entityIdsToArchive.push({ id: o.id, teamId: o.teamId, ref });
  }
}

async function planMemberships(tx: Tx, batch: CatalogBatch, plan: ImportPlan, admin: boolean) {
  if (batch.memberships.length === 0) return;
  const teamSlugs = [...new Set(batch.memberships.map((m) => m.team))];
  const known = new Set([
    ...batch.teams.map((t) => t.value.name),
    ...(
      await inChunks(teamSlugs, (chunk) => tx.team.findMany({ where: { slug: { in: chunk } }, select: { slug: true } }))
    ).map((t) => t.slug),
  ]);
  const userNames = [...new Set(batch.memberships.map((m) => m.user))];
  const users = await inChunks(userNames, (chunk) =>
    tx.user.findMany({
      where: { OR: [{ email: { in: chunk.map((u) => u.toLowerCase()) } }, { name: { in: chunk } }] },
      select: { id: true, email: true, name: true, memberships: { select: { team: { select: { slug: true } } } } },
    }),
  );
  for (const m of batch.memberships) {
    const user = users.find((u) => u.email === m.user.toLowerCase() || u.name === m.user);
    const reason = !known.has(m.team)
      ? `memberOf ${m.team}: no such team.`
      : !user
        ? `No debtboard user ${m.user}; membership of ${m.team} skipped.`
        : !admin
          ? `Only organisation admins import memberships; ${m.user} in ${m.team} skipped.`
          : null;
    if (reason) {
      plan.skipped.push({ ...m.at, reason });
      continue;
    }
    if (!user) continue;
    if (user.memberships.some((x) => x.team.slug === m.team)) {
      plan.unchanged++;
      continue;
    }
    plan.changes.push({ action: "create", type: "membership", ref: `${m.user} in team:${m.team}` });
    plan.work.memberships.push({ teamSlug: m.team, userId: user.id });
  }
}
