// A team's ML Test Scores for its scorecard: every live model's score, how many live models the
// team has, and the summary (bands, thinnest section).
import { db } from "@/lib/server/db/client";
import { summarizeMlTestScores } from "@/lib/domain/scoring/ml-test-score";
import { listMlTestScores } from "./list-ml-test-scores";

export async function getTeamMlTestSummary(teamId: string) {
  const [scores, models] = await Promise.all([
    listMlTestScores({ teamId }),
    db().entity.count({ where: { teamId, kind: "MODEL", archivedAt: null } }),
  ]);
  return { scores, models, summary: summarizeMlTestScores(scores) };
}
