"use client";
// Lines, or stacked areas, over dates. The x column holds ISO days (YYYY-MM-DD); they are
// plotted on a real time scale, so uneven snapshots keep their spacing and events can sit on
// any day. Put it inside a ChartFrame (title, empty state, table view).
//
//   <TimeSeriesChart
//     data={T[]} x={{ key: "day", label: "Month", format: "month" }}
//     series={[{ key: "ratio", label: "Debt ratio", format: "percent1" }, { key: "principal", …, axis: "right" }]}
//     variant?="line" | "area"      // area: series with the same stackId stack
//     yLabel?  yRightLabel?  yDomain?=[min, max] (left axis)  height?=280
//     xDomain?=["YYYY-MM-DD", "YYYY-MM-DD"]   // e.g. the selected range, wider than the data
//     events?={ChartEvent[]}                 // dashed vertical lines, numbered 1..n at the top ("1–2" when close)
//     ariaLabel="Debt ratio by month, last 12 months"
//   />
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DotItemDotProps } from "recharts";
import { CHART_AXIS, CHART_EVENT, CHART_FONT_SIZE, CHART_GRID, seriesStyle } from "./theme";
import { formatTick, formatValue, formatX, formatXTick, parseDay } from "./format";
import { ChartLegend, Marker } from "./legend";
import { groupEvents, niceTicks, seriesMax, thin } from "./ticks";
import { ChartTooltip } from "./tooltip";
import { usePrefersReducedMotion } from "./use-reduced-motion";
import type { ChartAxis, ChartEvent, ChartRow, Series } from "./types";

export interface TimeSeriesChartProps<T extends ChartRow> {
  data: readonly T[];
  x: ChartAxis<T>;
  series: readonly Series<T>[];
  variant?: "line" | "area";
  yLabel?: string;
  yRightLabel?: string;
  yDomain?: [number, number];
  xDomain?: [string, string];
  events?: readonly ChartEvent[];
  height?: number;
  ariaLabel: string;
}

const T_KEY = "__t";
const MAX_TICKS = 13;
const YEAR_MS = 365 * 86_400_000;
/** Events closer than this share of the time axis share one marker. */
const EVENT_GAP = 0.015;
/** Beyond this many points, dots are drawn only on hover. */
const MAX_DOTS = 40;

