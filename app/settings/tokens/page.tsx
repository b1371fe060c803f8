// /settings/tokens: create personal and team API tokens, see and revoke them.
import type { Metadata } from "next";
import { Suspense } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { TokenTable } from "@/components/settings/token-table";
import { heldPermissions } from "@/lib/domain/auth/permissions";
import { getViewer } from "@/lib/server/auth/viewer";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { listTeamChoices } from "@/lib/server/teams/list-team-choices";

export const metadata: Metadata = { title: "API tokens" };

export default function TokensPage() {
  return (
    <div className="space-y-5">
      <Card>
        <CardHeader
          title="Create an API token"
          description={
            <>
              For scripts and pipelines calling <code className="font-mono text-xs">/api/v1</code>. A token can do at
              most what its owner may, and only within its scopes.
            </>
          }
        />
        <CardBody>
          <Suspense fallback={<TableSkeleton rows={3} />}>
            <CreateTokenCard />
          </Suspense>
        </CardBody>
      </Card>
      <Card className="overflow-hidden">
        <CardHeader
          title="Tokens"
          description="Yours, your teams' and — for admins — everyone's. Only a prefix is ever shown again."
        />
        <Suspense fallback={<TableSkeleton rows={4} />}>
          <TokenList />
        </Suspense>
      </Card>
    </div>
  );
}

async function CreateTokenCard() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const teams = viewer.isAdmin ? await listTeamChoices() : viewer.teams.filter((t) => t.role === "MAINTAINER");
  // A personal token may hold only what its owner holds somewhere (the action refuses the rest).
  const personalScopes = heldPermissions(viewer.principal);
  return <CreateTokenForm teams={teams.map((t) => ({ id: t.id, name: t.name }))} personalScopes={personalScopes} />;
}

async function TokenList() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const tokens = await listApiTokens(viewer.principal);
  return <TokenTable tokens={tokens} principal={viewer.principal} now={new Date()} />;
}
