// Sizes for the scale seed. L is the largest organisation the product is built for; M and S
// keep its proportions at a fifth and a fiftieth (S keeps three teams so trends still compare).

export type ScaleSize = "S" | "M" | "L";

export interface ScaleSpec {
  teams: number;
  usersPerTeam: number;
  models: number;
  features: number;
  sources: number;
  consumers: number;
  months: number;
}

export const SCALE_SPECS: Record<ScaleSize, ScaleSpec> = {
  L: { teams: 50, usersPerTeam: 8, models: 2_000, features: 20_000, sources: 1_000, consumers: 5_000, months: 24 },
  M: { teams: 10, usersPerTeam: 8, models: 400, features: 4_000, sources: 200, consumers: 1_000, months: 24 },
  S: { teams: 3, usersPerTeam: 6, models: 40, features: 400, sources: 20, consumers: 100, months: 24 },
};

export function isScaleSize(value: string): value is ScaleSize {
  return value === "S" || value === "M" || value === "L";
}
