// The failing and partial answers behind a rating: every one in the latest submitted DEBT
// assessment of each entity in scope (one entity, a team's active entities, or every active
// entity), with the assessor's note and evidence, the item's weight and days, and what it owes.
// Their principal adds up to the scope's principal, since both come from the same answers.
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/domain/kinds";
import { answerDebtSql, carriesDebtSql } from "@/lib/server/scoring/debt-rule.sql";
import { LATEST_DEBT_ASSESSMENT_OF_E } from "@/lib/server/scoring/latest-debt-assessment.sql";

export interface DebtItem {
  entity: { kind: EntityKind; name: string; teamSlug: string | null; teamName: string | null };
  assessmentSeq: number;
  submittedAt: Date;
  author: string | null;
  itemKey: string;
  question: string;
  categoryKey: string;
  categoryName: string;
  weight: number;
  remediationDays: number;
  value: "FAIL" | "PARTIAL";
  note: string;
  evidenceUrl: string | null;
  /** remediationDays × debt (fail 1, partial ½). */
  principalDays: number;
  /** weight × debt: what fixing it takes off the debt weight. */
  debtWeight: number;
}

export interface ListDebtItemsOptions {
  /** One entity; else one team's active entities; else the organisation's. */
  entityId?: string;
  teamId?: string;
  categoryKey?: string;
  /** Omitted = all of them (a team's path to the next rating needs every one). */
  limit?: number;
}

export interface DebtItems {
  items: DebtItem[];
  /** Before the limit. */
  total: number;
  totalPrincipal: number;
}

type Row = Omit<DebtItem, "entity"> & {
  kind: EntityKind;
  name: string;
  teamSlug: string | null;
  teamName: string | null;
  total: number;
  totalPrincipal: number;
};

export async function listDebtItems(options: ListDebtItemsOptions = {}): Promise<DebtItems> {
  const scope = options.entityId
    ? Prisma.sql`e."id" = ${options.entityId}`
    : options.teamId
      ? Prisma.sql`e."archivedAt" IS NULL AND e."teamId" = ${options.teamId}`
      : Prisma.sql`e."archivedAt" IS NULL`;
  const category = options.categoryKey ? Prisma.sql`AND c."key" = ${options.categoryKey}` : Prisma.empty;
  const debt = answerDebtSql(Prisma.sql`ans."value"`);
  const limit = options.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${options.limit}`;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH items AS (
      SELECT e."kind"::text AS "kind", e."name", t."slug" AS "teamSlug", t."name" AS "teamName",
        a."submittedSeq" AS "assessmentSeq", a."submittedAt", u."name" AS "author",
        i."key" AS "itemKey", i."question", c."key" AS "categoryKey", c."name" AS "categoryName",
        i."weight"::float8 AS "weight", i."remediationDays"::float8 AS "remediationDays", ans."value"::text AS "value",
        ans."note", ans."evidenceUrl", c."position" AS "categoryPosition", i."position" AS "itemPosition",
        (i."remediationDays" * ${debt})::float8 AS "principalDays",
        (i."weight" * ${debt})::float8 AS "debtWeight"
      FROM "Entity" e
      JOIN LATERAL (${LATEST_DEBT_ASSESSMENT_OF_E}
      ) l ON TRUE
      JOIN "Assessment" a ON a."id" = l."assessmentId"
      JOIN "Answer" ans ON ans."assessmentId" = l."assessmentId" AND ${carriesDebtSql(Prisma.sql`ans."value"`)}
      JOIN "ChecklistItem" i ON i."id" = ans."itemId"
      JOIN "DebtCategory" c ON c."id" = i."categoryId" ${category}
      LEFT JOIN "Team" t ON t."id" = e."teamId"
      LEFT JOIN "User" u ON u."id" = a."authorId"
      WHERE ${scope}
    )
    SELECT "kind", "name", "teamSlug", "teamName", "assessmentSeq", "submittedAt", "author", "itemKey", "question",
      "categoryKey", "categoryName", "weight", "remediationDays", "value", "note", "evidenceUrl", "principalDays",
      "debtWeight", COUNT(*) OVER ()::int AS "total", SUM("principalDays") OVER ()::float8 AS "totalPrincipal"
    FROM items
    ORDER BY "principalDays" DESC, "debtWeight" DESC, "name", "categoryPosition", "itemPosition"
    ${limit}`);
  return {
    total: rows[0]?.total ?? 0,
    totalPrincipal: rows[0]?.totalPrincipal ?? 0,
    items: rows.map((r) => ({
      entity: { kind: r.kind, name: r.name, teamSlug: r.teamSlug, teamName: r.teamName },
      assessmentSeq: r.assessmentSeq,
      submittedAt: r.submittedAt,
      author: r.author,
      itemKey: r.itemKey,
      question: r.question,
      categoryKey: r.categoryKey,
      categoryName: r.categoryName,
      weight: r.weight,
      remediationDays: r.remediationDays,
      value: r.value,
      note: r.note,
      evidenceUrl: r.evidenceUrl,
      principalDays: r.principalDays,
      debtWeight: r.debtWeight,
    })),
  };
}
