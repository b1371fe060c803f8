// Teams as filter options (slug and name), alphabetical.
import "server-only";
import { db } from "@/lib/server/db/client";

export interface ListTeamOptionsOptions {
  /** Offer archived teams too (their entities may still be listed); default false. */
  includeArchived?: boolean;
}

export interface TeamOption {
  slug: string;
  name: string;
}

export async function listTeamOptions(options: ListTeamOptionsOptions = {}): Promise<TeamOption[]> {
  return db().team.findMany({
    where: options.includeArchived ? {} : { archivedAt: null },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}
