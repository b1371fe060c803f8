// The "start a review" card, for people who may run one (maintainers for their teams, admins for
// every team and the organisation); others read past reviews only.
import { connection } from "next/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getViewer } from "@/lib/server/auth/viewer";
import { listReviewScopes } from "@/lib/server/reviews/list-review-scopes";
import { StartReviewForm } from "./start-review-form";

export async function StartReviewCard() {
  await connection();
  const viewer = await getViewer();
  const now = new Date();
  const scopes = await listReviewScopes({ principal: viewer?.principal ?? null, now });
  if (scopes.length === 0) return null;
  return (
    <Card>
      <CardHeader
        title="Start a review"
        description="The agenda is built from what changed over the period: scores, findings, answers, staleness, hotspots and action items."
      />
      <CardBody>
        <StartReviewForm
          scopes={scopes.map((s) => ({
            teamId: s.teamId,
            name: s.name,
            defaultStart: s.defaultStart.toISOString().slice(0, 10),
            continues: s.lastClosedId !== null,
          }))}
        />
      </CardBody>
    </Card>
  );
}
