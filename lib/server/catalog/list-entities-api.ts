// The API's entity list: filters and keyset (cursor) pagination over the unique (kind, name)
// order, so page 800 costs the same as page 1 and nothing loads a whole table.
import "server-only";
import { z } from "zod";
import { ENTITY_KINDS } from "@/lib/domain/kinds";
import { lifecycle } from "@/lib/domain/catalog-yaml/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import { DRAFT_SELECT, toDraft } from "./entity-draft";

export const listEntitiesQuery = z.object({
  kind: z.enum(ENTITY_KINDS).optional(),
  team: z.string().optional(),
  lifecycle: lifecycle.optional(),
  q: z.string().max(100).optional(),
  archived: z.enum(["true", "false"]).default("false"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().optional(),
});

export async function listEntitiesApi(query: z.output<typeof listEntitiesQuery>) {
  const where: Prisma.EntityWhereInput = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.team === "none" ? { teamId: null } : query.team ? { team: { slug: query.team } } : {}),
    ...(query.lifecycle ? { lifecycle: query.lifecycle } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { title: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(query.archived === "true" ? {} : { archivedAt: null }),
  };
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db().entity.findMany({
    // Postgres orders enums by declaration, which ENTITY_KINDS mirrors: "after" = a later kind, or the same kind and a later name.
    where: after
      ? {
          AND: [
            where,
            {
              OR: [
                { kind: { in: ENTITY_KINDS.slice(ENTITY_KINDS.indexOf(after.kind) + 1) } },
                { kind: after.kind, name: { gt: after.name } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: query.limit + 1,
    select: DRAFT_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((e) => toApiEntity(e)),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.kind, last.name])).toString("base64url")
        : null,
  };
}

function decodeCursor(cursor: string): { kind: (typeof ENTITY_KINDS)[number]; name: string } | null {
  try {
    const [kind, name] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [string, string];
    const k = ENTITY_KINDS.find((x) => x === kind);
    return k && typeof name === "string" ? { kind: k, name } : null;
  } catch {
    return null;
  }
}

export function toApiEntity(e: Parameters<typeof toDraft>[0]) {
  return {
    ...toDraft(e),
    version: e.version,
    archived: e.archivedAt !== null,
    updatedAt: e.updatedAt.toISOString(),
    updatedBy: e.updatedBy?.name ?? null,
  };
}
