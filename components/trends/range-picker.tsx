// Compact links ("3 mo" … "24 mo", the full words in the tooltip) that switch the trend range (?range=3m|6m|12m|24m), keeping every other parameter of
// the page, so a scorecard's filters survive a range change and the URL stays shareable.
//
//   <RangePicker value={range} pathname="/teams/ranking" searchParams={await searchParams} />
//   (param?="range" to use another parameter name; label?="Range")
import { RANGE_LABELS, TREND_RANGES, type TrendRange } from "@/lib/domain/trends/scope";
import { withSearchParam } from "@/lib/domain/trends/params";
import { LinkTabs } from "./link-tabs";

export interface RangePickerProps {
  value: TrendRange;
  pathname: string;
  searchParams: Record<string, string | string[] | undefined>;
  param?: string;
  label?: string;
}

export function RangePicker({ value, pathname, searchParams, param = "range", label = "Range" }: RangePickerProps) {
  return (
    <LinkTabs
      label={label}
      value={value}
      options={TREND_RANGES.map((r) => ({
        value: r,
        label: `${r.slice(0, -1)} mo`,
        title: RANGE_LABELS[r],
        href: `${pathname}${withSearchParam(searchParams, param, r)}`,
      }))}
    />
  );
}
