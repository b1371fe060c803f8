"use client";
// Bars per category: one bar per series in each category, side by side, or stacked when series
// share a stackId. Put it inside a ChartFrame (title, empty state, table view).
//
//   <BarChart
//     data={T[]} x={{ key: "category", label: "Category", format: "text" }}   // or "month"/"day" for periods
//     series={[{ key: "ratio", label: "Debt ratio", format: "percent1" }]}
//     orientation?="horizontal"   // bars grow left→right, categories down the side (long names)
//                 | "vertical"    // columns, categories along the bottom (periods, quarters)
//     valueLabel?  categoryLabel?  valueDomain?=[min, max]   // default: 0 to a round tick above the largest value
//     showValues?                 // print each value at the end of its bar
//     height?                     // default: 30 px per category (horizontal) or 280 (vertical)
//     categoryWidth?=180          // horizontal only: room for category names
//     ariaLabel="Debt ratio per category"
//   />
import type { YAxisTickContentProps } from "recharts";
import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { CHART_AXIS, CHART_FONT_SIZE, CHART_GRID, seriesStyle } from "./theme";
import { formatTick, formatValue, formatX, formatXTick } from "./format";
import { ChartLegend } from "./legend";
import { niceTicks, seriesMax } from "./ticks";
import { ChartTooltip } from "./tooltip";
import { usePrefersReducedMotion } from "./use-reduced-motion";
import type { ChartAxis, ChartRow, Series } from "./types";

export interface BarChartProps<T extends ChartRow> {
  data: readonly T[];
  x: ChartAxis<T>;
  series: readonly Series<T>[];
  orientation?: "horizontal" | "vertical";
  valueLabel?: string;
  categoryLabel?: string;
  valueDomain?: [number, number];
  showValues?: boolean;
  height?: number;
  categoryWidth?: number;
  ariaLabel: string;
}

export function BarChart<T extends ChartRow>(props: BarChartProps<T>) {
  const {
    data,
    x,
    series,
    orientation = "vertical",
    valueLabel,
    categoryLabel,
    valueDomain,
    showValues = false,
    categoryWidth = 180,
    ariaLabel,
  } = props;
  const reduced = usePrefersReducedMotion();
  const horizontal = orientation === "horizontal";
  const stacked = series.some((s) => s.stackId);
  const perCategory = stacked ? 1 : series.length;
  const height = props.height ?? (horizontal ? Math.max(120, data.length * (18 + 10 * perCategory) + 48) : 280);
  const valueFormat = series[0]?.format ?? "decimal";
  const axisText = { fill: CHART_AXIS, fontSize: CHART_FONT_SIZE };
  const rows = data as T[];
  const maxValue = seriesMax(
    rows,
    series.map((s) => s.key),
    stacked,
  );
  const ticks = valueDomain ? undefined : niceTicks(maxValue);

  const categoryAxisProps = {
    dataKey: x.key,
    type: "category" as const,
    tickFormatter: (v: string | number) =>
      truncate(formatXTick(v, x.format), horizontal ? Math.floor(categoryWidth / 7) : 16),
    tick: axisText,
    tickLine: false,
    axisLine: { stroke: CHART_GRID },
    interval: 0 as const,
  };
  const valueAxisProps = {
    type: "number" as const,
    domain: valueDomain ?? [0, ticks?.[ticks.length - 1] ?? 1],
    ticks,
    tickFormatter: (v: number) => formatTick(v, valueFormat),
    tick: axisText,
    tickLine: false,
    axisLine: false,
  };

  return (
    <div>
      <ChartLegend items={series.map((s, i) => ({ label: s.label, slot: s.slot ?? i + 1, variant: "bar" as const }))} />
      <div role="img" aria-label={ariaLabel} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <RechartsBarChart
            data={rows}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{
              top: 8,
              right: showValues && horizontal ? 56 : 16,
              bottom: categoryLabel || valueLabel ? 16 : 4,
              left: 4,
            }}
            barCategoryGap={horizontal ? 6 : "20%"}
          >
            <CartesianGrid stroke={CHART_GRID} horizontal={!horizontal} vertical={horizontal} />
            {horizontal ? (
              <>
                <XAxis
                  {...valueAxisProps}
                  label={
                    valueLabel
                      ? { value: valueLabel, position: "insideBottom", offset: -10, style: axisText }
                      : undefined
                  }
                />
                <YAxis
                  {...categoryAxisProps}
                  width={categoryWidth}
                  tick={(p: YAxisTickContentProps) => (
                    <CategoryTick
                      x={Number(p.x)}
                      y={Number(p.y)}
                      text={formatXTick(String(p.payload.value), x.format)}
                      max={Math.floor(categoryWidth / 6.4)}
                    />
                  )}
                />
              </>
            ) : (
              <>
                <XAxis
                  {...categoryAxisProps}
                  label={
                    categoryLabel
                      ? { value: categoryLabel, position: "insideBottom", offset: -10, style: axisText }
                      : undefined
                  }
                />
                <YAxis
                  {...valueAxisProps}
                  width={valueLabel ? 64 : 48}
                  label={
                    valueLabel
                      ? {
                          value: valueLabel,
                          angle: -90,
                          position: "insideLeft",
                          offset: 8,
                          style: { ...axisText, textAnchor: "middle" },
                        }
                      : undefined
                  }
                />
              </>
            )}
            <Tooltip
              cursor={{ fill: "var(--surface-hover)" }}
              isAnimationActive={!reduced}
              content={({ active, payload, label }) => (
                <ChartTooltip
                  active={active}
                  title={formatX(typeof label === "string" || typeof label === "number" ? label : null, x.format)}
                  rows={series.map((s, i) => {
                    const v = payload?.find((p) => p.dataKey === s.key)?.value;
                    return {
                      label: s.label,
                      slot: s.slot ?? i + 1,
                      value: formatValue(typeof v === "number" ? v : null, s.format),
                    };
                  })}
                />
              )}
            />
            {series.map((s, i) => {
              const st = seriesStyle(s.slot ?? i + 1);
              return (
                <Bar
                  key={s.key}
                  dataKey={s.key as string}
                  name={s.label}
                  stackId={s.stackId}
                  fill={st.color}
                  radius={stacked ? 0 : horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]}
                  maxBarSize={horizontal ? 18 : 40}
                  isAnimationActive={!reduced}
                >
                  {showValues ? (
                    <LabelList
                      dataKey={s.key as string}
                      position={horizontal ? "right" : "top"}
                      formatter={(v: unknown) => formatValue(typeof v === "number" ? v : null, s.format)}
                      style={{ fill: "var(--muted)", fontSize: 11 }}
                    />
                  ) : null}
                </Bar>
              );
            })}
          </RechartsBarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/** One line, cut with "…" when long, the whole name in a <title> for hover. */
function CategoryTick({ x, y, text, max }: { x: number; y: number; text: string; max: number }) {
  return (
    <text x={x - 6} y={y} dy="0.355em" textAnchor="end" fill={CHART_AXIS} fontSize={CHART_FONT_SIZE}>
      {text.length > max ? <title>{text}</title> : null}
      {truncate(text, max)}
    </text>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}
