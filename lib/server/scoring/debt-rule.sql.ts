// The debt rule in SQL, generated from the TypeScript rule (lib/domain/scoring/score.ts:
// ANSWER_DEBT, NOT_APPLICABLE, RATING_UPPER_BOUNDS) so that the two cannot drift apart. Every SQL
// aggregate of debt is built from these fragments; none writes 'PARTIAL' → 0.5 by hand.
// test/integration/debt-rule-sql.test.ts runs them on Postgres against a table of answer sets and
// compares the result with sumAnswers / ratingOf.
//
// The fragments are expressions over columns the caller names, meant for a SELECT list with a
// GROUP BY. Two kinds of row set:
//   - applicable items: one row per item that applied to the assessment, answered or not (value
//     NULL = unanswered, 'NA' = the assessor took it out). All five ScoreSums follow from it.
//   - answers: one row per answer only. Answers cannot tell how many applicable items were left
//     unanswered, so applicableCount is not derived from them (read the frozen sums instead).
import { Prisma } from "@/lib/generated/prisma/client";
import { ANSWER_VALUES } from "@/lib/domain/kinds";
import {
  ANSWER_DEBT,
  NOT_APPLICABLE,
  RATING_EPSILON,
  RATING_UPPER_BOUNDS,
  RATINGS,
  type Rating,
} from "@/lib/domain/scoring/score";

// The constants are ours (never user input), so they are spelled into the SQL as literals: the
// planner sees constants, and a fragment can be used where bind parameters are awkward (CTEs
// repeated in several statements, GROUP BY expressions).
function answerLiteral(value: string): Prisma.Sql {
  if (!(ANSWER_VALUES as readonly string[]).includes(value)) throw new Error(`not an answer value: ${value}`);
  return Prisma.raw(`'${value}'`);
}

function numberLiteral(n: number): Prisma.Sql {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return Prisma.raw(`${n}::float8`);
}

/** An answer's debt (ANSWER_DEBT) as a float8 expression; NULL for n-a and for no answer. */
export function answerDebtSql(value: Prisma.Sql): Prisma.Sql {
  const arms = Object.entries(ANSWER_DEBT).map(
    ([answer, debt]) => Prisma.sql`WHEN ${answerLiteral(answer)} THEN ${numberLiteral(debt)}`,
  );
  return Prisma.sql`(CASE ${value} ${Prisma.join(arms, " ")} END)`;
}

/** The answer values that carry debt (partial, fail): what a "failing answers" list shows. */
export const DEBT_CARRYING_ANSWERS = Object.entries(ANSWER_DEBT)
  .filter(([, debt]) => debt > 0)
  .map(([answer]) => answer as keyof typeof ANSWER_DEBT);

/** `value` is one of DEBT_CARRYING_ANSWERS. */
export function carriesDebtSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${value} IN (${Prisma.join(DEBT_CARRYING_ANSWERS.map(answerLiteral), ", ")}))`;
}

/** `value` is a real answer (not n-a, not missing): the item counts as answered. */
export function answeredSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${answerDebtSql(value)} IS NOT NULL)`;
}

/** The columns of one item row the sums read. */
export interface ItemRowColumns {
  /** The answer (NULL when the applicable item was left unanswered). */
  value: Prisma.Sql;
  weight: Prisma.Sql;
  remediationDays: Prisma.Sql;
}

function answeredAggregates(c: ItemRowColumns): Prisma.Sql[] {
  const debt = answerDebtSql(c.value);
  return [
    Prisma.sql`COALESCE(SUM(${c.weight}::float8 * ${debt}), 0)::float8 AS "debtWeight"`,
    Prisma.sql`COALESCE(SUM(${c.weight}::float8) FILTER (WHERE ${answeredSql(c.value)}), 0)::float8 AS "totalWeight"`,
    Prisma.sql`(COUNT(*) FILTER (WHERE ${answeredSql(c.value)}))::int AS "answeredCount"`,
    Prisma.sql`COALESCE(SUM(${c.remediationDays}::float8 * ${debt}), 0)::float8 AS "principalDays"`,
  ];
}

/**
 * Over rows of APPLICABLE ITEMS (unanswered ones included, value NULL): the five ScoreSums columns
 * "debtWeight", "totalWeight", "answeredCount", "applicableCount", "principalDays", exactly as
 * sumAnswers computes them.
 */
export function applicableItemSumsSql(c: ItemRowColumns): Prisma.Sql {
  return Prisma.join(
    [
      ...answeredAggregates(c),
      Prisma.sql`(COUNT(*) FILTER (WHERE ${c.value} IS DISTINCT FROM ${answerLiteral(NOT_APPLICABLE)}))::int AS "applicableCount"`,
    ],
    ",\n      ",
  );
}

/**
 * Over rows of ANSWERS only: "debtWeight", "totalWeight", "answeredCount", "principalDays" (n-a
 * rows count for nothing). No "applicableCount": unanswered items are not in the rows.
 */
export function answeredItemSumsSql(c: ItemRowColumns): Prisma.Sql {
  return Prisma.join(answeredAggregates(c), ",\n      ");
}

/** The rating letter of a ratio expression (ratingOf): RATING_UPPER_BOUNDS with the same tolerance. */
export function ratingSql(ratio: Prisma.Sql): Prisma.Sql {
  const bounded = RATINGS.filter((r): r is Exclude<Rating, "E"> => r !== "E");
  const arms = bounded.map(
    (r) =>
      Prisma.sql`WHEN ${ratio} <= ${numberLiteral(RATING_UPPER_BOUNDS[r] + RATING_EPSILON)} THEN ${Prisma.raw(`'${r}'`)}`,
  );
  return Prisma.sql`(CASE WHEN ${ratio} IS NULL THEN NULL ${Prisma.join(arms, " ")} ELSE 'E' END)`;
}
