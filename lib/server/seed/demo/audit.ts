// The record of the seed itself: one SEED import run, which is an event on the trends timeline,
// and the audit rows an import, the review and recent submissions would have written.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentRow } from "../history/rows";
import { DAY, type DemoContext } from "./context";
import type { Catalogue } from "./catalogue";
import type { People } from "./people";
import type { Planning } from "./planning";

export interface AuditTrail {
  importRuns: Prisma.ImportRunCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
}

export function buildAudit(
  ctx: DemoContext,
  input: {
    people: People;
    cat: Catalogue;
    relations: number;
    assessments: readonly AssessmentRow[];
    planning: Planning;
  },
): AuditTrail {
  const { people, cat, planning } = input;
  const count = (kind: string) => cat.all.filter((e) => e.kind === kind).length;
  const at = new Date(ctx.start.getTime() - DAY);
  const importRun: Prisma.ImportRunCreateManyInput = {
    id: ctx.newId(),
    source: "SEED",
    actorId: people.adminId,
    dryRun: false,
    summary: {
      created: {
        teams: people.teams.length,
        users: people.users.length,
        models: count("MODEL"),
        features: count("FEATURE"),
        dataSources: count("DATA_SOURCE"),
        consumers: count("CONSUMER"),
        relations: input.relations,
      },
      changed: 0,
      archived: cat.all.filter((e) => e.archivedAt).length,
      skipped: 0,
      skippedDocuments: [],
      seed: ctx.seed,
    },
    createdAt: at,
  };
  const events: Prisma.AuditEventCreateManyInput[] = [
    {
      id: ctx.newId(),
      at,
      actorId: people.adminId,
      action: "import.apply",
      targetType: "ImportRun",
      targetId: importRun.id,
      after: importRun.summary,
    },
  ];
  for (const team of people.teams) {
    events.push({
      id: ctx.newId(),
      at,
      actorId: people.adminId,
      action: "team.create",
      targetType: "Team",
      targetId: team.id,
      teamId: team.id,
      after: { slug: team.slug, name: team.name },
    });
  }
  const teamOf = new Map(cat.entities.map((e) => [e.id, e.teamId ?? null]));
  const recent = ctx.daysAgo(30);
  for (const a of input.assessments) {
    if (a.status !== "SUBMITTED" || !a.submittedAt || a.submittedAt < recent) continue;
    events.push({
      id: ctx.newId(),
      at: a.submittedAt,
      actorId: a.authorId,
      action: "assessment.submit",
      targetType: "Assessment",
      targetId: a.id,
      teamId: teamOf.get(a.entityId) ?? null,
      after: {
        entityId: a.entityId,
        rubric: a.rubric,
        submittedSeq: a.submittedSeq,
        debtWeight: a.debtWeight,
        totalWeight: a.totalWeight,
      },
    });
  }
  for (const review of planning.reviews) {
    events.push({
      id: ctx.newId(),
      at: review.startedAt ?? at,
      actorId: review.startedById,
      action: "review.start",
      targetType: "Review",
      targetId: review.id,
      teamId: review.teamId,
    });
    if (review.closedAt) {
      events.push({
        id: ctx.newId(),
        at: review.closedAt,
        actorId: review.startedById,
        action: "review.close",
        targetType: "Review",
        targetId: review.id,
        teamId: review.teamId,
      });
    }
  }
  for (const item of planning.actionItems) {
    events.push({
      id: ctx.newId(),
      at: item.createdAt ?? at,
      actorId: item.createdById,
      action: "action.create",
      targetType: "ActionItem",
      targetId: item.id,
      teamId: item.teamId,
      after: { title: item.title },
    });
  }
  events.sort((a, b) => new Date(a.at ?? 0).getTime() - new Date(b.at ?? 0).getTime());
  return { importRuns: [importRun], auditEvents: events };
}
