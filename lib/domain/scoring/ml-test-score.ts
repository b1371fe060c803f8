// The ML Test Score (Breck et al. 2017): a second rubric for models, scored in points, not debt.
// The system's score is its weakest section, because a model is only as production-ready as
// the least-tested part of it; averaging would let strong monitoring hide absent data tests.
import type { AnswerValue } from "@/lib/domain/kinds";

export const ML_TEST_SECTIONS = [
  "ml-test-data",
  "ml-test-model",
  "ml-test-infrastructure",
  "ml-test-monitoring",
] as const;
export type MlTestSection = (typeof ML_TEST_SECTIONS)[number];

export const ML_TEST_SECTION_MAX = 7;

/** Short names of the four sections, for score breakdowns. */
export const ML_TEST_SECTION_LABELS: Readonly<Record<MlTestSection, string>> = {
  "ml-test-data": "Data",
  "ml-test-model": "Model development",
  "ml-test-infrastructure": "Infrastructure",
  "ml-test-monitoring": "Monitoring",
};

export function isMlTestSection(key: string): key is MlTestSection {
  return (ML_TEST_SECTIONS as readonly string[]).includes(key);
}

/**
 * PASS = automated and run repeatedly (1); PARTIAL = done by hand, results documented and
 * shared (½); FAIL = not done (0). The rubric has no "does not apply": n-a and unanswered earn 0.
 */
export function mlTestPoints(value: AnswerValue | null): number {
  switch (value) {
    case "PASS":
      return 1;
    case "PARTIAL":
      return 0.5;
    default:
      return 0;
  }
}

export interface MlTestAnswer {
  section: MlTestSection;
  value: AnswerValue | null;
}

export interface MlTestResult {
  sections: Record<MlTestSection, number>;
  /** The minimum of the four section sums. */
  score: number;
}

export function mlTestScore(answers: readonly MlTestAnswer[]): MlTestResult {
  const sections: Record<MlTestSection, number> = {
    "ml-test-data": 0,
    "ml-test-model": 0,
    "ml-test-infrastructure": 0,
    "ml-test-monitoring": 0,
  };
  for (const a of answers) sections[a.section] += mlTestPoints(a.value);
  return { sections, score: Math.min(...Object.values(sections)) };
}

/** The score of answers tagged with their category key; categories that are no section count for nothing. */
export function mlTestScoreOf(answers: readonly { section: string; value: AnswerValue | null }[]): MlTestResult {
  return mlTestScore(
    answers.flatMap((a) => (isMlTestSection(a.section) ? [{ section: a.section, value: a.value }] : [])),
  );
}

export interface MlTestBand {
  key: "research-project" | "serious-holes" | "first-pass" | "reasonably-tested" | "strong" | "exceptional";
  label: string;
  /** Inclusive upper bound of the band; Infinity for the last. */
  upTo: number;
  meaning: string;
}

/** Bands from the paper: 0; (0, 1]; (1, 2]; (2, 3]; (3, 5]; above 5. */
export const ML_TEST_BANDS: readonly MlTestBand[] = [
  {
    key: "research-project",
    label: "Research project",
    upTo: 0,
    meaning: "A research project rather than a production system.",
  },
  {
    key: "serious-holes",
    label: "Serious holes",
    upTo: 1,
    meaning: "Some testing, but expect serious gaps in reliability.",
  },
  {
    key: "first-pass",
    label: "First pass",
    upTo: 2,
    meaning: "A first pass at making it production-ready; more investment is needed.",
  },
  {
    key: "reasonably-tested",
    label: "Reasonably tested",
    upTo: 3,
    meaning: "Reasonably tested; more of the checks could be automated.",
  },
  {
    key: "strong",
    label: "Strong",
    upTo: 5,
    meaning: "Strong automated testing and monitoring, fit for mission-critical use.",
  },
  {
    key: "exceptional",
    label: "Exceptional",
    upTo: Infinity,
    meaning: "Exceptional automated testing and monitoring.",
  },
];

export function mlTestBand(score: number): MlTestBand {
  // Scores are sums of halves, which binary floating point holds exactly: no tolerance needed.
  const band = ML_TEST_BANDS.find((b) => score <= b.upTo);
  if (!band) throw new RangeError(`ML Test Score must be a number, got ${score}`);
  return band;
}

export interface MlTestSummary {
  assessed: number;
  /** Models per band, in band order, bands with none left out. */
  bands: { band: MlTestBand; count: number }[];
  /** Mean of each section's sum over the assessed models (0 when none). */
  sectionMeans: Record<MlTestSection, number>;
  /** The section with the lowest mean: where the team's testing is thinnest. */
  weakestSection: MlTestSection | null;
  /** Lowest score among the assessed models; null when none. */
  minScore: number | null;
}

/** A team's ML Test Scores in brief: how many models are at each band and which section lags. */
export function summarizeMlTestScores(results: readonly MlTestResult[]): MlTestSummary {
  const sectionMeans = Object.fromEntries(
    ML_TEST_SECTIONS.map((s) => [
      s,
      results.length === 0 ? 0 : results.reduce((n, r) => n + r.sections[s], 0) / results.length,
    ]),
  ) as Record<MlTestSection, number>;
  const counts = new Map<string, number>();
  for (const r of results) counts.set(mlTestBand(r.score).key, (counts.get(mlTestBand(r.score).key) ?? 0) + 1);
  let weakestSection: MlTestSection | null = null;
  if (results.length > 0)
    for (const s of ML_TEST_SECTIONS)
      if (weakestSection === null || sectionMeans[s] < sectionMeans[weakestSection]) weakestSection = s;
  return {
    assessed: results.length,
    bands: ML_TEST_BANDS.filter((b) => counts.has(b.key)).map((band) => ({ band, count: counts.get(band.key)! })),
    sectionMeans,
    weakestSection,
    minScore: results.length === 0 ? null : Math.min(...results.map((r) => r.score)),
  };
}
