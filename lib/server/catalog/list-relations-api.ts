// The API's relation list: those touching one entity (or all), active only unless asked, keyset
// paginated by id so any page is one index range.
import "server-only";
import { z } from "zod";
import { formatRef, parseEntityRef } from "@/lib/domain/catalog-yaml/refs";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";

export const listRelationsQuery = z.object({
  entity: z.string().optional(),
  archived: z.enum(["true", "false"]).default("false"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});

export async function listRelationsApi(query: z.output<typeof listRelationsQuery>) {
  let where: Prisma.RelationWhereInput = query.archived === "true" ? {} : { archivedAt: null };
  if (query.entity) {
    const ref = parseEntityRef(query.entity, null);
    if (typeof ref === "string") throw new InvalidInputError(ref, { entity: [ref] });
    const e = await db().entity.findUnique({ where: { kind_name: ref }, select: { id: true } });
    where = { ...where, OR: [{ fromId: e?.id ?? "" }, { toId: e?.id ?? "" }] };
  }
  const rows = await db().relation.findMany({
    where: query.cursor ? { AND: [where, { id: { gt: query.cursor } }] } : where,
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: {
      id: true,
      kind: true,
      origin: true,
      archivedAt: true,
      createdAt: true,
      from: { select: { kind: true, name: true } },
      to: { select: { kind: true, name: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      origin: r.origin,
      from: formatRef(r.from.kind, r.from.name),
      to: formatRef(r.to.kind, r.to.name),
      archived: r.archivedAt !== null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
