// The latest submitted assessments across the organisation (or one team), newest first.
import "server-only";
import { db } from "@/lib/server/db/client";
import type { EntityKind, Rubric } from "@/lib/domain/kinds";
import type { ScoreSums } from "@/lib/domain/scoring/score";

export interface ListRecentAssessmentsOptions {
  teamId?: string;
  limit?: number;
}

export interface RecentAssessment {
  id: string;
  rubric: Rubric;
  submittedAt: Date | null;
  sums: ScoreSums;
  author: string | null;
  entity: { kind: EntityKind; name: string; team: { slug: string; name: string } | null };
}

export async function listRecentAssessments(options: ListRecentAssessmentsOptions = {}): Promise<RecentAssessment[]> {
  const rows = await db().assessment.findMany({
    where: { status: "SUBMITTED", rubric: "DEBT", ...(options.teamId ? { entity: { teamId: options.teamId } } : {}) },
    orderBy: { submittedAt: "desc" },
    take: options.limit ?? 8,
    select: {
      id: true,
      rubric: true,
      submittedAt: true,
      debtWeight: true,
      totalWeight: true,
      answeredCount: true,
      applicableCount: true,
      principalDays: true,
      author: { select: { name: true } },
      entity: { select: { kind: true, name: true, team: { select: { slug: true, name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    rubric: r.rubric,
    submittedAt: r.submittedAt,
    sums: {
      debtWeight: r.debtWeight ?? 0,
      totalWeight: r.totalWeight ?? 0,
      answeredCount: r.answeredCount ?? 0,
      applicableCount: r.applicableCount ?? 0,
      principalDays: r.principalDays ?? 0,
    },
    author: r.author?.name ?? null,
    entity: r.entity,
  }));
}
