// A team's ML Test Scores for its scorecard (or, with null, the organisation's, for the API's):
// every live model's score, how many live models there are, and the summary (bands, thinnest section).
import "server-only";
import { db } from "@/lib/server/db/client";
import { summarizeMlTestScores } from "@/lib/domain/scoring/ml-test-score";
import { listMlTestScores } from "./list-ml-test-scores";

export async function getTeamMlTestSummary(teamId: string | null) {
  const [scores, models] = await Promise.all([
    listMlTestScores(teamId === null ? { org: true } : { teamId }),
    db().entity.count({ where: { ...(teamId === null ? {} : { teamId }), kind: "MODEL", archivedAt: null } }),
  ]);
  return { scores, models, summary: summarizeMlTestScores(scores) };
}
