// Turns a debt level into answers that change the way real ones do. Each (entity, item) pair
// keeps a fixed "difficulty" draw, so as a team's level falls, the same items flip from fail
// to partial to pass and stay there, instead of reshuffling at random on every assessment.
import type { AnswerValue } from "@/lib/domain/kinds";

/** Above this level there is no headroom for partials; the seeds never go near it. */
export const MAX_LEVEL = 0.8;

/**
 * A fail below 0.75·level, a partial up to 1.25·level, a pass above: the expected debt of one
 * answer is then 0.75·level + ½·0.5·level = level.
 */
export function valueAt(difficulty: number, level: number): Exclude<AnswerValue, "NA"> {
  const l = Math.min(MAX_LEVEL, Math.max(0, level));
  if (difficulty < 0.75 * l) return "FAIL";
  if (difficulty < 1.25 * l) return "PARTIAL";
  return "PASS";
}
