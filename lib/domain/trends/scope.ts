// What a trend is of (scope), over how long (range) and how finely (grain). Shared by the trend
// queries, the cards and the /trends URL.
export const TREND_RANGES = ["3m", "6m", "12m", "24m"] as const;
export type TrendRange = (typeof TREND_RANGES)[number];
export const RANGE_MONTHS: Readonly<Record<TrendRange, number>> = { "3m": 3, "6m": 6, "12m": 12, "24m": 24 };
export const RANGE_LABELS: Readonly<Record<TrendRange, string>> = {
  "3m": "3 months",
  "6m": "6 months",
  "12m": "12 months",
  "24m": "24 months",
};
export const DEFAULT_RANGE: TrendRange = "12m";

export const TREND_GRAINS = ["week", "month"] as const;
export type TrendGrain = (typeof TREND_GRAINS)[number];
export const DEFAULT_GRAIN: TrendGrain = "month";

export type TrendScope =
  | { kind: "org" }
  | { kind: "team"; teamId: string }
  | { kind: "category"; categoryKey: string; teamId?: string }
  | { kind: "entity"; entityId: string };

export type TrendScopeKind = TrendScope["kind"];
export const TREND_SCOPE_KINDS: readonly TrendScopeKind[] = ["org", "team", "category", "entity"];
export const SCOPE_LABELS: Readonly<Record<TrendScopeKind, string>> = {
  org: "Organisation",
  team: "Team",
  category: "Category",
  entity: "Entity",
};
