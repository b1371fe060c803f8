import { describe, expect, it } from "vitest";
import { parseCatalogFiles } from "@/lib/domain/catalog-yaml/parse-catalog-files";
import { importYaml } from "./import-yaml";

describe("importYaml", () => {
  it("makes a valid batch of exactly the asked number of entities, with lineage", () => {
    const file = importYaml({ prefix: "bench-1", entities: 1_000, teams: 4 });
    const batch = parseCatalogFiles([{ file: "bench.yaml", text: file.text }]);
    expect(batch.issues).toEqual([]);
    expect(batch.entities).toHaveLength(1_000);
    expect(batch.teams).toHaveLength(4);
    expect(batch.relations).toHaveLength(file.counts.relations);
    const { sources, features, models, consumers } = file.counts;
    expect(sources + features + models + consumers).toBe(1_000);
    expect({ sources, models, consumers }).toEqual({ sources: 40, models: 70, consumers: 180 });
  });

  it("is deterministic and keys every name on the prefix", () => {
    const a = importYaml({ prefix: "bench-a", entities: 200, teams: 2 });
    expect(importYaml({ prefix: "bench-a", entities: 200, teams: 2 }).text).toBe(a.text);
    const names = [...a.text.matchAll(/name: ([^ ,}\n]+)/g)].map((m) => m[1]);
    expect(names.length).toBe(202);
    expect(names.every((n) => n?.startsWith("bench-a-"))).toBe(true);
  });
});
