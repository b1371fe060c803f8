import { describe, expect, it } from "vitest";
import { buildAgenda } from "./agenda";
import { exportFileName } from "./params";
import { principalDelta, renderReviewMarkdown, scorePointText } from "./markdown";
import type { ReviewState } from "./state";
import type { ReviewView } from "./view";

const after: ReviewState = {
  at: "2026-11-26T00:00:00.000Z",
  staleAfterDays: 90,
  scores: [{ key: "total", label: "Total", group: "total", debtWeight: 3, totalWeight: 10, principalDays: 9 }],
  failing: [],
  stale: [],
  findings: [
    {
      id: "f",
      kind: "FEEDBACK_LOOP",
      title: "Loop | through search",
      teamId: "t",
      accepted: false,
      entity: { id: "m", kind: "MODEL", name: "ranker", teamId: "t", team: "Ranking" },
    },
  ],
  hotspots: [],
  overdue: [],
  done: [],
};

const view: ReviewView = {
  id: "r",
  title: "Ranking debt review, 26 Nov 2026",
  status: "CLOSED",
  teamId: "t",
  team: { slug: "team-ranking", name: "Ranking" },
  periodStart: "2026-10-27T00:00:00.000Z",
  periodEnd: "2026-11-26T00:00:00.000Z",
  startedAt: "2026-11-26T00:00:00.000Z",
  startedBy: "Mia",
  closedAt: "2026-11-26T01:00:00.000Z",
  closedBy: "Mia",
  version: 2,
  baseline: { at: "2026-10-27T00:00:00.000Z", source: "data", reviewId: null },
  sections: buildAgenda(null, after),
  notes: [
    {
      id: "n",
      section: "new-findings",
      kind: "DECISION",
      body: "Hold out\n5 %",
      author: "Mia",
      createdAt: "2026-11-26T00:10:00.000Z",
    },
  ],
  actionItems: [{ id: "a", title: "Add a holdout", status: "OPEN", owner: "Sam", dueDate: "2026-12-10", entity: null }],
  legacy: null,
};

describe("renderReviewMarkdown", () => {
  const md = renderReviewMarkdown(view);
  it.each([
    ["the title", "# Ranking debt review, 26 Nov 2026\n"],
    ["the scope and period", "- Scope: Ranking\n- Period: 27 Oct 2026 – 26 Nov 2026"],
    ["numbered section headings", "## 3. New findings"],
    ["escaped table cells", "| Loop \\| through search | Feedback loop | Model ranker (Ranking) |"],
    ["decisions on one line", "- **Decision:** Hold out 5 % — Mia"],
    ["the review's action items", "| Add a holdout | Sam | 10 Dec 2026 | Open |"],
  ])("has %s", (_what, text) => expect(md).toContain(text));
  it("names the file after the title", () =>
    expect(exportFileName(view.title)).toBe("ranking-debt-review-26-nov-2026.md"));
});

describe("score texts", () => {
  it.each([
    [null, "not assessed"],
    [{ ratio: null, rating: null, principalDays: 0 }, "not assessed · 0\u202fd"],
    [{ ratio: 0.3, rating: "D" as const, principalDays: 9 }, "D · 30\u202f% · 9\u202fd"],
  ])("%j → %s", (p, text) => expect(scorePointText(p)).toBe(text));
  it.each([
    [1, 4, "+3\u202fd"],
    [4, 2.5, "−1.5\u202fd"],
    [4, 4.01, "±0\u202fd"],
  ])("%d → %d: %s", (b, a, text) =>
    expect(
      principalDelta({ ratio: 0, rating: "A", principalDays: b }, { ratio: 0, rating: "A", principalDays: a }),
    ).toBe(text),
  );
});
