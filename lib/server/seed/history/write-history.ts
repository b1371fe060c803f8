// Assessments and answers are most of any seed's rows, so they take the unnest fast path.
import type { Db, Tx } from "@/lib/server/db/client";
import { bulkInsert, type BulkColumn } from "@/lib/server/db/bulk-insert";
import type { AnswerRow, AssessmentRow } from "./rows";

const ASSESSMENT_COLUMNS: readonly BulkColumn<AssessmentRow>[] = [
  { name: "id", type: "text", value: (r) => r.id },
  { name: "entityId", type: "text", value: (r) => r.entityId },
  { name: "rubric", type: "text", cast: '"Rubric"', value: (r) => r.rubric },
  { name: "status", type: "text", cast: '"AssessmentStatus"', value: (r) => r.status },
  { name: "authorId", type: "text", value: (r) => r.authorId },
  { name: "basedOnId", type: "text", value: (r) => r.basedOnId },
  { name: "submittedSeq", type: "int4", value: (r) => r.submittedSeq },
  { name: "createdAt", type: "timestamptz", value: (r) => r.createdAt },
  { name: "updatedAt", type: "timestamptz", value: (r) => r.updatedAt },
  { name: "submittedAt", type: "timestamptz", value: (r) => r.submittedAt },
  { name: "debtWeight", type: "float8", value: (r) => r.debtWeight },
  { name: "totalWeight", type: "float8", value: (r) => r.totalWeight },
  { name: "answeredCount", type: "int4", value: (r) => r.answeredCount },
  { name: "applicableCount", type: "int4", value: (r) => r.applicableCount },
  { name: "principalDays", type: "float8", value: (r) => r.principalDays },
];

const ANSWER_COLUMNS: readonly BulkColumn<AnswerRow>[] = [
  { name: "id", type: "text", value: (r) => r.id },
  { name: "assessmentId", type: "text", value: (r) => r.assessmentId },
  { name: "itemId", type: "text", value: (r) => r.itemId },
  { name: "value", type: "text", cast: '"AnswerValue"', value: (r) => r.value },
  { name: "note", type: "text", value: (r) => r.note },
  { name: "evidenceUrl", type: "text", value: (r) => r.evidenceUrl },
  { name: "updatedAt", type: "timestamptz", value: (r) => r.updatedAt },
];

/** Assessments must come in submission order per entity, so basedOnId always points backwards. */
export async function writeHistory(
  db: Db | Tx,
  history: { assessments: readonly AssessmentRow[]; answers: readonly AnswerRow[] },
) {
  const assessments = await bulkInsert(db, "Assessment", ASSESSMENT_COLUMNS, history.assessments);
  const answers = await bulkInsert(db, "Answer", ANSWER_COLUMNS, history.answers);
  return { assessments, answers };
}
