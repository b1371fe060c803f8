// Observed lineage (POST /api/v1/lineage): OpenLineage RunEvents turned into catalogue rows.
// Jobs become consumers (undeclared), datasets data sources, outputs consumer → source links,
// inputs source → consumer links (model → consumer in a models namespace), all OBSERVED with the time they were last
// seen (Relation.lastSeenAt). Entities that are already catalogued are linked, never edited.
// One transaction per request, so a batch is recorded whole or not at all; the same events sent
// again find nothing to change and write nothing (not even an audit row). Every event's every
// dataset is accounted for in the report: created, updated (seen later), unchanged or skipped
// with the reason.
import "server-only";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import type { EntityKind, RelationKind } from "@/lib/domain/kinds";
import { isFutureEvent, USAGE_CLOCK_SKEW_MS } from "@/lib/domain/graph";
import { lineageInputSchema } from "@/lib/domain/openlineage/run-event";
import {
  observeEvents,
  type LineageMapping,
  type LineageObservations,
  type ObservedEntity,
} from "@/lib/domain/openlineage/map-events";
import { env } from "@/lib/config/env";
import type { ActionDefinition } from "@/lib/server/actions/define-action";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { db, type Tx } from "@/lib/server/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { recomputesFindings } from "@/lib/server/findings/recomputes-findings";
import { recordImportRun } from "@/lib/server/connectors/record-import-run";
import type { PlannedChange } from "./plan-import";

export { lineageInputSchema };

export interface LineageReport {
  events: number;
  counts: { created: number; updated: number; unchanged: number; skipped: number };
  /** Entities and links created, links revived or seen later ("update"). */
  changes: PlannedChange[];
  /** What was not recorded, and why. */
  skipped: string[];
}

interface Stored {
  id: string;
  kind: EntityKind;
  name: string;
  teamId: string | null;
  archived: boolean;
}

const mappingHint = (namespace: string) =>
  `no OPENLINEAGE_MAPPING team rule matches namespace "${namespace}", so it would have no owner (only admins may create unowned entities)`;

