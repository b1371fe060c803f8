// Shared SQL: per-category debt sums of chosen assessments, counting an applicable item left
// unanswered the way sumAnswers does (every item of the DEBT rubric that applied to the entity's
// kind and was live when the assessment was submitted). Not a query by itself: it continues a
// WITH clause whose CTE `chosen (id, kind, "submittedAt")` names the assessments, and defines
// `per_assessment (aid, "categoryId", dw, tw, ac, apc, pd)`. Used by the day's snapshot writer
// and by the submit's delta update, so both count the same way.
import { Prisma } from "@/lib/generated/prisma/client";

export const PER_ASSESSMENT_CATEGORY_SUMS = Prisma.sql`
      answered AS (
        SELECT c.id AS aid, ans."itemId", ans.value
        FROM chosen c JOIN "Answer" ans ON ans."assessmentId" = c.id
      ),
      expected AS (
        SELECT c.id AS aid, i.id AS "itemId"
        FROM chosen c
        JOIN "ChecklistItem" i
          ON c.kind = ANY(i."appliesTo") AND i."createdAt" <= c."submittedAt"
          AND (i."retiredAt" IS NULL OR i."retiredAt" > c."submittedAt")
      ),
      item_rows AS (
        SELECT COALESCE(an.aid, ex.aid) AS aid, COALESCE(an."itemId", ex."itemId") AS "itemId", an.value
        FROM answered an FULL JOIN expected ex ON ex.aid = an.aid AND ex."itemId" = an."itemId"
      ),
      scored AS (
        SELECT r.aid, i."categoryId", i.weight::float8 AS weight, i."remediationDays" AS days, r.value,
          CASE r.value WHEN 'PASS' THEN 0::float8 WHEN 'PARTIAL' THEN 0.5::float8 WHEN 'FAIL' THEN 1::float8 END AS debt
        FROM item_rows r
        JOIN "ChecklistItem" i ON i.id = r."itemId"
        JOIN "DebtCategory" c ON c.id = i."categoryId" AND c.rubric = 'DEBT'
      ),
      per_assessment AS MATERIALIZED (
        SELECT aid, "categoryId",
          COALESCE(sum(weight * debt), 0)::float8 AS dw,
          COALESCE(sum(weight) FILTER (WHERE debt IS NOT NULL), 0)::float8 AS tw,
          (count(*) FILTER (WHERE debt IS NOT NULL))::int AS ac,
          (count(*) FILTER (WHERE value IS DISTINCT FROM 'NA'))::int AS apc,
          COALESCE(sum(days * debt), 0)::float8 AS pd
        FROM scored GROUP BY aid, "categoryId"
      )`;
