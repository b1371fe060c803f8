// Plain rows the seeds build in memory before writing them in batches. Every column is spelled
// out so the same rows suit Prisma's createMany and the scale seed's unnest inserts.
import type { AnswerValue, Rubric } from "@/lib/domain/kinds";

export interface AssessmentRow {
  id: string;
  entityId: string;
  rubric: Rubric;
  status: "DRAFT" | "SUBMITTED";
  authorId: string | null;
  basedOnId: string | null;
  submittedSeq: number | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  debtWeight: number | null;
  totalWeight: number | null;
  answeredCount: number | null;
  applicableCount: number | null;
  principalDays: number | null;
}

export interface AnswerRow {
  id: string;
  assessmentId: string;
  itemId: string;
  value: AnswerValue;
  note: string;
  evidenceUrl: string | null;
  updatedAt: Date;
}
