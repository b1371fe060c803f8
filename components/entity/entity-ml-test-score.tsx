// A model's ML Test Score on its page (docs/scoring.md §9): the four section sums, the final
// score (the weakest section's) and its band, from the latest submitted ML Test Score
// assessment; the link opens that rubric's answers.
import Link from "next/link";
import { connection } from "next/server";
import { entityHref } from "@/lib/domain/format/labels";
import { formatRelative } from "@/lib/domain/format/date";
import { listMlTestScores } from "@/lib/server/scoring/list-ml-test-scores";
import { MlTestScoreBreakdown } from "@/components/assessment/ml-test-score-breakdown";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

export async function EntityMlTestScore({ entityId, name }: { entityId: string; name: string }) {
  await connection();
  const [score] = await listMlTestScores({ entityId });
  const answers = `${entityHref("MODEL", name)}/assess/ml-test-score`;
  return (
    <Card>
      <CardHeader
        title="ML Test Score"
        description={score ? `Submitted ${formatRelative(score.submittedAt, new Date())}` : undefined}
        action={
          <Link href={answers} className="font-medium text-accent hover:underline">
            {score ? "See the answers" : "Assess the ML Test Score"}
          </Link>
        }
      />
      <CardBody>
        {score ? (
          <MlTestScoreBreakdown result={score} />
        ) : (
          <p className="text-[13px] text-muted">
            No ML Test Score yet: 28 tests of data, model development, infrastructure and monitoring (Breck et al.).
          </p>
        )}
      </CardBody>
    </Card>
  );
}
