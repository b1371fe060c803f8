// Typed series for every chart (components/charts). A chart's rows are plain objects; a series
// names one numeric column of them, its label and how its values are formatted. Formats are
// names, not functions, so a server component can pass series to the client-side charts.
//
//   ChartRow               a row: string / number / null values only
//   Series<T>              { key: numeric column of T, label, format, slot?, dashed?, axis?, stackId? }
//   ChartAxis<T>           { key: the x (category or day) column of T, label, format }
//   ChartEvent             { at: "YYYY-MM-DD", label, kind? } a moment marked on a time axis
//   ValueFormat / AxisFormat   see format.ts
export type ChartRow = Record<string, string | number | null>;

/** How a value is shown in ticks, tooltips and the table (format.ts). */
export type ValueFormat = "percent" | "percent1" | "days" | "count" | "decimal";
/** How an x value is shown: ISO days as day / week / month, anything else as text. */
export type AxisFormat = "day" | "week" | "month" | "text";

type KeysOf<T> = Extract<keyof T, string>;
type NumericKeysOf<T> = { [K in KeysOf<T>]: T[K] extends number | null ? K : never }[KeysOf<T>];

export interface Series<T extends ChartRow = ChartRow> {
  key: NumericKeysOf<T>;
  label: string;
  format: ValueFormat;
  /** Palette slot 1..8 (colour, dash, marker); defaults to the series' position + 1. */
  slot?: number;
  /** Force a dashed stroke (e.g. a plan against an actual). */
  dashed?: boolean;
  /** Time series only: plot against the right-hand y axis. */
  axis?: "left" | "right";
  /** Series sharing a stackId are stacked (areas, bars). */
  stackId?: string;
}

export interface ChartAxis<T extends ChartRow = ChartRow> {
  key: KeysOf<T>;
  label: string;
  format: AxisFormat;
}

export type ChartEventKind = "review" | "import" | "other";

export interface ChartEvent {
  /** ISO day (YYYY-MM-DD) or full ISO timestamp. */
  at: string;
  label: string;
  kind?: ChartEventKind;
}
