// "New team" on /teams: the button, and the form it opens (/teams?new=1). Creating a team needs
// org:admin (createTeam's permission), so both are shown to organisation admins only — the
// server refuses anyone else anyway. A query parameter rather than /teams/new, because "new" is
// a valid team slug and /teams/new would hide that team's page.
import Link from "next/link";
import { Plus } from "lucide-react";
import { connection } from "next/server";
import { can } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { primaryButton } from "@/components/ui/controls";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TeamForm } from "./team-form";

async function mayCreateTeams() {
  await connection();
  return can(await getSessionPrincipal(), "org:admin", { teamId: null });
}

export async function NewTeamButton() {
  if (!(await mayCreateTeams())) return null;
  return (
    <Link href="/teams?new=1" className={primaryButton}>
      <Plus aria-hidden className="size-3.5" />
      New team
    </Link>
  );
}

export async function NewTeamCard({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if ((await searchParams).new !== "1" || !(await mayCreateTeams())) return null;
  return (
    <Card className="mb-5">
      <CardHeader title="New team" description="Maintainers are added on the members page once it exists." />
      <CardBody>
        <TeamForm cancelHref="/teams" />
      </CardBody>
    </Card>
  );
}
