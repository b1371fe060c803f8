// schema.prisma and prisma/migrations must describe the same database. This migrates the run's
// database with our runner (scripts/test.ts did) and compares its catalog with the data model
// Prisma parses from schema.prisma: tables, columns (type, nullability), enums, indexes and
// foreign keys, both ways. Adding a field without a migration, or a migration without the field,
// fails here.
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANSWER_VALUES,
  ENTITY_KINDS,
  LIFECYCLES,
  RELATION_KINDS,
  RELATION_ORIGINS,
  RUBRICS,
  SIGNAL_KINDS,
} from "@/lib/domain/kinds";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "normal" | "unique" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
}

const dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: readFileSync("prisma/schema.prisma", "utf8") })),
) as Dmmf;
const models = dmmf.datamodel.models;
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (model: DmmfModel, fieldName: string) => {
  const f = model.fields.find((x) => x.name === fieldName);
  return f?.dbName ?? fieldName;
};

/** The column type Prisma's migrate would create for a field, in information_schema terms. */
function expectedType(f: DmmfField): string {
  if (f.isList) return `ARRAY:_${f.kind === "enum" ? f.type : scalarUdt(f)}`;
  if (f.kind === "enum") return `USER-DEFINED:${f.type}`;
  return scalarUdt(f);
}
function scalarUdt(f: DmmfField): string {
  const native = f.nativeType?.[0];
  if (native === "Timestamptz") return "timestamptz";
  if (native === "Date") return "date";
  const map: Record<string, string> = {
    String: "text",
    Int: "int4",
    BigInt: "int8",
    Float: "float8",
    Boolean: "bool",
    DateTime: "timestamp",
    Json: "jsonb",
    Decimal: "numeric",
    Bytes: "bytea",
  };
  const t = map[f.type];
  if (!t) throw new Error(`No mapping for Prisma type ${f.type}`);
  return t;
}

const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
}
let columns: ColumnRow[] = [];
let enums = new Map<string, string[]>();
let indexes: { table: string; columns: string[]; unique: boolean; primary: boolean }[] = [];
let foreignKeys: { table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string }[] = [];

beforeAll(async () => {
  await client.connect();
  columns = (
    await client.query<ColumnRow>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    )
  ).rows;
  const enumRows = await client.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
  );
  enums = new Map();
  for (const r of enumRows.rows) enums.set(r.name, [...(enums.get(r.name) ?? []), r.value]);
  indexes = (
    await client.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
      `SELECT c.relname AS "table", i.indisunique AS "unique", i.indisprimary AS "primary",
              array(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = c.relnamespace
       WHERE ns.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
    )
  ).rows;
  foreignKeys = (
    await client.query<{ table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string }>(
      `SELECT c.relname AS "table", r.relname AS "refTable",
              CASE con.confdeltype WHEN 'a' THEN 'NoAction' WHEN 'r' THEN 'Restrict' WHEN 'c' THEN 'Cascade'
                                   WHEN 'n' THEN 'SetNull' WHEN 'd' THEN 'SetDefault' END AS "onDelete",
              array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
              array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "refColumns"
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE con.contype = 'f' AND ns.nspname = 'public'`,
    )
  ).rows;
});
afterAll(async () => {
  await client.end();
});

describe("schema.prisma agrees with the migrated database", () => {
  it("has exactly the tables of the schema's models", () => {
    const dbTables = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(dbTables).toEqual(models.map(tableOf).sort());
  });

  it.each(models.map((m) => [m.name, m] as const))("model %s: columns, types and nullability", (_name, model) => {
    const expected = model.fields
      .filter((f) => f.kind !== "object")
      .map((f) => ({
        column: f.dbName ?? f.name,
        type: expectedType(f),
        // Prisma creates scalar-list columns without NOT NULL.
        nullable: !f.isRequired || f.isList,
      }))
      .sort((a, b) => a.column.localeCompare(b.column));
    const actual = columns
      .filter((c) => c.table_name === tableOf(model))
      .map((c) => ({
        column: c.column_name,
        type:
          c.data_type === "ARRAY"
            ? `ARRAY:${c.udt_name}`
            : c.data_type === "USER-DEFINED"
              ? `USER-DEFINED:${c.udt_name}`
              : c.udt_name,
        nullable: c.is_nullable === "YES",
      }))
      .sort((a, b) => a.column.localeCompare(b.column));
    expect(actual).toEqual(expected);
  });

  it("has exactly the schema's enums with their values in order", () => {
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(Object.fromEntries(enums)).toEqual(expected);
  });

  it("has exactly the schema's indexes, unique constraints and primary keys", () => {
    const key = (i: { table: string; columns: string[]; unique: boolean; primary: boolean }) =>
      `${i.table}(${i.columns.join(",")})${i.primary ? " pk" : i.unique ? " unique" : ""}`;
    const expected = dmmf.datamodel.indexes.map((i) => {
      const model = models.find((m) => m.name === i.model);
      if (!model) throw new Error(`index on unknown model ${i.model}`);
      return key({
        table: tableOf(model),
        columns: i.fields.map((f) => columnOf(model, f.name)),
        unique: i.type !== "normal",
        primary: i.type === "id",
      });
    });
    // A field-level @unique appears in DMMF's indexes too, so both sides list every index.
    expect(indexes.map(key).sort()).toEqual(expected.sort());
  });

  it("has exactly the schema's foreign keys with their delete rules", () => {
    const expected = models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
        .map((f) => {
          const target = models.find((t) => t.name === f.type);
          if (!target) throw new Error(`relation to unknown model ${f.type}`);
          return (
            `${tableOf(m)}(${(f.relationFromFields ?? []).map((n) => columnOf(m, n)).join(",")}) -> ${tableOf(target)}(${(f.relationToFields ?? []).map((n) => columnOf(target, n)).join(",")}) ` +
            `on delete ${f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")}`
          );
        }),
    );
    const actual = foreignKeys.map(
      (fk) =>
        `${fk.table}(${fk.columns.join(",")}) -> ${fk.refTable}(${fk.refColumns.join(",")}) on delete ${fk.onDelete}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("mirrors the closed sets that pure code keeps in lib/domain/kinds.ts", () => {
    expect(enums.get("EntityKind")).toEqual([...ENTITY_KINDS]);
    expect(enums.get("Lifecycle")).toEqual([...LIFECYCLES]);
    expect(enums.get("AnswerValue")).toEqual([...ANSWER_VALUES]);
    expect(enums.get("Rubric")).toEqual([...RUBRICS]);
    expect(enums.get("RelationKind")).toEqual([...RELATION_KINDS]);
    expect(enums.get("RelationOrigin")).toEqual([...RELATION_ORIGINS]);
    expect(enums.get("SignalKind")).toEqual([...SIGNAL_KINDS]);
  });
});
