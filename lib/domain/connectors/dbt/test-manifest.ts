// Small manifests for the dbt connector's unit tests: the fields dbt 1.11 writes that the
// connector reads, plus a few it does not (to show they are tolerated).
type Json = Record<string, unknown>;

export function node(uniqueId: string, extra: Json = {}): Json {
  const [resourceType = "model", pkg = "shop", ...rest] = uniqueId.split(".");
  const name = rest.join(".");
  return {
    unique_id: uniqueId,
    resource_type: resourceType,
    name,
    package_name: pkg,
    description: "",
    tags: [],
    meta: {},
    config: { enabled: true, meta: {}, materialized: resourceType === "seed" ? "seed" : "view", tags: [] },
    depends_on: { macros: [], nodes: [] },
    relation_name: `"db"."analytics"."${name}"`,
    original_file_path: `models/${name}.sql`,
    checksum: { name: "sha256", checksum: "0" },
    ...extra,
  };
}

export function source(uniqueId: string, extra: Json = {}): Json {
  const [, pkg = "shop", sourceName = "raw", name = "t"] = uniqueId.split(".");
  return {
    unique_id: uniqueId,
    resource_type: "source",
    name,
    source_name: sourceName,
    package_name: pkg,
    description: "",
    source_description: "",
    tags: [],
    meta: {},
    source_meta: {},
    config: { enabled: true, meta: {} },
    relation_name: `"db"."${sourceName}"."${name}"`,
    original_file_path: "models/sources.yml",
    freshness: { warn_after: { count: null, period: null }, error_after: { count: null, period: null } },
    loader: "",
    ...extra,
  };
}

export function exposure(uniqueId: string, parents: string[], extra: Json = {}): Json {
  const [, pkg = "shop", name = "e"] = uniqueId.split(".");
  return {
    unique_id: uniqueId,
    resource_type: "exposure",
    name,
    package_name: pkg,
    label: "",
    type: "dashboard",
    maturity: "high",
    url: null,
    description: "",
    owner: { name: null, email: null },
    tags: [],
    meta: {},
    config: { enabled: true, meta: {}, tags: [] },
    depends_on: { macros: [], nodes: parents },
    original_file_path: "models/exposures.yml",
    ...extra,
  };
}

export function manifest(items: Json[], extra: Json = {}): Json {
  const pick = (t: (i: Json) => boolean) => Object.fromEntries(items.filter(t).map((i) => [i.unique_id as string, i]));
  return {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: "1.11.16",
      generated_at: "2026-12-07T05:49:21.701981Z",
      project_name: "shop",
      adapter_type: "postgres",
      invocation_id: "x",
    },
    nodes: pick((i) => i.resource_type !== "source" && i.resource_type !== "exposure"),
    sources: pick((i) => i.resource_type === "source"),
    exposures: pick((i) => i.resource_type === "exposure"),
    groups: {},
    macros: {},
    parent_map: {},
    ...extra,
  };
}
