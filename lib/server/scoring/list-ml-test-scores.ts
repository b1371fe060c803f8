// ML Test Scores (docs/scoring.md §9) of live models from their latest submitted ML_TEST_SCORE
// assessment: one set-based read of the answers, scored in lib/domain/scoring. For one model
// (the entity page), every model of a team (the team scorecard) or of the organisation (the API's).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import {
  isMlTestSection,
  mlTestBand,
  mlTestScore,
  type MlTestAnswer,
  type MlTestBand,
  type MlTestResult,
} from "@/lib/domain/scoring/ml-test-score";
import type { AnswerValue } from "@/lib/domain/kinds";

export interface ModelMlTestScore extends MlTestResult {
  entityId: string;
  name: string;
  assessmentId: string;
  submittedAt: Date;
  band: MlTestBand;
}

export async function listMlTestScores(
  scope: { entityId: string } | { teamId: string } | { org: true },
): Promise<ModelMlTestScore[]> {
  const filter =
    "entityId" in scope
      ? Prisma.sql`e."id" = ${scope.entityId}`
      : "teamId" in scope
        ? Prisma.sql`e."teamId" = ${scope.teamId}`
        : Prisma.sql`TRUE`;
  const rows = await db().$queryRaw<
    { entityId: string; name: string; assessmentId: string; submittedAt: Date; section: string; value: AnswerValue }[]
  >(Prisma.sql`
    WITH latest AS (
      SELECT DISTINCT ON (a."entityId") a."id", a."entityId", a."submittedAt", e."name"
      FROM "Assessment" a JOIN "Entity" e ON e."id" = a."entityId"
      WHERE a."rubric" = 'ML_TEST_SCORE' AND a."status" = 'SUBMITTED' AND e."kind" = 'MODEL'
        AND e."archivedAt" IS NULL AND ${filter}
      ORDER BY a."entityId", a."submittedSeq" DESC
    )
    SELECT l."entityId", l."name", l."id" AS "assessmentId", l."submittedAt", c."key" AS "section", ans."value"
    FROM latest l
    JOIN "Answer" ans ON ans."assessmentId" = l."id"
    JOIN "ChecklistItem" i ON i."id" = ans."itemId"
    JOIN "DebtCategory" c ON c."id" = i."categoryId"`);
  const byModel = new Map<string, { head: (typeof rows)[number]; answers: MlTestAnswer[] }>();
  for (const r of rows) {
    let m = byModel.get(r.entityId);
    if (!m) byModel.set(r.entityId, (m = { head: r, answers: [] }));
    if (isMlTestSection(r.section)) m.answers.push({ section: r.section, value: r.value });
  }
  return [...byModel.values()]
    .map(({ head, answers }) => {
      const result = mlTestScore(answers);
      return {
        entityId: head.entityId,
        name: head.name,
        assessmentId: head.assessmentId,
        submittedAt: head.submittedAt,
        ...result,
        band: mlTestBand(result.score),
      };
    })
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
}
