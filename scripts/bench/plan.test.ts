import { describe, expect, it } from "vitest";
import { nodeTimes, summarizePlan, type ExplainJson } from "./plan";

const explain: ExplainJson = {
  "Planning Time": 0.4,
  "Execution Time": 100,
  Plan: {
    "Node Type": "Hash Join",
    "Actual Total Time": 100,
    "Actual Rows": 10,
    "Actual Loops": 1,
    Plans: [
      {
        "Node Type": "Seq Scan",
        "Relation Name": "Answer",
        "Actual Total Time": 70,
        "Actual Rows": 2_000_000,
        "Actual Loops": 1,
      },
      {
        "Node Type": "Hash",
        "Actual Total Time": 20,
        "Actual Rows": 5,
        "Actual Loops": 1,
        Plans: [
          {
            "Node Type": "Index Scan",
            "Relation Name": "Item",
            "Index Name": "Item_pkey",
            "Actual Total Time": 0.5,
            "Actual Rows": 5,
            "Actual Loops": 30,
          },
        ],
      },
    ],
  },
};

describe("nodeTimes", () => {
  it("gives each node its own time (total × loops, less its children's), largest first", () => {
    expect(nodeTimes(explain.Plan)).toEqual(
      [
        { node: 'Seq Scan on "Answer"', rows: 2_000_000, selfMs: 70 },
        { node: "Hash", rows: 5, selfMs: 5 },
        { node: "Hash Join", rows: 10, selfMs: 10 },
        { node: 'Index Scan on "Item" using Item_pkey', rows: 150, selfMs: 15 },
      ].sort((a, b) => b.selfMs - a.selfMs),
    );
  });

  it("never reports a negative own time (parallel workers can overlap)", () => {
    const times = nodeTimes({
      "Node Type": "Gather",
      "Actual Total Time": 10,
      "Actual Loops": 1,
      Plans: [{ "Node Type": "Seq Scan", "Actual Total Time": 8, "Actual Loops": 3 }],
    });
    expect(times.find((t) => t.node === "Gather")?.selfMs).toBe(0);
  });
});

describe("summarizePlan", () => {
  it("names the execution time and the nodes that take most of it", () => {
    expect(summarizePlan(explain, 2)).toBe(
      [
        "execution 100.0 ms (planning 0.4 ms); where it goes:",
        '      70.0 ms   70%  Seq Scan on "Answer" (2,000,000 rows)',
        '      15.0 ms   15%  Index Scan on "Item" using Item_pkey (150 rows)',
      ].join("\n"),
    );
  });
});
