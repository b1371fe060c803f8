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

describe("renderReviewMarkdown with hostile text", () => {
  const hostile: ReviewView = {
    ...view,
    title: "Review <script>alert(1)</script>",
    notes: [
      {
        id: "n2",
        section: "new-findings",
        kind: "NOTE",
        body: 'See [the doc](javascript:alert(1)) and <img src=x onerror="alert(1)"> or <javascript:alert(1)>',
        author: "<b>Eve</b>",
        createdAt: "2026-11-26T00:10:00.000Z",
      },
    ],
    actionItems: [
      {
        id: "a",
        title: "![x](javascript:alert(2)) *bold* _it_ `code`",
        status: "OPEN",
        owner: "[Sam](javascript:x)",
        dueDate: null,
        entity: null,
      },
    ],
  };
  const md = renderReviewMarkdown(hostile);
  it.each([
    ["no raw HTML tag", /<(script|img|b|javascript:)/i],
    // An unescaped [ … ] followed by (javascript:…) would be a link.
    ["no Markdown link or image with a javascript: target", /(?<!\\)\[[^\]]*(?<!\\)\]\(\s*javascript:/i],
  ])("has %s", (_what, pattern) => expect(md).not.toMatch(pattern));
  it.each([
    ["the title's markup as text", "# Review &lt;script&gt;alert(1)&lt;/script&gt;\n"],
    ["a note's link as text", "See \\[the doc\\](javascript:alert(1)) and &lt;img"],
    ["the author as text", "— &lt;b&gt;Eve&lt;/b&gt;"],
    ["emphasis characters as text", "\\*bold\\* \\_it\\_ \\`code\\`"],
  ])("shows %s", (_what, text) => expect(md).toContain(text));
});
