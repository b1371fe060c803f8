// Rating and principal, before and now, per changed team or category: a pair of bars per row
// (before muted, now solid) on one scale, with the ratings as letters. Plain HTML, so it prints
// and scales to slide size without a chart library; the numbers are always written beside it.
import clsx from "clsx";
import { RatingBadge } from "@/components/ui/rating-badge";
import { formatDays } from "@/lib/domain/format/number";
import type { ScoreChange } from "@/lib/domain/review/agenda";
import { principalDelta } from "@/lib/domain/review/markdown";
import type { SectionSize } from "./section-body";

function Bar({ value, max, tone, size }: { value: number; max: number; tone: "before" | "now"; size: SectionSize }) {
  const width = max > 0 ? Math.max(value > 0 ? 1.5 : 0, (value / max) * 100) : 0;
  return (
    <div className={clsx("w-full rounded-sm bg-surface-muted", size === "slide" ? "h-4" : "h-2")}>
      <div
        className={clsx("h-full rounded-sm", tone === "now" ? "bg-accent" : "bg-border-strong")}
        style={{ width: `${width}%` }}
      />
    </div>
  );
}

export function ScoreBars({ rows, size }: { rows: readonly ScoreChange[]; size: SectionSize }) {
  const slide = size === "slide";
  const changes = rows.filter((r) => r.group !== "total");
  const peak = (r: ScoreChange) => Math.max(r.before?.principalDays ?? 0, r.after?.principalDays ?? 0);
  // The total dwarfs its parts: it gets a scale of its own, the changed lines share one.
  const shared = Math.max(0, ...changes.map(peak));
  const scaleOf = (r: ScoreChange) => (r.group === "total" ? peak(r) : shared);
  const lines = rows.filter((r) => r.group === "total").concat(changes);
  return (
    <div>
      <div className={clsx("mb-3 flex items-center gap-5 text-muted", slide ? "text-base" : "text-xs")} aria-hidden>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-5 rounded-sm bg-border-strong" /> before
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-5 rounded-sm bg-accent" /> now
        </span>
        <span>principal, person-days</span>
      </div>
      <table className={clsx("w-full table-fixed border-collapse", slide ? "text-xl" : "text-[13px]")}>
        <caption className="sr-only">Rating and principal before and now</caption>
        {/* Widths on columns, not cells: a fixed layout reads them from here. */}
        <colgroup>
          <col className="w-[36%]" />
          <col className="w-[13%]" />
          <col className="w-[23%]" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Ratings</th>
            <th scope="col">Principal</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((r) => (
            <tr
              key={r.key}
              className={clsx("border-b border-border last:border-0", r.group === "total" && "font-semibold")}
            >
              <th
                scope="row"
                className={clsx("text-left font-medium text-foreground", slide ? "py-3 pr-6" : "py-2 pr-4")}
              >
                <span className="block truncate" title={r.label}>
                  {r.label}
                </span>
                {r.group === "total" ? null : (
                  <span className={clsx("block font-normal text-muted", slide ? "text-sm" : "text-[11px]")}>
                    {r.group}
                  </span>
                )}
              </th>
              <td className={clsx("whitespace-nowrap", slide ? "pr-6" : "pr-4")}>
                <span className="inline-flex items-center gap-1.5">
                  <RatingBadge rating={r.before?.rating ?? null} size={slide ? "md" : "sm"} />
                  <span className="text-subtle" aria-label="to">
                    →
                  </span>
                  <RatingBadge rating={r.after?.rating ?? null} size={slide ? "md" : "sm"} />
                </span>
              </td>
              <td className={slide ? "py-3 pr-6" : "py-2 pr-4"}>
                <div className={clsx("flex flex-col", slide ? "gap-1.5" : "gap-1")}>
                  <Bar value={r.before?.principalDays ?? 0} max={scaleOf(r)} tone="before" size={size} />
                  <Bar value={r.after?.principalDays ?? 0} max={scaleOf(r)} tone="now" size={size} />
                </div>
              </td>
              <td className="text-right whitespace-nowrap text-muted tabular">
                {formatDays(r.before?.principalDays ?? 0)} →{" "}
                <span className="text-foreground">{formatDays(r.after?.principalDays ?? 0)}</span>
                <span className={clsx("ml-2", slide ? "text-lg" : "text-xs")}>
                  ({principalDelta(r.before, r.after)})
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length === 0 ? (
        <p className={clsx("mt-3 text-muted", slide ? "text-xl" : "text-[13px]")}>
          No team or category changed its rating or principal.
        </p>
      ) : null}
    </div>
  );
}
