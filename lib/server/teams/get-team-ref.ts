// A team's id, slug and name by slug (archived ones too): what a team page needs before its cards
// load, so an unknown slug can be refused up front. Null when there is no such team.
import "server-only";
import { db } from "@/lib/server/db/client";

export interface TeamRef {
  id: string;
  slug: string;
  name: string;
}

export async function getTeamRef(options: { slug: string }): Promise<TeamRef | null> {
  return db().team.findUnique({ where: { slug: options.slug }, select: { id: true, slug: true, name: true } });
}
