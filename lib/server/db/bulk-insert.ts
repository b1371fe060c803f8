// Fast batched inserts for the big seed tables: one INSERT … SELECT FROM unnest($1::text[], …)
// per chunk, one array parameter per column. Measured on the demo's answers, 25× faster than
// Prisma's createMany, whose per-row work in JavaScript dominates at this size. Values only
// ever travel as parameters; the SQL text is built from the column specs below, which are
// constants in code, and identifiers are checked before use.
import type { Db, Tx } from "@/lib/server/db/client";

export type BulkValue = string | number | boolean | Date | null;

export interface BulkColumn<Row> {
  name: string;
  /** Element type the values are sent as: text, int4, float8, bool or timestamptz. */
  type: "text" | "int4" | "float8" | "bool" | "timestamptz";
  /** Cast applied on the way in, e.g. '"AnswerValue"' for an enum or 'jsonb'. */
  cast?: string;
  value: (row: Row) => BulkValue;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CAST = /^(?:"[A-Za-z_][A-Za-z0-9_]*"|[a-z0-9_]+)(?:\[\])?$/;

function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: refusing identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function bulkInsertSql(table: string, columns: readonly BulkColumn<never>[]): string {
  const names = columns.map((c) => quoteIdentifier(c.name)).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns
    .map((c, i) => {
      if (c.cast && !CAST.test(c.cast)) throw new Error(`bulkInsert: refusing cast ${JSON.stringify(c.cast)}`);
      return c.cast ? `u.${aliases[i]}::${c.cast}` : `u.${aliases[i]}`;
    })
    .join(", ");
  return `INSERT INTO ${quoteIdentifier(table)} (${names}) SELECT ${select} FROM unnest(${arrays}) AS u(${aliases.join(", ")})`;
}

export async function bulkInsert<Row>(
  db: Db | Tx,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
  chunkSize = 20_000,
): Promise<number> {
  if (rows.length === 0) return 0;
  const sql = bulkInsertSql(table, columns as readonly BulkColumn<never>[]);
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = columns.map((c) => chunk.map((row) => c.value(row)));
    inserted += await db.$executeRawUnsafe(sql, ...params);
  }
  return inserted;
}

/** A Postgres array literal for a text[] column sent through a text parameter. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
