// Who wins when two people submit an assessment of the same entity and rubric at once.
//
// Every submitted assessment carries submittedSeq = its predecessor's seq + 1 (the first is 1).
// A submission may only build on the latest: if someone else submitted since the draft was
// started, the draft is out of date and its author must review the newer answers first.
// Two drafts based on the same predecessor both compute the same next seq; the database's
// unique index on (entityId, rubric, submittedSeq) lets the first commit in and rejects the
// second, which the server reports with the same "superseded" outcome this function gives.

export type SubmitDecision =
  { outcome: "accepted"; seq: number } | { outcome: "superseded"; latestSeq: number | null; basedOnSeq: number | null };

/**
 * @param latestSeq seq of the latest submitted assessment, null when there is none yet.
 * @param basedOnSeq seq of the assessment the draft started from, null for a first assessment.
 */
export function resolveSubmit(latestSeq: number | null, basedOnSeq: number | null): SubmitDecision {
  if (basedOnSeq === latestSeq) return { outcome: "accepted", seq: (latestSeq ?? 0) + 1 };
  return { outcome: "superseded", latestSeq, basedOnSeq };
}
