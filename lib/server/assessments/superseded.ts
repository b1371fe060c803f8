// The "someone submitted first" outcome. A ConflictError, so defineAction reports who and when
// and the form keeps its input; the draft itself is left untouched.
import type { Rubric } from "@/lib/domain/kinds";
import type { Db, Tx } from "@/lib/server/db/client";
import { ConflictError } from "@/lib/server/errors";
import { formatDateTime } from "./format-when";
import { latestSubmitted } from "./latest-submitted";

export class SupersededError extends ConflictError {
  constructor(changedBy: string | null, changedAt: Date | null) {
    super(
      `${changedBy ?? "Someone"} submitted an assessment at ${changedAt ? formatDateTime(changedAt) : "an earlier moment"}. ` +
        "Your answers are kept in your draft: review the newer assessment, then start again from it.",
      changedBy,
      changedAt,
    );
    this.name = "SupersededError";
  }
}

export async function supersededBy(db: Db | Tx, entityId: string, rubric: Rubric): Promise<SupersededError> {
  const latest = await latestSubmitted(db, entityId, rubric);
  return new SupersededError(latest?.author?.name ?? null, latest?.submittedAt ?? null);
}
