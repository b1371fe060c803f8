// Each entity's gate: its current debt rating (latest submitted assessment) against the target
// in force for its lifecycle and team, with the reason and, when it fails, since when
// (lib/domain/scoring/gate.ts). For one entity (archived too), a team's active entities or the
// organisation's. The failing ones' submission history is read in one query to date the failure.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind, Lifecycle } from "@/lib/domain/kinds";
import { debtRatio, ratingOf, type Rating } from "@/lib/domain/scoring/score";
import {
  failingSince,
  gateReason,
  gateStatus,
  inForce,
  resolveTarget,
  type GateStatus,
  type ResolvedTarget,
} from "@/lib/domain/scoring/gate";
import { LATEST_DEBT_ASSESSMENT_OF_E } from "@/lib/server/scoring/latest-debt-assessment.sql";
import { listTargetVersions, type StoredTarget } from "./list-target-versions";

export interface EntityGate {
  entity: {
    id: string;
    kind: EntityKind;
    name: string;
    lifecycle: Lifecycle;
    teamId: string | null;
    teamSlug: string | null;
    teamName: string | null;
  };
  rating: Rating | null;
  ratio: number | null;
  lastAssessedAt: Date | null;
  target: ResolvedTarget;
  status: GateStatus;
  reason: string;
  /** When it started failing without a break; null unless failing. */
  since: Date | null;
}

export interface EvaluateGatesOptions {
  entityId?: string;
  teamId?: string;
  now?: Date;
  /**
   * Only the entities a target applies to (status PASS or FAIL): what the summary cards and
   * /gates show. Entities whose lifecycle no target in force gates are not read at all, so with
   * no targets set this reads nothing.
   */
  gatedOnly?: boolean;
}

interface Row {
  id: string;
  kind: EntityKind;
  name: string;
  lifecycle: Lifecycle;
  teamId: string | null;
  teamSlug: string | null;
  teamName: string | null;
  createdAt: Date;
  debtWeight: number | null;
  totalWeight: number | null;
  submittedAt: Date | null;
}

export async function evaluateGates(options: EvaluateGatesOptions = {}): Promise<EntityGate[]> {
  const now = options.now ?? new Date();
  const targets = await listTargetVersions();
  const lifecycles = options.gatedOnly ? gatedLifecycles(targets, now) : null;
  if (lifecycles?.length === 0) return [];
  const scope = Prisma.join(
    [
      options.entityId
        ? Prisma.sql`e."id" = ${options.entityId}`
        : options.teamId
          ? Prisma.sql`e."archivedAt" IS NULL AND e."teamId" = ${options.teamId}`
          : Prisma.sql`e."archivedAt" IS NULL`,
      lifecycles ? Prisma.sql`e."lifecycle"::text = ANY(${lifecycles}::text[])` : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
      SELECT e."id", e."kind"::text AS "kind", e."name", e."lifecycle"::text AS "lifecycle", e."teamId",
        t."slug" AS "teamSlug", t."name" AS "teamName", e."createdAt",
        l."debtWeight"::float8 AS "debtWeight", l."totalWeight"::float8 AS "totalWeight", l."submittedAt"
      FROM "Entity" e
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E}) l ON TRUE
      WHERE ${scope}
      ORDER BY e."name", e."kind"`);
  const evaluated = rows.map((r) => evaluateOne(r, targets, now));
  const gates = options.gatedOnly ? evaluated.filter((g) => g.status !== "NONE") : evaluated;
  const failing = gates.filter((g) => g.status === "FAIL");
  if (failing.length === 0) return gates;
  const history = await db().assessment.findMany({
    where: { rubric: "DEBT", status: "SUBMITTED", entityId: { in: failing.map((g) => g.entity.id) } },
    select: { entityId: true, submittedAt: true, debtWeight: true, totalWeight: true },
  });
  const byEntity = new Map<string, { at: Date; rating: Rating | null }[]>();
  for (const h of history) {
    if (!h.submittedAt) continue;
    const list = byEntity.get(h.entityId) ?? [];
    list.push({
      at: h.submittedAt,
      rating: ratingOf(debtRatio({ debtWeight: h.debtWeight ?? 0, totalWeight: h.totalWeight ?? 0 })),
    });
    byEntity.set(h.entityId, list);
  }
  const created = new Map(rows.map((r) => [r.id, r.createdAt]));
  for (const g of failing) {
    g.since = failingSince({
      createdAt: created.get(g.entity.id) ?? now,
      lifecycle: g.entity.lifecycle,
      teamId: g.entity.teamId,
      submissions: byEntity.get(g.entity.id) ?? [],
      targets,
      now,
    });
  }
  return gates;
}

/** Lifecycles some target in force at `now` gates (a rating set, the organisation's or a team's). */
function gatedLifecycles(targets: readonly StoredTarget[], now: Date): string[] {
  return [...new Set(targets.filter((t) => t.rating !== null && inForce(t, now)).map((t) => t.lifecycle))];
}

function evaluateOne(r: Row, targets: readonly StoredTarget[], now: Date): EntityGate {
  const ratio =
    r.totalWeight === null ? null : debtRatio({ debtWeight: r.debtWeight ?? 0, totalWeight: r.totalWeight });
  const rating = ratingOf(ratio);
  const target = resolveTarget(targets, r.lifecycle, r.teamId, now);
  return {
    entity: {
      id: r.id,
      kind: r.kind,
      name: r.name,
      lifecycle: r.lifecycle,
      teamId: r.teamId,
      teamSlug: r.teamSlug,
      teamName: r.teamName,
    },
    rating,
    ratio,
    lastAssessedAt: r.submittedAt,
    target,
    status: gateStatus(rating, target.rating),
    reason: gateReason(rating, target, r.lifecycle),
    since: null,
  };
}
