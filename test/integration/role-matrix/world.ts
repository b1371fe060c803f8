// The people every matrix row is tried as: an admin, a maintainer and a member of one team, an
// outsider in no team, each with a session and an all-scopes personal token; a team token. The
// shipped checklist is loaded (idempotent), so assessment rows have questions to answer.
import { PERMISSIONS } from "@/lib/domain/auth/permissions";
import { TEAM_TOKEN_SCOPES } from "@/lib/domain/auth/token-policy";
import { db } from "@/lib/server/db/client";
import { loadChecklist } from "@/lib/server/seed/load-checklist";
import { createPerson, createTeam, createToken, sessionCookie } from "../support/people";
import type { World, WorldPerson } from "./types";

export async function buildWorld(): Promise<World> {
  const [team, otherTeam] = await Promise.all([createTeam(), createTeam(), loadChecklist(db())]);
  const person = async (spec: Parameters<typeof createPerson>[0]): Promise<WorldPerson> => {
    const user = await createPerson(spec);
    const [cookie, token] = await Promise.all([
      sessionCookie(user.email),
      createToken({ userId: user.id }, PERMISSIONS),
    ]);
    return { id: user.id, email: user.email, cookie, token: token.secret };
  };
  const [admin, maintainer, member, outsider] = await Promise.all([
    person({ orgRole: "ADMIN" }),
    person({
      teams: [
        [team.id, "MAINTAINER"],
        [otherTeam.id, "MEMBER"],
      ],
    }),
    person({ teams: [[team.id, "MEMBER"]] }),
    person({}),
  ]);
  const teamToken = await createToken({ teamId: team.id }, TEAM_TOKEN_SCOPES);
  return { team, otherTeam, people: { admin, maintainer, member, outsider }, teamToken: teamToken.secret };
}
