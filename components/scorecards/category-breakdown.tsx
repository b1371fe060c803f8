// Debt per category as a table: each category's rating, ratio, principal and answers, the row
// opening the failing and partial items behind it. Categories nobody answered read "not assessed".
import Link from "next/link";
import clsx from "clsx";
import type { ScoreSums } from "@/lib/domain/scoring/score";
import { summarizeScore } from "@/lib/domain/format/score-summary";
import { formatCount, formatDays, formatPercent } from "@/lib/domain/format/number";
import { RatingBadge } from "@/components/ui/rating-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/data-table";

export interface BreakdownRow {
  key: string;
  name: string;
  sums: ScoreSums | null;
}

export function CategoryBreakdownTable({
  rows,
  hrefOf,
  current,
  compact = false,
}: {
  rows: readonly BreakdownRow[];
  hrefOf: (categoryKey: string) => string;
  /** The category shown now, marked. */
  current?: string;
  /** For a narrow column: no "Answered" column, no minimum width. */
  compact?: boolean;
}) {
  return (
    <Table minWidth={compact ? undefined : 420} className="table-fixed">
      <caption className="sr-only">Debt by category; open a category to see its failing and partial items</caption>
      <THead>
        <tr>
          <TH>Category</TH>
          <TH className="w-[72px]">Rating</TH>
          <TH align="right" className="w-[72px]">
            Ratio
          </TH>
          <TH align="right" className="w-[84px]">
            Principal
          </TH>
          {compact ? null : (
            <TH align="right" className="w-[76px]">
              Answered
            </TH>
          )}
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => {
          const s = summarizeScore(r.sums && r.sums.totalWeight > 0 ? r.sums : null);
          const selected = r.key === current;
          return (
            <TR key={r.key} className={clsx(selected && "bg-accent-soft/60")}>
              <TD className="truncate">
                <Link
                  href={hrefOf(r.key)}
                  aria-current={selected ? "page" : undefined}
                  className="font-medium text-foreground hover:text-accent hover:underline"
                >
                  {r.name}
                </Link>
              </TD>
              <TD>
                <RatingBadge rating={s.rating} size="sm" />
              </TD>
              <TD align="right">{formatPercent(s.ratio, 1)}</TD>
              <TD align="right">{s.rating ? formatDays(s.principalDays) : "—"}</TD>
              {compact ? null : (
                <TD align="right" className="text-muted">
                  {r.sums ? formatCount(r.sums.answeredCount) : "0"}
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
