// An entity's current debt per category: the answers of its latest submitted DEBT assessment
// grouped by category (sumByCategory, docs/scoring.md §5), every DEBT category listed in
// checklist order, plus that assessment's frozen sums (which the categories pool to, except that
// the frozen applicable count also holds items left unanswered). null when never assessed.
import { db } from "@/lib/server/db/client";
import { latestSubmittedQuery } from "@/lib/server/assessments/latest-submitted";
import { sumByCategory } from "@/lib/domain/scoring/breakdown";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { sumsOrNull } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface EntityBreakdown {
  seq: number;
  submittedAt: Date;
  sums: ScoreSums;
  categories: { key: string; name: string; sums: ScoreSums }[];
}

export async function getEntityBreakdown(options: { entityId: string }): Promise<EntityBreakdown | null> {
  const [latest, categories] = await Promise.all([
    db().assessment.findFirst({
      ...latestSubmittedQuery(options.entityId, "DEBT"),
      select: {
        submittedSeq: true,
        submittedAt: true,
        debtWeight: true,
        totalWeight: true,
        answeredCount: true,
        applicableCount: true,
        principalDays: true,
        answers: {
          select: {
            value: true,
            item: { select: { weight: true, remediationDays: true, category: { select: { key: true } } } },
          },
        },
      },
    }),
    db().debtCategory.findMany({
      where: { rubric: "DEBT" },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { key: true, name: true },
    }),
  ]);
  const sums = latest ? sumsOrNull(latest) : null;
  if (!latest || !sums || latest.submittedAt === null) return null;
  const names = new Map(categories.map((c) => [c.key, c.name]));
  const breakdown = sumByCategory(
    latest.answers.map((a) => ({
      categoryKey: a.item.category.key,
      weight: a.item.weight,
      remediationDays: a.item.remediationDays,
      value: a.value,
    })),
    categories.map((c) => c.key),
  );
  return {
    seq: latest.submittedSeq ?? 0,
    submittedAt: latest.submittedAt,
    sums,
    categories: breakdown.categories.map((c) => ({
      key: c.categoryKey,
      name: names.get(c.categoryKey) ?? c.categoryKey,
      sums: c.sums,
    })),
  };
}
