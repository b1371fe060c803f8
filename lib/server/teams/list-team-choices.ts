// Active teams with their ids, for forms that pick a team (token owner, memberships).
import "server-only";
import { db } from "@/lib/server/db/client";

export async function listTeamChoices(): Promise<{ id: string; slug: string; name: string }[]> {
  return db().team.findMany({
    where: { archivedAt: null },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}
