import { describe, expect, it } from "vitest";
import { CATEGORIES, ITEMS } from "@/lib/domain/checklist/content";
import type { AnswerValue } from "@/lib/domain/kinds";
import {
  ML_TEST_SECTIONS,
  isMlTestSection,
  mlTestBand,
  mlTestPoints,
  mlTestScore,
  mlTestScoreOf,
  summarizeMlTestScores,
} from "./ml-test-score";
import type { MlTestAnswer, MlTestSection } from "./ml-test-score";

const section = (s: MlTestSection, ...values: (AnswerValue | null)[]): MlTestAnswer[] =>
  values.map((value) => ({ section: s, value }));
const seven = (value: AnswerValue | null): (AnswerValue | null)[] => Array.from({ length: 7 }, () => value);
const allSections = (value: AnswerValue | null) => ML_TEST_SECTIONS.flatMap((s) => section(s, ...seven(value)));

describe("mlTestPoints", () => {
  it.each([
    ["PASS", 1],
    ["PARTIAL", 0.5],
    ["FAIL", 0],
    ["NA", 0],
    [null, 0],
  ] as const)("%s → %s", (value, points) => {
    expect(mlTestPoints(value)).toBe(points);
  });
});

describe("mlTestScore", () => {
  it.each([
    ["no answers", [], [0, 0, 0, 0], 0],
    ["all automated", allSections("PASS"), [7, 7, 7, 7], 7],
    ["all manual", allSections("PARTIAL"), [3.5, 3.5, 3.5, 3.5], 3.5],
    ["all failed", allSections("FAIL"), [0, 0, 0, 0], 0],
    ["n-a and unanswered earn nothing", allSections("NA").concat(allSections(null)), [0, 0, 0, 0], 0],
    [
      "the weakest section decides",
      [
        ...section("ml-test-data", ...seven("PASS")),
        ...section("ml-test-model", "PASS", "PASS", "PARTIAL", "FAIL", null, "NA", "PASS"),
        ...section("ml-test-infrastructure", "PARTIAL", "PARTIAL", "PARTIAL"),
        ...section("ml-test-monitoring", "PASS", "PASS", "PASS", "PASS", "PASS"),
      ],
      [7, 3.5, 1.5, 5],
      1.5,
    ],
    [
      "one empty section zeroes the score",
      ML_TEST_SECTIONS.slice(0, 3).flatMap((s) => section(s, ...seven("PASS"))),
      [7, 7, 7, 0],
      0,
    ],
  ])("%s", (_label, answers, sums, score) => {
    const result = mlTestScore(answers);
    expect(ML_TEST_SECTIONS.map((s) => result.sections[s])).toEqual(sums);
    expect(result.score).toBe(score);
  });
});

describe("mlTestBand", () => {
  it.each([
    [0, "research-project"],
    [0.5, "serious-holes"],
    [1, "serious-holes"],
    [1.5, "first-pass"],
    [2, "first-pass"],
    [2.5, "reasonably-tested"],
    [3, "reasonably-tested"],
    [3.5, "strong"],
    [5, "strong"],
    [5.5, "exceptional"],
    [7, "exceptional"],
  ])("%s → %s", (score, key) => {
    const band = mlTestBand(score);
    expect(band.key).toBe(key);
    expect(band.meaning).not.toBe("");
  });

  it("refuses a score that is not a number", () => {
    expect(() => mlTestBand(Number.NaN)).toThrow(RangeError);
  });
});

describe("ML Test Score sections and the shipped checklist", () => {
  it("sections are the rubric's categories", () => {
    expect(CATEGORIES.filter((c) => c.rubric === "ML_TEST_SCORE").map((c) => c.key)).toEqual([...ML_TEST_SECTIONS]);
  });

  it.each([
    ["ml-test-data", true],
    ["ml-test-monitoring", true],
    ["glue-code", false],
    ["", false],
  ])("isMlTestSection(%j) is %s", (key, expected) => {
    expect(isMlTestSection(key)).toBe(expected);
  });

  it("passing every shipped test scores 7, exceptional", () => {
    const answers = ITEMS.flatMap((i) =>
      isMlTestSection(i.categoryKey) ? [{ section: i.categoryKey, value: "PASS" as const }] : [],
    );
    expect(answers).toHaveLength(28);
    const { score } = mlTestScore(answers);
    expect(score).toBe(7);
    expect(mlTestBand(score).key).toBe("exceptional");
  });
});

describe("mlTestScoreOf", () => {
  it("scores answers tagged with category keys, ignoring categories that are no section", () => {
    const sections = ["ml-test-data", "ml-test-model", "ml-test-infrastructure", "ml-test-monitoring"];
    const answers = [
      ...sections.map((section) => ({ section, value: "PASS" as const })),
      { section: "ml-test-data", value: "PARTIAL" as const },
      { section: "entanglement", value: "PASS" as const },
    ];
    const result = mlTestScoreOf(answers);
    expect(result.sections).toEqual({
      "ml-test-data": 1.5,
      "ml-test-model": 1,
      "ml-test-infrastructure": 1,
      "ml-test-monitoring": 1,
    });
    expect(result.score).toBe(1);
  });
});

describe("summarizeMlTestScores", () => {
  const r = (data: number, model: number, infra: number, monitoring: number) => ({
    sections: {
      "ml-test-data": data,
      "ml-test-model": model,
      "ml-test-infrastructure": infra,
      "ml-test-monitoring": monitoring,
    },
    score: Math.min(data, model, infra, monitoring),
  });
  it.each([
    { name: "no models", results: [], bands: [], weakest: null, min: null },
    {
      name: "one model",
      results: [r(5, 3.5, 6, 2.5)],
      bands: [["reasonably-tested", 1]],
      weakest: "ml-test-monitoring",
      min: 2.5,
    },
    {
      name: "bands in order, weakest by mean",
      results: [r(0, 4, 4, 4), r(6, 6, 6, 6), r(1, 2, 2, 3)],
      bands: [
        ["research-project", 1],
        ["serious-holes", 1],
        ["exceptional", 1],
      ],
      weakest: "ml-test-data",
      min: 0,
    },
  ])("$name", ({ results, bands, weakest, min }) => {
    const s = summarizeMlTestScores(results);
    expect(s.assessed).toBe(results.length);
    expect(s.bands.map((b) => [b.band.key, b.count])).toEqual(bands);
    expect(s.weakestSection).toBe(weakest);
    expect(s.minScore).toBe(min);
  });
});
