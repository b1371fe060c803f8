// Findings as stored data: load the catalogue graph, run lib/domain/graph's analysis, and
// reconcile the Signal rows by fingerprint in one transaction. New shapes open; shapes still
// there keep their status (an acceptance survives with its justification, who and when) and get
// fresh evidence; a resolved shape that reappears opens again; vanished shapes are resolved.
// Every write is one statement per kind of change, never one per finding. Newly open findings
// are reported to their teams' webhooks in the same transaction ("findings.new").
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db/client";
import { lockForTransaction } from "@/lib/server/db/advisory-locks";
import { analyze, type AnalysisStats, type Finding, type GraphSignalKind } from "@/lib/domain/graph";
import { loadCatalogue, loadUsage } from "./load-catalogue-graph";
import { getUndeclaredWindowDays } from "./settings";
import { planFingerprintMigration } from "./plan-migration";
import { planReconcile, type StoredFinding } from "./plan-reconcile";
import { newId } from "./new-id";
import { refreshEntityImpacts } from "@/lib/server/scoring/refresh-entity-impacts";
import { emitNewFindings } from "@/lib/server/webhooks/findings-events";

export interface RecomputeOptions {
  now?: Date;
}

export interface RecomputeResult {
  created: number;
  refreshed: number;
  reopened: number;
  resolved: number;
  /** Stored per-edge findings mapped onto the group replacing them (kept, merged). */
  migrated: { kept: number; merged: number };
  /** Findings the graph shows right now. */
  present: number;
  stats: AnalysisStats;
  ms: { load: number; analyze: number; write: number; total: number };
}

const GRAPH_KINDS: GraphSignalKind[] = [
  "CORRECTION_CASCADE",
  "FEEDBACK_LOOP",
  "UNDERUTILIZED_FEATURE",
  "UNSTABLE_DEPENDENCY",
  "UNDECLARED_CONSUMER",
  "ORPHAN",
];