async function teamIds(tx: Tx | ReturnType<typeof db>, slugs: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs.filter((s): s is string => s !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.team.findMany({
    where: { slug: { in: wanted }, archivedAt: null },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((t) => [t.slug, t.id]));
}

/** The team whose catalog:write the first job needs: its consumer's owner, or the one its namespace maps to. */
async function firstJobTeam(observed: LineageObservations): Promise<string | null> {
  const first = observed.consumers.values().next().value;
  if (!first) return null;
  const stored = await db().entity.findUnique({
    where: { kind_name: { kind: "CONSUMER", name: first.name } },
    select: { teamId: true },
  });
  if (stored) return stored.teamId;
  return (await teamIds(db(), [first.team])).get(first.team ?? "") ?? null;
}

export async function recordLineageEvents(
  tx: Tx,
  observed: LineageObservations,
  events: number,
  principal: Principal,
): Promise<LineageReport> {
  await lockForTransaction(tx, "lineageEvents");
  const report: LineageReport = {
    events,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    changes: [],
    skipped: [],
  };
  const change = (c: PlannedChange) => {
    report.changes.push(c);
    if (c.action === "create") report.counts.created++;
    else report.counts.updated++;
  };
  const skip = (reason: string) => {
    report.skipped.push(reason);
    report.counts.skipped++;
  };

  const modelNames = [...observed.modelReads, ...observed.modelWrites].map((l) => l.other);
  const stored = await tx.entity.findMany({
    where: {
      OR: [
        { kind: "CONSUMER", name: { in: [...observed.consumers.keys()] } },
        { kind: "DATA_SOURCE", name: { in: [...observed.sources.keys()] } },
        { kind: "MODEL", name: { in: modelNames } },
      ],
    },
    select: { id: true, kind: true, name: true, teamId: true, archivedAt: true },
  });
  const byKey = new Map<string, Stored>(
    stored.map((s) => [formatRef(s.kind, s.name), { ...s, archived: s.archivedAt !== null }]),
  );
  const teams = await teamIds(tx, [
    ...[...observed.consumers.values()].map((c) => c.team),
    ...[...observed.sources.values()].map((s) => s.team),
  ]);

  // Rights first, for everything at once: nothing is written unless every write is allowed.
  // A consumer's links change the consumer (its team's catalogue); a new entity is its owner's.
  const refusals: string[] = [];
  const ownerOf = (e: ObservedEntity): string | null => (e.team ? (teams.get(e.team) ?? null) : null);
  const check = (kind: EntityKind, e: ObservedEntity) => {
    const s = byKey.get(formatRef(kind, e.name));
    if (s) {
      if (kind === "CONSUMER" && !can(principal, "catalog:write", { teamId: s.teamId }))
        refusals.push(`${formatRef(kind, e.name)} is owned by a team you do not maintain`);
      return;
    }
    if (e.team && !teams.has(e.team))
      refusals.push(`${formatRef(kind, e.name)}: OPENLINEAGE_MAPPING names team "${e.team}", which does not exist`);
    else if (!can(principal, "catalog:write", { teamId: ownerOf(e) }))
      refusals.push(
        `${formatRef(kind, e.name)} (${e.title}): ${e.team ? `it would belong to ${e.team}, which you do not maintain` : mappingHint(e.namespace)}`,
      );
  };
  observed.consumers.forEach((c) => check("CONSUMER", c));
  observed.sources.forEach((s) => check("DATA_SOURCE", s));
  if (refusals.length > 0)
    throw new ForbiddenError(`You may not record this lineage; nothing was written: ${refusals.join("; ")}.`);

  // Entities: create what is new (audited one by one, as usage's observed consumers are).
  const created = async (kind: EntityKind, e: ObservedEntity, extra: object) => {
    const key = formatRef(kind, e.name);
    const had = byKey.get(key);
    if (had) {
      if (had.archived)
        skip(`${key} (${e.title}) is archived; its links were not recorded (restore it to record them).`);
      else report.counts.unchanged++;
      return;
    }
    const teamId = ownerOf(e);
    const row = await tx.entity.create({
      data: {
        kind,
        name: e.name,
        title: e.title.slice(0, 200),
        description: "Seen only in OpenLineage events.",
        teamId,
        ...extra,
      },
      select: { id: true },
    });
    byKey.set(key, { id: row.id, kind, name: e.name, teamId, archived: false });
    change({ action: "create", type: "entity", ref: key });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "entity.observe",
      targetType: "Entity",
      targetId: row.id,
      teamId,
      after: { kind, name: e.name, title: e.title, team: e.team, via: "openlineage" },
    });
  };
  for (const c of observed.consumers.values())
    await created("CONSUMER", c, { consumer: { create: { declared: false } } });
  for (const s of observed.sources.values())
    await created("DATA_SOURCE", s, { source: { create: { system: s.system.slice(0, 100) } } });

  // Links: created, revived (an archived observed link), or moved to a later last-seen time.
  const link = async (kind: RelationKind, from: Stored, to: Stored, seenAt: Date) => {
    const ref = `${formatRef(from.kind, from.name)} → ${formatRef(to.kind, to.name)}`;
    const where = { fromId_toId_kind: { fromId: from.id, toId: to.id, kind } };
    const had = await tx.relation.findUnique({ where, select: { origin: true, archivedAt: true, lastSeenAt: true } });
    if (!had) {
      await tx.relation.create({
        data: { fromId: from.id, toId: to.id, kind, origin: "OBSERVED", lastSeenAt: seenAt },
      });
      change({ action: "create", type: "relation", ref });
    } else if (had.archivedAt && had.origin === "DECLARED") {
      skip(`${ref}: a person archived this declared link; lineage events do not bring it back.`);
    } else if (had.archivedAt) {
      await tx.relation.update({ where, data: { archivedAt: null, lastSeenAt: seenAt } });
      change({ action: "restore", type: "relation", ref });
    } else if (!had.lastSeenAt || had.lastSeenAt < seenAt) {
      await tx.relation.update({ where, data: { lastSeenAt: seenAt } });
      change({ action: "update", type: "relation", ref });
    } else report.counts.unchanged++;
  };
  const live = (kind: EntityKind, name: string) => {
    const s = byKey.get(formatRef(kind, name));
    return s && !s.archived ? s : null;
  };
  for (const l of observed.writes) {
    const consumer = live("CONSUMER", l.consumer);
    const source = live("DATA_SOURCE", l.other);
    if (consumer && source) await link("CONSUMER_WRITES_SOURCE", consumer, source, l.seenAt);
  }
  for (const l of observed.modelReads) {
    const consumer = live("CONSUMER", l.consumer);
    const model = live("MODEL", l.other);
    if (!model)
      skip(
        `${formatRef("CONSUMER", l.consumer)} read model ${l.other}'s output, but no active model ${l.other} is catalogued.`,
      );
    else if (consumer) await link("CONSUMER_READS_MODEL", model, consumer, l.seenAt);
  }
  for (const l of observed.sourceReads) {
    const consumer = live("CONSUMER", l.consumer);
    const source = live("DATA_SOURCE", l.other);
    if (consumer && source) await link("CONSUMER_READS_SOURCE", source, consumer, l.seenAt);
  }
  for (const l of observed.modelWrites)
    skip(
      `${formatRef("CONSUMER", l.consumer)} writes model ${l.other}: debtboard's lineage has no job-writes-model link (catalogue the model's features instead).`,
    );

  // Audited when something changed; a request that changed nothing leaves no trace (idempotent).
  if (report.changes.length > 0) {
    const consumerTeams = [...observed.consumers.keys()].map(
      (n) => byKey.get(formatRef("CONSUMER", n))?.teamId ?? null,
    );
    await recordAuditEvent(tx, {
      actor: principal,
      action: "lineage.record",
      targetType: "Entity",
      targetId: byKey.get(formatRef("CONSUMER", [...observed.consumers.keys()][0] ?? ""))?.id ?? null,
      teamId: new Set(consumerTeams).size === 1 ? (consumerTeams[0] ?? null) : null,
      after: {
        events,
        counts: report.counts,
        changes: report.changes.slice(0, 500).map((c) => `${c.action} ${c.ref}`),
        skipped: report.skipped.slice(0, 500),
      },
    });
  }
  return report;
}

