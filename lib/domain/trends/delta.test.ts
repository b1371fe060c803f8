import { describe, expect, it } from "vitest";
import { UNIT_SPACE as S } from "@/lib/domain/format/number";
import { describeDelta } from "./delta";

describe("describeDelta", () => {
  it.each([
    // metric, now, then, direction, tone, text, description
    ["ratio", 0.25, 0.2, "up", "worse", `+5.0${S}pp`, "up 5.0 percentage points, worse"],
    ["ratio", 0.18, 0.2, "down", "better", `\u22122.0${S}pp`, "down 2.0 percentage points, better"],
    ["coverage", 0.9, 0.8, "up", "better", `+10.0${S}pp`, "up 10.0 percentage points, better"],
    ["coverage", 0.7, 0.8, "down", "worse", `\u221210.0${S}pp`, "down 10.0 percentage points, worse"],
    ["principal", 120.25, 100, "up", "worse", `+20.3${S}d`, "up 20.3 person-days, worse"],
    ["principal", 1000, 1250.5, "down", "better", `\u2212250.5${S}d`, "down 250.5 person-days, better"],
    ["ratio", 0.2002, 0.2, "flat", "neutral", `±0${S}pp`, "unchanged"],
    ["principal", 10.01, 10, "flat", "neutral", `±0${S}d`, "unchanged"],
  ] as const)("%s %d vs %d → %s (%s)", (metric, now, then, direction, tone, text, description) => {
    const d = describeDelta(metric, now, then);
    expect([d.direction, d.tone, d.text, d.description]).toEqual([direction, tone, text, description]);
  });

  it.each([
    [null, 0.2],
    [0.2, null],
    [Number.NaN, 0.2],
  ])("no comparison when a side is missing (%s, %s)", (now, then) => {
    const d = describeDelta("ratio", now, then);
    expect([d.direction, d.tone, d.change, d.text]).toEqual(["none", "neutral", null, "no data"]);
  });
});
