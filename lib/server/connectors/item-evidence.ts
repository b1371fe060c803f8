// Checklist evidence a connector found (e.g. MLflow: a training run naming both commits), kept per
// entity, item key and connector (ItemEvidence). It pre-answers the item when a draft starts
// (lib/server/assessments/start-draft.ts), only where the draft has no answer, so a person's
// answer is never replaced. Planned and applied inside the connector's transaction: the plan lists
// every create/update/removal and, as skipped, every item a person has already answered.
import { can, type Principal } from "@/lib/domain/auth/permissions";
import { formatRef } from "@/lib/domain/catalog-yaml/refs";
import { formatDate } from "@/lib/domain/format/date";
import type { AnswerValue } from "@/lib/domain/kinds";
import type { ConnectorKind } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PlannedChange } from "@/lib/server/catalog/plan-import";
import type { Tx } from "@/lib/server/db/client";

export interface WantedEvidence {
  /** The model entity's name (the entity exists, or the same transaction's import created it). */
  entityName: string;
  answers: { itemKey: string; value: AnswerValue; note: string; evidenceUrl: string }[];
}

interface Row {
  itemKey: string;
  value: AnswerValue;
  note: string;
  evidenceUrl: string;
}

export interface EvidencePlan {
  changes: PlannedChange[];
  unchanged: number;
  skipped: string[];
  errors: string[];
  notes: string[];
  work: { entityId: string; teamId: string | null; ref: string; upsert: Row[]; remove: string[]; before: Row[] }[];
}

const same = (a: Row, b: Row) => a.value === b.value && a.note === b.note && a.evidenceUrl === b.evidenceUrl;

export async function planEvidence(
  tx: Tx,
  connector: ConnectorKind,
  wanted: readonly WantedEvidence[],
  principal: Principal,
): Promise<EvidencePlan> {
  const plan: EvidencePlan = { changes: [], unchanged: 0, skipped: [], errors: [], notes: [], work: [] };
  const entities = await tx.entity.findMany({
    where: { kind: "MODEL", name: { in: wanted.map((w) => w.entityName) } },
    select: {
      id: true,
      name: true,
      teamId: true,
      itemEvidence: { where: { connector }, select: { itemKey: true, value: true, note: true, evidenceUrl: true } },
    },
  });
  const byName = new Map(entities.map((e) => [e.name, e]));
  const keys = [...new Set(wanted.flatMap((w) => w.answers.map((a) => a.itemKey)))];
  // Answers people gave to these items, in each entity's open drafts and latest submission.
  const answered = await tx.answer.findMany({
    where: { item: { key: { in: keys } }, assessment: { entityId: { in: entities.map((e) => e.id) } } },
    select: {
      value: true,
      evidenceUrl: true,
      item: { select: { key: true } },
      assessment: {
        select: {
          entityId: true,
          status: true,
          submittedSeq: true,
          submittedAt: true,
          rubric: true,
          author: { select: { name: true } },
          submittedBy: { select: { name: true } },
        },
      },
    },
  });
  const drafts = new Map(
    (
      await tx.assessment.groupBy({
        by: ["entityId"],
        where: { status: "DRAFT", rubric: "DEBT", entityId: { in: entities.map((e) => e.id) } },
        _count: { _all: true },
      })
    ).map((g) => [g.entityId, g._count._all]),
  );
  const latestSeq = new Map<string, number>();
  for (const a of answered)
    if (a.assessment.status === "SUBMITTED" && a.assessment.submittedSeq !== null)
      latestSeq.set(
        `${a.assessment.entityId}|${a.assessment.rubric}`,
        Math.max(latestSeq.get(`${a.assessment.entityId}|${a.assessment.rubric}`) ?? 0, a.assessment.submittedSeq),
      );

  for (const w of wanted) {
    const entity = byName.get(w.entityName);
    const ref = formatRef("MODEL", w.entityName);
    if (!entity) {
      // Only a dry run gets here (the import would create the model): every answer would be new.
      for (const a of w.answers)
        plan.changes.push({ action: "create", type: "evidence", ref: `${ref} › ${a.itemKey}` });
      continue;
    }
    const stored = new Map(entity.itemEvidence.map((r) => [r.itemKey, r]));
    const upsert: Row[] = [];
    for (const a of w.answers) {
      const before = stored.get(a.itemKey);
      if (before && same(before, a)) plan.unchanged++;
      else {
        plan.changes.push({ action: before ? "update" : "create", type: "evidence", ref: `${ref} › ${a.itemKey}` });
        upsert.push(a);
      }
      for (const p of answered) {
        if (p.assessment.entityId !== entity.id || p.item.key !== a.itemKey) continue;
        if (p.value === a.value && p.evidenceUrl === a.evidenceUrl) continue;
        const s = p.assessment;
        if (s.status === "SUBMITTED" && s.submittedSeq !== latestSeq.get(`${entity.id}|${s.rubric}`)) continue;
        const who = (s.status === "SUBMITTED" ? (s.submittedBy ?? s.author) : s.author)?.name ?? "someone";
        plan.skipped.push(
          `${ref} › ${a.itemKey}: not pre-answered there, ${who} answered it ${p.value} ${
            s.status === "SUBMITTED"
              ? `in assessment #${s.submittedSeq} (${formatDate(s.submittedAt)})`
              : "in an open draft"
          }; a person's answer stands (evidence fills only unanswered items).`,
        );
      }
    }
    const remove = [...stored.keys()].filter((k) => !w.answers.some((a) => a.itemKey === k));
    for (const k of remove) plan.changes.push({ action: "archive", type: "evidence", ref: `${ref} › ${k}` });
    if (upsert.length + remove.length === 0) continue;
    // Open drafts are their authors' own: changed evidence reaches the drafts started after it.
    const open = drafts.get(entity.id) ?? 0;
    if (open > 0)
      plan.notes.push(
        `${ref}: ${open} open draft(s) keep their answers; the changed evidence pre-answers drafts started from now on.`,
      );
    if (!can(principal, "catalog:write", { teamId: entity.teamId })) {
      plan.errors.push(`You may not record evidence on ${ref}: it is owned by a team you do not maintain.`);
      continue;
    }
    plan.work.push({ entityId: entity.id, teamId: entity.teamId, ref, upsert, remove, before: [...stored.values()] });
  }
  return plan;
}

/** Writes the plan (in the connector's transaction), one audit event per entity whose evidence changed. */
export async function applyEvidence(tx: Tx, connector: ConnectorKind, plan: EvidencePlan, principal: Principal) {
  for (const w of plan.work) {
    for (const r of w.upsert)
      await tx.itemEvidence.upsert({
        where: { entityId_itemKey_connector: { entityId: w.entityId, itemKey: r.itemKey, connector } },
        create: { entityId: w.entityId, connector, ...r },
        update: r,
      });
    if (w.remove.length > 0)
      await tx.itemEvidence.deleteMany({ where: { entityId: w.entityId, connector, itemKey: { in: w.remove } } });
    const after = await tx.itemEvidence.findMany({
      where: { entityId: w.entityId, connector },
      select: { itemKey: true, value: true, note: true, evidenceUrl: true },
      orderBy: { itemKey: "asc" },
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "evidence.sync",
      targetType: "Entity",
      targetId: w.entityId,
      teamId: w.teamId,
      before: { connector, evidence: w.before.map((r) => ({ ...r })) },
      after: { connector, evidence: after.map((r) => ({ ...r })) },
    });
  }
}
