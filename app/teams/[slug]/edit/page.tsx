// /teams/{slug}/edit — rename or re-describe a team (its maintainers, admins), and archive or
// restore it (admins only). The same gates the definitions use decide what is shown.
import type { Metadata } from "next";
import { Suspense } from "react";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { ShieldAlert } from "lucide-react";
import { ArchiveTeamForm } from "@/components/teams/archive-team-form";
import { TeamForm } from "@/components/teams/team-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CardSkeleton } from "@/components/ui/skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { getTeam } from "@/lib/server/teams/get-team";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]/edit">): Promise<Metadata> {
  return { title: `Edit ${(await params).slug}` };
}

export default function EditTeamPage({ params }: PageProps<"/teams/[slug]/edit">) {
  return (
    <Suspense fallback={<CardSkeleton title="Edit team" rows={4} />}>
      <EditTeam params={params} />
    </Suspense>
  );
}

async function EditTeam({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await connection();
  const [team, principal] = await Promise.all([getTeam({ slug }), getSessionPrincipal()]);
  if (!team) notFound();
  const href = `/teams/${team.slug}`;
  const mayEdit = can(principal, "catalog:write", { teamId: team.id });
  const mayArchive = can(principal, "org:admin", { teamId: null });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Teams", href: "/teams" }, { label: team.name, href }, { label: "Edit" }]}
        title={`Edit ${team.name}`}
      />
      {!mayEdit ? (
        <Card className="max-w-4xl">
          <EmptyState
            icon={ShieldAlert}
            title="You cannot edit this team"
            description="Only its maintainers (and admins) may change it."
          />
        </Card>
      ) : (
        <div className="max-w-4xl space-y-5">
          <Card>
            <CardBody className="pt-5">
              <TeamForm team={team} cancelHref={href} />
            </CardBody>
          </Card>
          {mayArchive ? (
            <Card>
              <CardHeader
                title={team.archivedAt ? "Restore team" : "Archive team"}
                description={
                  team.archivedAt
                    ? "Bring it back into the team lists."
                    : "Archiving hides it from the team lists and stops its team tokens. Nothing is deleted: its entities keep their owner, its history stays, and it can be restored."
                }
              />
              <CardBody>
                <ArchiveTeamForm slug={team.slug} archived={team.archivedAt !== null} />
              </CardBody>
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}
