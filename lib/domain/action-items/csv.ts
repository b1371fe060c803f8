// Action items as CSV (RFC 4180, formula-safe cells via the shared csvLine).
import { csvLine } from "@/lib/domain/audit/csv";
import { STATUS_LABELS, type ActionItemStatus } from "./schema";

export interface ActionItemCsvRow {
  id: string;
  title: string;
  description: string;
  status: ActionItemStatus;
  wontDoReason: string | null;
  team: { slug: string } | null;
  owner: { name: string; email: string } | null;
  dueDate: Date | null;
  estimateDays: number | null;
  entity: { kind: string; name: string } | null;
  checklistItemKey: string | null;
  signalId: string | null;
  review: { title: string } | null;
  createdAt: Date;
  completedAt: Date | null;
  verification: "verified" | "awaiting-reassessment" | null;
}

export const ACTION_ITEM_CSV_HEADER = [
  "id",
  "title",
  "status",
  "team",
  "owner",
  "owner_email",
  "due_date",
  "estimate_days",
  "entity",
  "checklist_item",
  "finding_id",
  "review",
  "wont_do_reason",
  "verification",
  "created_at",
  "completed_at",
  "description",
] as const;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function actionItemCsvLine(r: ActionItemCsvRow): string {
  return csvLine([
    r.id,
    r.title,
    STATUS_LABELS[r.status],
    r.team?.slug,
    r.owner?.name,
    r.owner?.email,
    day(r.dueDate),
    r.estimateDays,
    r.entity ? `${r.entity.kind.toLowerCase()}:${r.entity.name}` : "",
    r.checklistItemKey,
    r.signalId,
    r.review?.title,
    r.wontDoReason,
    r.verification === "awaiting-reassessment" ? "awaiting re-assessment" : r.verification,
    r.createdAt,
    r.completedAt,
    r.description,
  ]);
}

export function actionItemsCsv(rows: readonly ActionItemCsvRow[]): string {
  return csvLine(ACTION_ITEM_CSV_HEADER) + rows.map(actionItemCsvLine).join("");
}
