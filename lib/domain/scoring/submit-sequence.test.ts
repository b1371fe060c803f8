import { describe, expect, it } from "vitest";
import { resolveSubmit } from "./submit-sequence";

describe("resolveSubmit", () => {
  it.each([
    ["first assessment", null, null, { outcome: "accepted", seq: 1 }],
    ["builds on the latest", 3, 3, { outcome: "accepted", seq: 4 }],
    ["someone submitted since the draft started", 4, 3, { outcome: "superseded", latestSeq: 4, basedOnSeq: 3 }],
    ["a fresh draft while one now exists", 1, null, { outcome: "superseded", latestSeq: 1, basedOnSeq: null }],
    ["based on a seq that does not exist", null, 2, { outcome: "superseded", latestSeq: null, basedOnSeq: 2 }],
    ["based on a seq ahead of the latest", 3, 5, { outcome: "superseded", latestSeq: 3, basedOnSeq: 5 }],
  ])("%s", (_label, latest, basedOn, expected) => {
    expect(resolveSubmit(latest, basedOn)).toEqual(expected);
  });
});

// A stand-in for the database: resolve, then insert under the unique (entity, rubric, seq) index.
function commitInOrder(
  drafts: readonly { who: string; basedOnSeq: number | null }[],
  latestSeq: number | null,
  checkedTogether: boolean,
) {
  const taken = new Set<number>();
  if (latestSeq !== null) for (let s = 1; s <= latestSeq; s++) taken.add(s);
  let latest = latestSeq;
  // checkedTogether: every draft read `latest` before any committed (the race the index guards).
  const decisions = drafts.map((d) => ({ who: d.who, decision: resolveSubmit(latestSeq, d.basedOnSeq) }));
  return drafts.map((d, i) => {
    const decision = checkedTogether ? decisions[i]!.decision : resolveSubmit(latest, d.basedOnSeq);
    if (decision.outcome === "accepted" && !taken.has(decision.seq)) {
      taken.add(decision.seq);
      latest = decision.seq;
      return { who: d.who, outcome: "accepted", seq: decision.seq };
    }
    return { who: d.who, outcome: "superseded", seq: null };
  });
}

describe("two submissions on the same predecessor", () => {
  it.each([
    ["checked one after the other, Ana first", ["ana", "ben"], false],
    ["checked one after the other, Ben first", ["ben", "ana"], false],
    ["checked at the same time, Ana commits first", ["ana", "ben"], true],
    ["checked at the same time, Ben commits first", ["ben", "ana"], true],
  ] as const)("%s: the first committed wins, the other is told", (_label, order, checkedTogether) => {
    const result = commitInOrder(
      order.map((who) => ({ who, basedOnSeq: 3 })),
      3,
      checkedTogether,
    );
    expect(result).toEqual([
      { who: order[0], outcome: "accepted", seq: 4 },
      { who: order[1], outcome: "superseded", seq: null },
    ]);
  });
});
