// Looking up owners on the server (never trusting the form): a team slug's id, an entity's team.
import "server-only";
import type { EntityKind } from "@/lib/domain/kinds";
import { db, type Tx } from "@/lib/server/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/server/errors";

export async function teamIdOfSlug(
  slug: string | null,
  client: Tx | ReturnType<typeof db> = db(),
): Promise<string | null> {
  if (slug === null) return null;
  const team = await client.team.findUnique({ where: { slug }, select: { id: true, archivedAt: true } });
  if (!team || team.archivedAt)
    throw new InvalidInputError("Some fields need attention.", { team: [`There is no team "${slug}".`] });
  return team.id;
}

export async function entityOrThrow(kind: EntityKind, name: string, client: Tx | ReturnType<typeof db> = db()) {
  const entity = await client.entity.findUnique({
    where: { kind_name: { kind, name } },
    select: { id: true, teamId: true, archivedAt: true },
  });
  if (!entity) throw new NotFoundError(`${kind.toLowerCase().replace("_", " ")} ${name}`);
  return entity;
}
