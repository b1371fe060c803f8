// Size-safe database work for catalogue imports: a batch may name tens of thousands of entities
// and relations, and one statement may carry at most 65,535 bind parameters. Lists built from a
// whole batch are sent in chunks, and (kind, name) ends are looked up through unnest — two array
// parameters whatever the size.
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RelationKind } from "@/lib/domain/catalog-yaml/relations";
import type { EntityKind } from "@/lib/domain/kinds";
import type { Tx } from "@/lib/server/db/client";

/** Rows or list items per statement: well under the parameter limit even at 10 columns a row. */
export const CHUNK = 5_000;

export function chunked<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Runs `run` on each chunk in turn (a transaction has one connection) and concatenates the rows. */
export async function inChunks<T, R>(
  items: readonly T[],
  run: (chunk: T[]) => Promise<R[]>,
  size = CHUNK,
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunked(items, size)) out.push(...(await run(chunk)));
  return out;
}

/** A cuid-shaped id ("c" + 24 base-36 characters, random), known before a batched insert. */
export function newId(): string {
  const bytes = randomBytes(24);
  let id = "c";
  for (const b of bytes) id += (b % 36).toString(36);
  return id;
}

export interface EntityRefLike {
  kind: EntityKind;
  name: string;
}

/** Ids of the entities named, keyed `KIND:name` (archived ones included); missing ones are absent. */
export async function entityIdsByRef(tx: Tx, refs: readonly EntityRefLike[]): Promise<Map<string, string>> {
  const unique = [...new Map(refs.map((r) => [`${r.kind}:${r.name}`, r])).values()];
  if (unique.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; kind: string; name: string }[]>(Prisma.sql`
    SELECT e.id, e.kind::text AS kind, e.name
    FROM unnest(${unique.map((r) => r.kind)}::text[], ${unique.map((r) => r.name)}::text[]) AS u(kind, name)
    JOIN "Entity" e ON e.kind = u.kind::"EntityKind" AND e.name = u.name`);
  return new Map(rows.map((r) => [`${r.kind}:${r.name}`, r.id]));
}

export interface RelationKey {
  fromId: string;
  toId: string;
  kind: RelationKind;
}

/**
 * Makes each relation exist, declared and active (what an upsert per relation did): inserts the
 * missing ones, turns observed or archived ones into active declared ones, and returns every id
 * keyed `kind|fromId|toId`. One statement, four array parameters, per chunk of relations.
 */
export async function upsertDeclaredRelations(tx: Tx, relations: readonly RelationKey[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // One row per key: ON CONFLICT may not touch a row twice in one statement.
  const unique = [...new Map(relations.map((r) => [`${r.kind}|${r.fromId}|${r.toId}`, r])).values()];
  for (const chunk of chunked(unique)) {
    const rows = await tx.$queryRaw<{ id: string; fromId: string; toId: string; kind: string }[]>(Prisma.sql`
      INSERT INTO "Relation" (id, kind, "fromId", "toId")
      SELECT u.id, u.kind::"RelationKind", u."fromId", u."toId"
      FROM unnest(${chunk.map(() => newId())}::text[], ${chunk.map((r) => r.kind)}::text[], ${chunk.map((r) => r.fromId)}::text[], ${chunk.map((r) => r.toId)}::text[]) AS u(id, kind, "fromId", "toId")
      ON CONFLICT ("fromId", "toId", kind) DO UPDATE SET origin = 'DECLARED', "archivedAt" = NULL
      RETURNING id, "fromId", "toId", kind::text AS kind`);
    for (const r of rows) ids.set(`${r.kind}|${r.fromId}|${r.toId}`, r.id);
  }
  return ids;
}
