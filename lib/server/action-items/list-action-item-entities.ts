// Entities an action item of a team may link to (the team's own and orphans), active ones, for
// the form's entity choice.
import "server-only";
import type { EntityKind } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";

export async function listActionItemEntities(options: {
  teamId: string;
}): Promise<{ id: string; kind: EntityKind; name: string }[]> {
  const rows = await db().entity.findMany({
    where: { archivedAt: null, teamId: options.teamId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, kind: true, name: true },
    take: 2000,
  });
  return rows as { id: string; kind: EntityKind; name: string }[];
}
