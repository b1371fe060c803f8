import { describe, expect, it } from "vitest";
import { explainSignals, type StoredSignals } from "./explain";

const explain = {
  longestPath: ["source.s.raw.a", "model.s.stg_a"],
  parents: ["model.s.stg_a"],
  children: [],
  upstreamSources: ["source.s.raw.a"],
  downstream: [],
  exposures: [],
};
const base: StoredSignals = {
  resourceType: "model",
  depth: 2,
  fanIn: 1,
  fanOut: 0,
  upstreamSources: 1,
  downstreamNodes: 0,
  exposures: 0,
  tests: 0,
  explain,
};
const scale = { nodes: 12, maxDepth: 4, maxFanOut: 3 };
const line = (s: Partial<StoredSignals>, key: string) =>
  explainSignals({ ...base, ...s }, scale).find((l) => l.key === key);

describe("explainSignals", () => {
  it.each([
    [
      {},
      "depth",
      "2 transformations lie between raw data and this table on its longest chain (the deepest imported from the project is 4).",
      false,
    ],
    [
      { depth: 1 },
      "depth",
      "1 transformation lies between raw data and this table on its longest chain (the deepest imported from the project is 4).",
      false,
    ],
    [
      { depth: 4 },
      "depth",
      "4 transformations lie between raw data and this table on its longest chain (the deepest imported from the project is 4).",
      true,
    ],
    [
      { resourceType: "source", depth: 0 },
      "depth",
      "A raw source or seed: nothing in the project is upstream of it.",
      false,
    ],
    [
      { resourceType: "seed", fanIn: 0 },
      "fanIn",
      "It selects from nothing in the project: its data comes from outside dbt.",
      false,
    ],
    [{ fanIn: 5 }, "fanIn", "It selects from 5 nodes directly (each one a join or union to keep working).", true],
    [
      { resourceType: "source", fanOut: 3 },
      "fanOut",
      "3 models and snapshots select from it directly (the most-read imported node has 3).",
      true,
    ],
    [
      { fanOut: 3 },
      "fanOut",
      "3 models and snapshots select from it directly (the most-read imported node has 3).",
      false,
    ],
    [{}, "exposures", "No dbt exposure (dashboard, ML model, application) reads it, directly or not.", true],
    [
      { downstreamNodes: 1 },
      "exposures",
      "No dbt exposure (dashboard, ML model, application) reads it, directly or not.",
      false,
    ],
    [
      { exposures: 2 },
      "exposures",
      "2 exposures read it, directly or not (dashboards, ML models, applications).",
      false,
    ],
    [{}, "tests", "No dbt data test checks it.", true],
    [{ tests: 1 }, "tests", "1 dbt data test is attached to it (not_null, unique, relationships, …).", false],
    [{ resourceType: "source" }, "tests", "No dbt data test checks it.", false],
  ] as const)("%j %s", (patch, key, sentence, attention) => {
    const l = line(patch, key);
    expect(l?.sentence).toBe(sentence);
    expect(l?.attention !== null).toBe(attention);
  });

  it("names the nodes behind each number", () => {
    expect(line({}, "depth")?.nodes).toEqual(["source.s.raw.a", "model.s.stg_a"]);
    expect(line({}, "fanIn")?.nodes).toEqual(["model.s.stg_a"]);
  });

  it("gives an exposure only what it can have", () => {
    expect(explainSignals({ ...base, resourceType: "exposure" }, scale).map((l) => [l.key, l.sentence])).toEqual([
      [
        "depth",
        "It reads tables up to 2 transformations away from raw data (the deepest imported from the project is 4).",
      ],
      ["fanIn", "It reads 1 table of the project directly."],
      ["upstreamSources", "It is ultimately built from 1 source or seed."],
    ]);
  });
});
