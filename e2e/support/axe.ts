// One accessibility check for every spec: axe-core over the page as it stands, WCAG 2.0/2.1/2.2
// levels A and AA plus axe's best practices (heading order, landmarks), failing on every
// violation of impact moderate or worse (minor ones are advice). WCAG 2.2's target-size rule
// holds touch targets to 24 × 24 px. A failure lists each violated rule with its help text and
// the offending elements, so the report says what to fix without opening the trace.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;
const FAILING_IMPACTS = new Set(["moderate", "serious", "critical"]);

export interface AxeOptions {
  /** CSS selectors left out of the scan (e.g. a third-party widget the page does not own). */
  exclude?: readonly string[];
  /** Rule ids switched off, each with a reason in the calling spec. */
  disableRules?: readonly string[];
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules([...options.disableRules]);
  const { violations } = await builder.analyze();
  const summary = violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ""))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  expect(summary, `axe found ${summary.length} violation(s) of impact moderate or worse on ${page.url()}`).toEqual([]);
}
