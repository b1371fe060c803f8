import { describe, expect, it } from "vitest";
import { parseManifest } from "./manifest";
import { manifest, node, source } from "./test-manifest";

const good = () => manifest([source("source.shop.raw.orders"), node("model.shop.stg_orders")]);
const withMetadata = (patch: Record<string, unknown>) => {
  const m = good();
  return { ...m, metadata: { ...(m.metadata as object), ...patch } };
};

describe("parseManifest", () => {
  it("reads a manifest, keeping what it does not know", () => {
    const r = parseManifest(JSON.stringify(good()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project).toBe("shop");
    expect(Object.keys(r.manifest.nodes)).toEqual(["model.shop.stg_orders"]);
    expect(r.manifest.nodes["model.shop.stg_orders"]?.checksum).toEqual({ name: "sha256", checksum: "0" });
  });

  // Each refusal names the file, the place and the problem.
  it.each([
    ["not JSON", "{nodes:", "manifest.json is not JSON"],
    ["a JSON list", "[]", "manifest.json is not a dbt manifest: it is not a JSON object."],
    ["no metadata", JSON.stringify({ nodes: {}, sources: {} }), "manifest.json › metadata: is missing"],
    [
      "run_results.json",
      JSON.stringify(withMetadata({ dbt_schema_version: "https://schemas.getdbt.com/dbt/run-results/v6.json" })),
      'manifest.json › metadata.dbt_schema_version: is "https://schemas.getdbt.com/dbt/run-results/v6.json", not a manifest\'s (a dbt manifest says …/manifest/v12.json): this looks like run-results.json',
    ],
    [
      "an old manifest",
      JSON.stringify(withMetadata({ dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v7.json" })),
      "manifest.json › metadata.dbt_schema_version: manifest v7 (dbt 1.11.16) is not supported",
    ],
    [
      "a bad generated_at",
      JSON.stringify(withMetadata({ generated_at: "yesterday" })),
      "manifest.json › metadata.generated_at: must be an ISO date-time",
    ],
    ["no nodes", JSON.stringify({ ...good(), nodes: undefined }), "manifest.json › nodes: is missing"],
    [
      "a node without its unique_id",
      JSON.stringify({ ...good(), nodes: { x: { ...node("model.shop.x"), unique_id: undefined } } }),
      "manifest.json › nodes.x.unique_id: is missing",
    ],
    [
      "a source that is not a source",
      JSON.stringify({ ...good(), sources: { s: node("model.shop.s") } }),
      "manifest.json › sources.s.resource_type:",
    ],
  ])("refuses %s", (_, text, message) => {
    const r = parseManifest(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join("\n")).toContain(message);
  });

  it("takes the project from the models when metadata.project_name is null", () => {
    const r = parseManifest(JSON.stringify(withMetadata({ project_name: null })));
    expect(r.ok && r.project).toBe("shop");
  });
});
