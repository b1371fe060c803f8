// Teams whose catalogue this person may change (all for admins, the ones they maintain otherwise),
// for the owner choice on entity forms.
import "server-only";
import { can, type Principal } from "@/lib/domain/auth/permissions";
import { db } from "@/lib/server/db/client";

export async function listWritableTeams(options: {
  principal: Principal | null;
}): Promise<{ id: string; slug: string; name: string }[]> {
  const teams = await db().team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
  return teams.filter((t) => can(options.principal, "catalog:write", { teamId: t.id }));
}
