// Shared SQL: per-category debt sums of chosen assessments, counting an applicable item left
// unanswered the way sumAnswers does (every item of the DEBT rubric that applied to the entity's
// kind and was live when the assessment was submitted). Not a query by itself: it continues a
// WITH clause whose CTE `chosen (id, kind, "submittedAt")` names the assessments, and defines
// `per_assessment (aid, "categoryId", "debtWeight", "totalWeight", "answeredCount",
// "applicableCount", "principalDays")` over the assessment's applicable items (debt-rule.sql.ts).
// Used by the day's snapshot writer and by the submit's delta update, so both count the same way.
import { Prisma } from "@/lib/generated/prisma/client";
import { applicableItemSumsSql } from "./debt-rule.sql";

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
      per_assessment AS MATERIALIZED (
        SELECT r.aid, i."categoryId",
          ${applicableItemSumsSql({ value: Prisma.sql`r.value`, weight: Prisma.sql`i.weight`, remediationDays: Prisma.sql`i."remediationDays"` })}
        FROM item_rows r
        JOIN "ChecklistItem" i ON i.id = r."itemId"
        JOIN "DebtCategory" c ON c.id = i."categoryId" AND c.rubric = 'DEBT'
        GROUP BY r.aid, i."categoryId"
      )`;
