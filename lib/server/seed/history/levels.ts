// How a team's debt moves over the seeded history. A level is the debt ratio the team's
// answers tend towards at a moment (0 = every item passes, 0.5 = the D/E boundary).

export type Trend =
  | { kind: "improving"; from: number; to: number }
  | { kind: "worsening"; from: number; to: number }
  | { kind: "steady"; level: number; wobble: number; phase: number };

export type LevelAt = (at: Date) => number;

const smoothstep = (x: number) => x * x * (3 - 2 * x);

export function levelCurve(trend: Trend, start: Date, end: Date): LevelAt {
  const span = Math.max(1, end.getTime() - start.getTime());
  const progress = (at: Date) => Math.min(1, Math.max(0, (at.getTime() - start.getTime()) / span));
  switch (trend.kind) {
    case "improving":
      // Slow start, a push in the middle months, then holding the gain.
      return (at) => trend.from + (trend.to - trend.from) * smoothstep(progress(at));
    case "worsening":
      // Debt compounds: it rises faster the longer nobody pays it down.
      return (at) => trend.from + (trend.to - trend.from) * Math.pow(progress(at), 1.4);
    case "steady":
      return (at) => trend.level * (1 + trend.wobble * Math.sin(2 * Math.PI * (2 * progress(at) + trend.phase)));
  }
}
