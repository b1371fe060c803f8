// /settings/webhooks: a team's outgoing webhooks (maintainers of the team and admins): add one,
// send it a test event, disable or delete it, and read its delivery log.
import type { Metadata } from "next";
import { Suspense } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { NotAllowed } from "@/components/ui/not-allowed";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CreateWebhookForm } from "@/components/settings/create-webhook-form";
import { WebhookList } from "@/components/settings/webhook-list";
import { getViewer } from "@/lib/server/auth/viewer";
import { listTeamChoices } from "@/lib/server/teams/list-team-choices";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default function WebhooksPage() {
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader
          title="Add a webhook"
          description={
            <>
              debtboard POSTs your team&apos;s gate changes, new findings and closed reviews to this address, signed
              with a secret only you and the receiver know; failed deliveries are retried with back-off.
            </>
          }
        />
        <CardBody>
          <Suspense fallback={<TableSkeleton rows={3} />}>
            <CreateWebhookCard />
          </Suspense>
        </CardBody>
      </Card>
      <Suspense
        fallback={
          <Card>
            <TableSkeleton rows={4} />
          </Card>
        }
      >
        <Webhooks />
      </Suspense>
    </div>
  );
}

async function CreateWebhookCard() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const teams = viewer.isAdmin ? await listTeamChoices() : viewer.teams.filter((t) => t.role === "MAINTAINER");
  if (teams.length === 0)
    return (
      <NotAllowed reason="Only a team's maintainers and organisation admins can add its webhooks.">
        Add webhook
      </NotAllowed>
    );
  return <CreateWebhookForm teams={teams.map((t) => ({ id: t.id, name: t.name }))} />;
}

async function Webhooks() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const canAdd = viewer.isAdmin || viewer.teams.some((t) => t.role === "MAINTAINER");
  return <WebhookList webhooks={await listWebhooks(viewer.principal)} now={new Date()} canAdd={canAdd} />;
}
