// The team scorecard's ML Test Score summary (docs/scoring.md §9): how many of the team's live
// models have a score, how many sit in each band, the section the team tests least, and the
// models from the lowest score up, each linking to its page (its answers are one click further).
import Link from "next/link";
import { connection } from "next/server";
import { getTeamMlTestSummary } from "@/lib/server/scoring/get-team-ml-test-summary";
import { entityHref } from "@/lib/domain/format/labels";
import { ML_TEST_SECTION_LABELS, ML_TEST_SECTION_MAX } from "@/lib/domain/scoring/ml-test-score";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

const SHOWN = 6;

export async function TeamMlTestScores({ teamId }: { teamId: string }) {
  await connection();
  const { scores, models, summary } = await getTeamMlTestSummary(teamId);
  return (
    <Card>
      <CardHeader
        title="ML Test Score"
        description={`${summary.assessed} of ${models} models scored. A model's score is its weakest section's (0–${ML_TEST_SECTION_MAX}).`}
      />
      <CardBody>
        {summary.assessed === 0 ? (
          <p className="text-[13px] text-muted">No model of this team has an ML Test Score yet.</p>
        ) : (
          <div className="space-y-4">
            <ul className="flex flex-wrap gap-2" aria-label="Models per band">
              {summary.bands.map(({ band, count }) => (
                <li key={band.key} className="rounded-md border border-border px-2 py-1 text-xs" title={band.meaning}>
                  <span className="font-semibold tabular">{count}</span>{" "}
                  <span className="text-muted">{band.label}</span>
                </li>
              ))}
            </ul>
            {summary.weakestSection ? (
              <p className="text-[13px] text-muted">
                Thinnest section across the team:{" "}
                <span className="font-medium text-foreground">{ML_TEST_SECTION_LABELS[summary.weakestSection]}</span>{" "}
                (mean {summary.sectionMeans[summary.weakestSection].toFixed(1)} of {ML_TEST_SECTION_MAX}).
              </p>
            ) : null}
            <table className="w-full text-[13px]">
              <caption className="sr-only">Models by ML Test Score, lowest first</caption>
              <thead>
                <tr className="text-left text-xs text-muted">
                  <th className="pb-1 font-medium">Model</th>
                  <th className="pb-1 text-right font-medium">Score</th>
                  <th className="pb-1 pl-3 font-medium">Band</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {scores.slice(0, SHOWN).map((s) => (
                  <tr key={s.entityId}>
                    <td className="max-w-0 truncate py-1.5 pr-2">
                      <Link href={entityHref("MODEL", s.name)} className="font-mono text-accent hover:underline">
                        {s.name}
                      </Link>
                    </td>
                    <td className="py-1.5 text-right tabular">{s.score}</td>
                    <td className="py-1.5 pl-3 text-muted">{s.band.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {scores.length > SHOWN ? (
              <p className="text-xs text-muted">and {scores.length - SHOWN} more, higher scores.</p>
            ) : null}
          </div>
        )}
      </CardBody>
    </Card>
  );
}

export function TeamMlTestScoresSkeleton() {
  return (
    <Card>
      <CardHeader title="ML Test Score" />
      <CardBody>
        <div className="space-y-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-full" />
          ))}
        </div>
      </CardBody>
    </Card>
  );
}