export async function recomputeFindings(client: Db, options: RecomputeOptions = {}): Promise<RecomputeResult> {
  const now = options.now ?? new Date();
  const t0 = performance.now();
  // Reads and writes in one transaction under the lock: a recompute never reconciles against a
  // catalogue older than the one another recompute already wrote.
  return client.$transaction(
    async (tx) => {
      // Serialises recomputes across processes (app instances, scripts) sharing one database.
      await lockForTransaction(tx, "findingsRecompute");
      const windowDays = await getUndeclaredWindowDays(tx);
      // One connection: a transaction's queries run one after another anyway.
      const catalogue = await loadCatalogue(tx, now);
      const usage = await loadUsage(tx, now, windowDays);
      const stored = await loadStored(tx);
      const categories = await tx.debtCategory.findMany({ select: { id: true, key: true } });
      const t1 = performance.now();
      const analysis = analyze({ ...catalogue, usage, options: { now, undeclaredWindowDays: windowDays } });
      const t2 = performance.now();

      const categoryId = new Map(categories.map((c) => [c.key, c.id]));
      const teamOf = new Map(catalogue.entities.map((e) => [e.id, e.teamId]));
      // Per-edge findings from before grouping by cause hand their triage to their group.
      const migration = planFingerprintMigration(stored, analysis.findings);
      if (migration.renames.length > 0) {
        const renamed = new Map(migration.renames.map((r) => [r.id, r.fingerprint]));
        await tx.$executeRaw`
          UPDATE "Signal" s SET "fingerprint" = u.fingerprint
          FROM unnest(${[...renamed.keys()]}::text[], ${[...renamed.values()]}::text[]) AS u(id, fingerprint)
          WHERE s."id" = u.id`;
        for (const s of stored) s.fingerprint = renamed.get(s.id) ?? s.fingerprint;
      }
      for (const merge of migration.merges)
        await tx.$executeRaw`
          UPDATE "ActionItem" SET "signalId" = ${merge.intoId} WHERE "signalId" = ANY(${merge.fromIds}::text[])`;
      const plan = planReconcile(stored, analysis.findings);
      const row = (f: Finding) => ({
        kind: f.kind,
        fingerprint: f.fingerprint,
        categoryId: categoryId.get(f.categoryKey) ?? null,
        teamId: teamOf.get(f.primaryId) ?? null,
        title: f.title,
        evidence: f.evidence as Prisma.InputJsonValue,
      });

      const created = plan.create.map((f) => ({ id: newId(), finding: f }));
      if (created.length > 0) {
        const rows = created.map(({ id, finding }) => ({ id, ...row(finding) }));
        // unnest() rather than createMany: one statement and one round trip for thousands of rows.
        await tx.$executeRaw`
          INSERT INTO "Signal" ("id", "kind", "fingerprint", "categoryId", "teamId", "title", "evidence", "status", "firstSeenAt", "lastSeenAt")
          SELECT u.id, u.kind::"SignalKind", u.fingerprint, u."categoryId", u."teamId", u.title, u.evidence, 'OPEN', ${now}, ${now}
          FROM unnest(
            ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.fingerprint)}::text[],
            ${rows.map((r) => r.categoryId)}::text[], ${rows.map((r) => r.teamId)}::text[], ${rows.map((r) => r.title)}::text[],
            ${rows.map((r) => JSON.stringify(r.evidence))}::jsonb[]
          ) AS u(id, kind, fingerprint, "categoryId", "teamId", title, evidence)`;
      }

      if (plan.refresh.length > 0) {
        const rows = plan.refresh.map((r) => ({ id: r.id, reopen: r.reopen, ...row(r.finding) }));
        await tx.$executeRaw`
          UPDATE "Signal" s SET
            "title" = u.title, "evidence" = u.evidence, "teamId" = u."teamId", "categoryId" = u."categoryId", "lastSeenAt" = ${now},
            "status" = CASE WHEN u.reopen THEN 'OPEN'::"SignalStatus" ELSE s."status" END,
            "resolvedAt" = CASE WHEN u.reopen THEN NULL ELSE s."resolvedAt" END,
            "justification" = CASE WHEN u.reopen THEN NULL ELSE s."justification" END,
            "acceptedById" = CASE WHEN u.reopen THEN NULL ELSE s."acceptedById" END,
            "acceptedAt" = CASE WHEN u.reopen THEN NULL ELSE s."acceptedAt" END
          FROM unnest(
            ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.title)}::text[], ${rows.map((r) => JSON.stringify(r.evidence))}::jsonb[],
            ${rows.map((r) => r.teamId)}::text[], ${rows.map((r) => r.categoryId)}::text[], ${rows.map((r) => r.reopen)}::boolean[]
          ) AS u(id, title, evidence, "teamId", "categoryId", reopen)
          WHERE s."id" = u.id`;
      }

      const moved = plan.refresh.filter((r) => r.membersChanged);
      if (moved.length > 0)
        await tx.$executeRaw`DELETE FROM "SignalMember" WHERE "signalId" = ANY(${moved.map((r) => r.id)}::text[])`;
      const members = [
        ...created.map((c) => ({ id: c.id, memberIds: c.finding.memberIds })),
        ...moved.map((r) => ({ id: r.id, memberIds: r.finding.memberIds })),
      ];
      if (members.length > 0) {
        const flat = members.flatMap(({ id, memberIds }) =>
          memberIds.map((entityId, position) => ({ id, entityId, position })),
        );
        await tx.$executeRaw`
          INSERT INTO "SignalMember" ("signalId", "entityId", "position")
          SELECT * FROM unnest(${flat.map((m) => m.id)}::text[], ${flat.map((m) => m.entityId)}::text[], ${flat.map((m) => m.position)}::int[])`;
      }

      if (plan.resolve.length > 0) {
        await tx.$executeRaw`
          UPDATE "Signal" SET "status" = 'RESOLVED', "resolvedAt" = ${now}
          WHERE "id" = ANY(${plan.resolve}::text[])`;
      }
      // The hotspot score's impact half reads the same graph (docs/scoring.md §10).
      await refreshEntityImpacts(tx, catalogue, usage, now, windowDays);
      await emitNewFindings(
        tx,
        [
          ...created.map(({ id, finding }) => ({ id, ...row(finding) })),
          ...plan.refresh.filter((r) => r.reopen).map((r) => ({ id: r.id, ...row(r.finding) })),
        ],
        now,
      );
      const t3 = performance.now();
      return {
        created: created.length,
        refreshed: plan.refresh.length,
        reopened: plan.refresh.filter((r) => r.reopen).length,
        resolved: plan.resolve.length,
        migrated: {
          kept: migration.renames.length,
          merged: migration.merges.reduce((n, m) => n + m.fromIds.length, 0),
        },
        present: analysis.findings.length,
        stats: analysis.stats,
        ms: {
          load: Math.round(t1 - t0),
          analyze: Math.round(t2 - t1),
          write: Math.round(t3 - t2),
          total: Math.round(t3 - t0),
        },
      };
    },
    // At the large scale the whole run takes seconds; Prisma's default 5 s would be too tight.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Stored graph findings with their members in order (STALE_ASSESSMENT is not the graph's). */
async function loadStored(tx: Tx): Promise<StoredFinding[]> {
  return tx.$queryRaw<StoredFinding[]>(Prisma.sql`
    SELECT s."id", s."fingerprint", s."status",
      COALESCE((SELECT array_agg(m."entityId" ORDER BY m."position") FROM "SignalMember" m WHERE m."signalId" = s."id"), '{}') AS "memberIds"
    FROM "Signal" s
    WHERE s."kind"::text = ANY(${GRAPH_KINDS}::text[])`);
}
