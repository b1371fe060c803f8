// People who may own a team's action items (its members and the organisation's admins), for the
// owner choice on the forms; with no team, everyone who owns an item (the list's owner filter).
import "server-only";
import { db } from "@/lib/server/db/client";

export async function listActionItemOwners(
  options: { teamId?: string | null } = {},
): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({
    where: {
      deactivatedAt: null,
      ...(options.teamId
        ? { OR: [{ orgRole: "ADMIN" }, { memberships: { some: { teamId: options.teamId } } }] }
        : { actionItemsOwned: { some: {} } }),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
