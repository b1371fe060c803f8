// The debt rule exists once: the SQL fragments (lib/server/scoring/debt-rule.sql.ts) are generated
// from the TypeScript rule (lib/domain/scoring/score.ts). This runs them on Postgres over a table
// of answer sets (hand-picked edge cases plus seeded random ones) and compares every sum with
// sumAnswers, every answer's debt with debtOf, and every rating letter with ratingOf.
import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, type AnswerValue } from "@/lib/domain/kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  debtOf,
  ratingOf,
  RATING_UPPER_BOUNDS,
  sumAnswers,
  type ScorableAnswer,
  type ScoreSums,
} from "@/lib/domain/scoring/score";
import { db } from "@/lib/server/db/client";
import {
  answerDebtSql,
  answeredItemSumsSql,
  applicableItemSumsSql,
  carriesDebtSql,
  ratingSql,
} from "@/lib/server/scoring/debt-rule.sql";
import { createRandom } from "@/lib/server/seed/random";

const a = (value: AnswerValue | null, weight = 1, remediationDays = 1): ScorableAnswer => ({
  value,
  weight,
  remediationDays,
});

const HAND_PICKED: Record<string, ScorableAnswer[]> = {
  "one pass": [a("PASS", 3, 5)],
  "one partial": [a("PARTIAL", 2, 3)],
  "one fail": [a("FAIL", 4, 2.5)],
  "only n-a": [a("NA", 3, 5), a("NA")],
  "only unanswered": [a(null, 3, 5), a(null, 2, 1)],
  "n-a and unanswered": [a("NA", 2, 2), a(null, 1, 1)],
  "every value once": [a("PASS", 1, 1), a("PARTIAL", 2, 2), a("FAIL", 3, 3), a("NA", 4, 4), a(null, 5, 5)],
  "half-day remediation": [a("PARTIAL", 1, 0.5), a("FAIL", 1, 0.5)],
  "zero weight": [a("FAIL", 0, 4), a("PASS", 2, 1)],
};

function randomSets(count: number): Record<string, ScorableAnswer[]> {
  const random = createRandom("debt-rule-sql");
  const values: (AnswerValue | null)[] = [...ANSWER_VALUES, null];
  return Object.fromEntries(
    Array.from({ length: count }, (_, k) => [
      `random ${k}`,
      Array.from({ length: random.int(1, 25) }, () =>
        a(random.pick(values), random.int(0, 5), random.pick([0, 0.5, 1, 2, 3, 5, 8])),
      ),
    ]),
  );
}

const SETS = { ...HAND_PICKED, ...randomSets(40) };

/** Every set's rows as one VALUES list: (set, weight, days, value). */
function rowsOf(sets: Record<string, ScorableAnswer[]>, keep: (v: AnswerValue | null) => boolean): Prisma.Sql {
  const rows = Object.entries(sets).flatMap(([name, answers]) =>
    answers
      .filter((x) => keep(x.value))
      .map((x) => Prisma.sql`(${name}::text, ${x.weight}::int, ${x.remediationDays}::float8, ${x.value}::text)`),
  );
  return Prisma.sql`(VALUES ${Prisma.join(rows, ", ")}) AS r(set, weight, days, value)`;
}

const COLUMNS = { value: Prisma.sql`r.value`, weight: Prisma.sql`r.weight`, remediationDays: Prisma.sql`r.days` };

function close(actual: ScoreSums | Omit<ScoreSums, "applicableCount">, expected: typeof actual) {
  for (const [key, want] of Object.entries(expected)) {
    expect((actual as unknown as Record<string, number>)[key], key).toBeCloseTo(want as number, 9);
  }
}

describe("debt rule: SQL fragments agree with lib/domain/scoring", () => {
  it("answerDebtSql and carriesDebtSql give each answer value debtOf's debt", async () => {
    const values: (AnswerValue | null)[] = [...ANSWER_VALUES, null];
    const rows = await db().$queryRaw<{ value: AnswerValue | null; debt: number | null; carries: boolean | null }[]>(
      Prisma.sql`
        SELECT v.value, ${answerDebtSql(Prisma.sql`v.value`)} AS debt, ${carriesDebtSql(Prisma.sql`v.value`)} AS carries
        FROM unnest(${values}::text[]) AS v(value)`,
    );
    expect(rows).toHaveLength(values.length);
    for (const r of rows) {
      expect(r.debt, String(r.value)).toBe(debtOf(r.value));
      expect(Boolean(r.carries), String(r.value)).toBe((debtOf(r.value) ?? 0) > 0);
    }
  });

  it(`applicableItemSumsSql equals sumAnswers on ${Object.keys(SETS).length} answer sets`, async () => {
    const rows = await db().$queryRaw<(ScoreSums & { set: string })[]>(Prisma.sql`
      SELECT r.set, ${applicableItemSumsSql(COLUMNS)}
      FROM ${rowsOf(SETS, () => true)}
      GROUP BY r.set`);
    expect(rows.map((r) => r.set).sort()).toEqual(Object.keys(SETS).sort());
    for (const { set, ...sums } of rows) close(sums, sumAnswers(SETS[set]!));
  });

  it("answeredItemSumsSql over the answers alone equals sumAnswers apart from the applicable count", async () => {
    // Answer rows only: unanswered items are not in the table (as in the Answer table).
    const answered = Object.fromEntries(
      Object.entries(SETS).filter(([, answers]) => answers.some((x) => x.value !== null)),
    );
    const rows = await db().$queryRaw<(Omit<ScoreSums, "applicableCount"> & { set: string })[]>(Prisma.sql`
      SELECT r.set, ${answeredItemSumsSql(COLUMNS)}
      FROM ${rowsOf(answered, (v) => v !== null)}
      GROUP BY r.set`);
    expect(rows).toHaveLength(Object.keys(answered).length);
    for (const { set, ...sums } of rows) {
      const { debtWeight, totalWeight, answeredCount, principalDays } = sumAnswers(SETS[set]!);
      const want = { debtWeight, totalWeight, answeredCount, principalDays };
      expect(Object.keys(sums).sort()).toEqual(Object.keys(want).sort());
      close(sums, want);
    }
  });

  it("ratingSql gives ratingOf's letter, on and around every boundary", async () => {
    const bounds = Object.values(RATING_UPPER_BOUNDS);
    const ratios = [
      0,
      1,
      ...bounds.flatMap((b) => [b, b - 1e-6, b + 1e-6, b + 1e-10]),
      0.3 / 3,
      (0.1 + 0.2) / 3,
      0.35,
      0.75,
    ];
    const rows = await db().$queryRaw<{ ratio: number | null; rating: string | null }[]>(Prisma.sql`
      SELECT x.ratio, ${ratingSql(Prisma.sql`x.ratio`)} AS rating
      FROM unnest(${[...ratios, null]}::float8[]) AS x(ratio)`);
    expect(rows).toHaveLength(ratios.length + 1);
    for (const r of rows) expect(r.rating, String(r.ratio)).toBe(ratingOf(r.ratio));
  });
});