function refuseFuture(events: { eventTime: string }[], now: Date) {
  const future = events.flatMap((e, i) =>
    isFutureEvent(new Date(e.eventTime), now)
      ? [
          [
            `events.${i}.eventTime`,
            [
              `${e.eventTime} is in the future (more than ${USAGE_CLOCK_SKEW_MS / 60_000} minutes ahead of the server's clock).`,
            ],
          ] as [string, string[]],
        ]
      : [],
  );
  if (future.length)
    throw new InvalidInputError(
      "Some events are dated in the future; nothing was recorded.",
      Object.fromEntries(future),
    );
}

// The schema's output is the input to map: the same object run() sees, so it is mapped once.
const observedOf = new WeakMap<object, LineageObservations>();
function observe(input: { events: Parameters<typeof observeEvents>[0] }, mapping: LineageMapping) {
  let o = observedOf.get(input);
  if (!o) observedOf.set(input, (o = observeEvents(input.events, mapping)));
  return o;
}

const recordLineageDefinition: ActionDefinition<typeof lineageInputSchema, LineageReport> = {
  schema: lineageInputSchema,
  permission: "catalog:write",
  // The first job gates the request; run() checks every entity it would create or link.
  teamOf: (input) => firstJobTeam(observe(input, env().OPENLINEAGE_MAPPING)),
  run: async (input, { principal }) => {
    refuseFuture(input.events, new Date());
    const observed = observe(input, env().OPENLINEAGE_MAPPING);
    const report = await db().$transaction((tx) => recordLineageEvents(tx, observed, input.events.length, principal), {
      timeout: 60_000,
      maxWait: 10_000,
    });
    // A request that changed something is a run on the connectors page (its skipped items with
    // it); the same events again, with nothing to change, leave no trace but their answer.
    if (report.changes.length > 0)
      await recordImportRun({
        connector: "OPENLINEAGE",
        source: "API",
        principal,
        report: {
          dryRun: false,
          applied: true,
          counts: {
            created: report.counts.created,
            changed: report.counts.updated,
            archived: 0,
            unchanged: report.counts.unchanged,
            skipped: report.counts.skipped,
          },
          changes: report.changes,
          skipped: report.skipped,
          errors: [],
          notes: [`${report.events} event(s) received.`],
        },
      });
    return report;
  },
};

/** Changes the graph's shape, so findings are recomputed after it. */
export const recordLineage = recomputesFindings(recordLineageDefinition);