export function TimeSeriesChart<T extends ChartRow>(props: TimeSeriesChartProps<T>) {
  const {
    data,
    x,
    series,
    variant = "line",
    yLabel,
    yRightLabel,
    yDomain,
    xDomain,
    events = [],
    height = 280,
    ariaLabel,
  } = props;
  const reduced = usePrefersReducedMotion();
  const rows = data.flatMap((r) => {
    const d = parseDay(r[x.key]);
    return d ? [{ ...r, [T_KEY]: d.getTime() }] : [];
  });
  const times = rows.map((r) => r[T_KEY]);
  const eventTimes = events.flatMap((e) => {
    const d = parseDay(e.at);
    return d ? [{ ...e, t: d.getTime() }] : [];
  });
  const domainFrom = xDomain ? parseDay(xDomain[0])?.getTime() : undefined;
  const domainTo = xDomain ? parseDay(xDomain[1])?.getTime() : undefined;
  const lo = Math.min(domainFrom ?? Infinity, ...times, ...eventTimes.map((e) => e.t));
  const hi = Math.max(domainTo ?? -Infinity, ...times, ...eventTimes.map((e) => e.t));
  const visibleEvents = groupEvents(
    eventTimes.filter((e) => e.t >= lo && e.t <= hi).map((e) => e.t),
    (hi - lo) * EVENT_GAP,
  );
  const ticks = thin(times, MAX_TICKS);
  const axisMax = (side: "left" | "right") => {
    const own = series.filter((s) => (s.axis === "right" ? "right" : "left") === side);
    return seriesMax(
      rows,
      own.map((s) => s.key),
      variant === "area" && own.some((s) => s.stackId),
    );
  };
  const leftTicks = yDomain ? undefined : niceTicks(axisMax("left"));
  const rightTicks = niceTicks(axisMax("right"));
  const hasRight = series.some((s) => s.axis === "right");
  const leftFormat = series.find((s) => s.axis !== "right")?.format ?? "decimal";
  const rightFormat = series.find((s) => s.axis === "right")?.format ?? "decimal";
  const showDots = rows.length <= MAX_DOTS;

  return (
    <div>
      <ChartLegend
        items={series.map((s, i) => ({
          label: s.label,
          slot: s.slot ?? i + 1,
          dashed: s.dashed,
          variant: variant === "area" ? "bar" : "line",
        }))}
      />
      <div role="img" aria-label={ariaLabel} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows}
            margin={{ top: visibleEvents.length ? 22 : 8, right: hasRight ? 4 : 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid stroke={CHART_GRID} vertical={false} />
            <XAxis
              dataKey={T_KEY}
              type="number"
              scale="time"
              domain={Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : ["dataMin", "dataMax"]}
              ticks={ticks}
              tickFormatter={(v: number) => formatXTick(v, x.format, hi - lo > YEAR_MS)}
              tick={{ fill: CHART_AXIS, fontSize: CHART_FONT_SIZE }}
              tickLine={false}
              axisLine={{ stroke: CHART_GRID }}
              minTickGap={6}
            />
            <YAxis
              yAxisId="left"
              domain={yDomain ?? [0, leftTicks?.[leftTicks.length - 1] ?? "auto"]}
              ticks={leftTicks}
              tickFormatter={(v: number) => formatTick(v, leftFormat)}
              tick={{ fill: CHART_AXIS, fontSize: CHART_FONT_SIZE }}
              tickLine={false}
              axisLine={false}
              width={yLabel ? 64 : 48}
              label={
                yLabel
                  ? {
                      value: yLabel,
                      angle: -90,
                      position: "insideLeft",
                      offset: 8,
                      style: { fill: CHART_AXIS, fontSize: CHART_FONT_SIZE, textAnchor: "middle" },
                    }
                  : undefined
              }
            />
            {hasRight ? (
              <YAxis
                yAxisId="right"
                orientation="right"
                domain={[0, rightTicks[rightTicks.length - 1] ?? "auto"]}
                ticks={rightTicks}
                tickFormatter={(v: number) => formatTick(v, rightFormat)}
                tick={{ fill: CHART_AXIS, fontSize: CHART_FONT_SIZE }}
                tickLine={false}
                axisLine={false}
                width={yRightLabel ? 72 : 56}
                label={
                  yRightLabel
                    ? {
                        value: yRightLabel,
                        angle: 90,
                        position: "insideRight",
                        offset: 8,
                        style: { fill: CHART_AXIS, fontSize: CHART_FONT_SIZE, textAnchor: "middle" },
                      }
                    : undefined
                }
              />
            ) : null}
            <Tooltip
              cursor={{ stroke: CHART_AXIS, strokeDasharray: "3 3" }}
              isAnimationActive={!reduced}
              content={({ active, payload, label }) => (
                <ChartTooltip
                  active={active}
                  title={formatX(typeof label === "number" ? label : null, x.format)}
                  rows={series.map((s, i) => {
                    const hit = payload?.find((p) => p.dataKey === s.key);
                    const v = hit?.value;
                    return {
                      label: s.label,
                      slot: s.slot ?? i + 1,
                      value: formatValue(typeof v === "number" ? v : null, s.format),
                    };
                  })}
                />
              )}
            />
            {visibleEvents.map((e) => (
              <ReferenceLine
                key={e.label}
                yAxisId="left"
                x={e.t}
                stroke={CHART_EVENT}
                strokeDasharray="2 3"
                label={{ value: e.label, position: "top", fill: CHART_EVENT, fontSize: 11, fontWeight: 600 }}
              />
            ))}
            {series.map((s, i) => {
              const st = seriesStyle(s.slot ?? i + 1);
              const dash = s.dashed ? "6 4" : st.dash;
              const axis = s.axis === "right" ? "right" : "left";
              if (variant === "area") {
                return (
                  <Area
                    key={s.key}
                    yAxisId={axis}
                    dataKey={s.key as string}
                    name={s.label}
                    type="linear"
                    stackId={s.stackId}
                    stroke={st.color}
                    strokeDasharray={dash}
                    strokeWidth={1.5}
                    fill={st.color}
                    fillOpacity={0.22}
                    isAnimationActive={!reduced}
                    connectNulls={false}
                  />
                );
              }
              return (
                <Line
                  key={s.key}
                  yAxisId={axis}
                  dataKey={s.key}
                  name={s.label}
                  type="linear"
                  stroke={st.color}
                  strokeWidth={2}
                  strokeDasharray={dash}
                  dot={
                    showDots
                      ? (p: DotItemDotProps) => (
                          <MarkerDot key={`${s.key}-${p.index}`} {...p} shape={st.marker} color={st.color} />
                        )
                      : false
                  }
                  activeDot={(p) =>
                    typeof p.cx === "number" && typeof p.cy === "number" ? (
                      <Marker shape={st.marker} cx={p.cx} cy={p.cy} r={5} color={st.color} />
                    ) : null
                  }
                  isAnimationActive={!reduced}
                  connectNulls={false}
                />
              );
            })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

function MarkerDot(props: DotItemDotProps & { shape: ReturnType<typeof seriesStyle>["marker"]; color: string }) {
  const { cx, cy, value, shape, color } = props;
  if (typeof cx !== "number" || typeof cy !== "number" || value === null || value === undefined) return null;
  return <Marker shape={shape} cx={cx} cy={cy} r={3.5} color={color} />;
}
