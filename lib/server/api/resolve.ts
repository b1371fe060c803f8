// Path parameters that name people and teams the way scripts know them: a user by id or email,
// a team by id or slug. Unknown names resolve to the given value, so the action reports "not found".
import "server-only";
import { decodeSegment } from "@/lib/domain/format/labels";
import { db } from "@/lib/server/db/client";

export async function resolveUserId(idOrEmail: string): Promise<string> {
  const value = decodeSegment(idOrEmail);
  if (!value.includes("@")) return value;
  return (await db().user.findUnique({ where: { email: value.toLowerCase() }, select: { id: true } }))?.id ?? value;
}

export async function resolveTeamId(idOrSlug: string): Promise<string> {
  const value = decodeSegment(idOrSlug);
  const team = await db().team.findFirst({ where: { OR: [{ id: value }, { slug: value }] }, select: { id: true } });
  return team?.id ?? value;
}
