// A Feast registry (`feast registry-dump`) as catalogue documents:
//   data source (file, BigQuery, Snowflake, Kafka, push, …) → data source  `<project>.<source>`
//   each field of a feature view / stream feature view      → feature      `<project>.<view>.<field>`,
//       derived from the view's batch (or stream) source
//   each field of an on-demand feature view                 → feature, derived from the sources of
//       the views it reads (debtboard has no feature → feature link), its function as derivation
//   feature service tagged `model=<catalogued model>`        → that model uses the service's features
//       (added to what the model already declares, never replacing it)
// Owners come from the `team` tag of the view or source (a team slug; `driver_performance` reads as
// `driver-performance`), else FEAST_TEAM, else the owner an entity already has in the catalogue.
// Everything not written is skipped with the reason: request sources (values sent with each request,
// not stored data), label views, feature services without a model, names debtboard cannot hold,
// owners that are no team. Pure: the caller passes what the catalogue holds.
import { NAME_PATTERN, type EntityDraft, type FEATURE_TYPES } from "@/lib/domain/catalog-yaml/fields";
import type { CatalogBatch, DocLocation, EntityRef, RelationDraft } from "@/lib/domain/catalog-yaml/types";
import { emptyBatch } from "@/lib/domain/catalog-yaml/types";
import { LIFECYCLES, type Lifecycle } from "@/lib/domain/kinds";
import { registrySchema, type FeastDataSource, type FeastRegistry } from "./registry-schema";

export interface FeastCatalogue {
  /** Slugs of the active teams. */
  teams: ReadonlySet<string>;
  /** Features and data sources already catalogued under the project's names, by `KIND:name`. */
  entities: ReadonlySet<string>;
  /** Catalogued models by name, with the features they declare they use. */
  models: ReadonlyMap<string, { draft: EntityDraft; uses: readonly string[] }>;
}

export interface FeastOptions {
  fileName: string;
  /** FEAST_TEAM: the owner of what no tag names. */
  defaultTeam: string | null;
  /** The tag naming the owning team (default "team"). */
  teamTag: string;
  /** The tag of a feature service naming the model it feeds (default "model"). */
  modelTag: string;
}

export interface FeastMapping {
  batch: CatalogBatch;
  notes: string[];
  /** Every feature and data source the registry holds (`KIND:name`), written or skipped. */
  seen: Set<string>;
}

/** Parses `feast registry-dump` output; a problem is one sentence naming it. */
export function parseFeastRegistry(text: string): { registry: FeastRegistry } | { error: string } {
  // The registry file itself is protobuf, not JSON: control characters give it away.
  if (/[\x00-\x08\x0e-\x1f]/.test(text.slice(0, 200))) return binaryHint();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `The file is not JSON (${error instanceof Error ? error.message : "parse error"}).` };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { error: "The file is not a Feast registry dump: expected a JSON object." };
  const known = ["dataSources", "featureViews", "onDemandFeatureViews", "streamFeatureViews", "featureServices"];
  if (!known.some((k) => k in raw))
    return {
      error: `The file is not a Feast registry dump: it has none of ${known.join(", ")} (make it with \`feast registry-dump\`).`,
    };
  const parsed = registrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `The Feast registry dump does not read: ${issue.path.map(String).join(".")}: ${issue.message}` };
  }
  return { registry: parsed.data };
}

function binaryHint() {
  return {
    error:
      "This looks like Feast's binary registry (registry.db). Import its JSON instead: run `feast registry-dump > registry.json` in the feature repository.",
  };
}

const VALUE_TYPE: Record<string, (typeof FEATURE_TYPES)[number]> = {
  INT32: "NUMERIC",
  INT64: "NUMERIC",
  FLOAT: "NUMERIC",
  DOUBLE: "NUMERIC",
  BOOL: "BOOLEAN",
  STRING: "CATEGORICAL",
  STRING_LIST: "CATEGORICAL",
  BYTES: "TEXT",
  UNIX_TIMESTAMP: "TIMESTAMP",
  FLOAT_LIST: "EMBEDDING",
  DOUBLE_LIST: "EMBEDDING",
  INT32_LIST: "EMBEDDING",
  INT64_LIST: "EMBEDDING",
};

/** debtboard's feature type for a Feast value type (maps, JSON, structs, bytes: text). */
export function featureTypeOf(valueType: string): (typeof FEATURE_TYPES)[number] {
  return VALUE_TYPE[valueType] ?? "TEXT";
}

const SYSTEM: Record<string, string> = {
  BATCH_FILE: "file",
  BATCH_BIGQUERY: "BigQuery",
  BATCH_SNOWFLAKE: "Snowflake",
  BATCH_REDSHIFT: "Redshift",
  BATCH_SPARK: "Spark",
  BATCH_TRINO: "Trino",
  BATCH_ATHENA: "Athena",
  STREAM_KAFKA: "Kafka",
  STREAM_KINESIS: "Kinesis",
  PUSH_SOURCE: "Feast push",
  CUSTOM_SOURCE: "custom",
};

/** Where a source's data lives, in a few words (its file, table, query or stream). */
export function sourceLocation(s: FeastDataSource): string {
  return (
    s.fileOptions?.uri ||
    s.bigqueryOptions?.table ||
    s.bigqueryOptions?.query ||
    [s.snowflakeOptions?.database, s.snowflakeOptions?.table].filter(Boolean).join(".") ||
    [s.redshiftOptions?.schema, s.redshiftOptions?.table].filter(Boolean).join(".") ||
    s.sparkOptions?.table ||
    s.sparkOptions?.path ||
    s.kafkaOptions?.topic ||
    s.kinesisOptions?.streamName ||
    (s.batchSource ? `pushed, stored in ${s.batchSource.name}` : "")
  );
}

/** `<parts joined by .>` with characters a debtboard name cannot hold turned into '-'; null when too long. */
export function feastEntityName(...parts: string[]): string | null {
  const name = parts
    .join(".")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  return NAME_PATTERN.test(name) ? name : null;
}

/** The registry's project: every name it brings in starts with it. */
export function feastProject(registry: FeastRegistry): string {
  return registry.project ?? registry.projects?.[0]?.spec.name ?? "feast";
}

/** The tag every entity a project's import brought in carries. */
export const feastProjectTag = (project: string) => `feast:${project}`.slice(0, 60);

/** A team tag as a slug: lowercase, '_' and spaces as '-'. */
export function teamSlugOf(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, "-");
}

function lifecycleOf(tags: Record<string, string>): Lifecycle {
  const v = (tags.lifecycle ?? "").trim().toUpperCase().replace(/[- ]/g, "_");
  return (LIFECYCLES as readonly string[]).includes(v) ? (v as Lifecycle) : "EXPERIMENTAL";
}

export function mapFeastRegistry(
  registry: FeastRegistry,
  catalogue: FeastCatalogue,
  options: FeastOptions,
): FeastMapping {
  const batch = emptyBatch();
  const notes: string[] = [];
  const seen = new Set<string>();
  const project = feastProject(registry);
  let index = 0;
  const at = (kind: string, name: string): DocLocation => ({ file: options.fileName, index: ++index, kind, name });
  const skip = (kind: string, name: string, reason: string) => batch.skipped.push({ ...at(kind, name), reason });
  const tags = ["feast", feastProjectTag(project)];

  /** The owner for an entity: its tag, the default, or (already catalogued) the one it has. */
  const ownerOf = (
    kind: string,
    name: string,
    key: string,
    tagSets: Record<string, string>[],
  ): { team: string | null } | null => {
    const tagged = tagSets.map((t) => t[options.teamTag]).find((v) => v && v.trim());
    if (tagged) {
      const slug = teamSlugOf(tagged);
      if (catalogue.teams.has(slug)) return { team: slug };
      skip(kind, name, `its tag ${options.teamTag}=${tagged} names no debtboard team (looked for "${slug}")`);
      return null;
    }
    if (options.defaultTeam) return { team: options.defaultTeam };
    if (catalogue.entities.has(key)) return { team: null };
    skip(kind, name, `no owner: tag it ${options.teamTag}=<team slug> in Feast, or set FEAST_TEAM`);
    return null;
  };

  // ─── Data sources (the registry's list, plus any only embedded in a view) ───
  const sources = new Map<string, FeastDataSource>();
  const collect = (s: FeastDataSource | undefined) => {
    if (s && !sources.has(s.name)) sources.set(s.name, s);
  };
  registry.dataSources.forEach(collect);
  for (const { spec } of [...registry.featureViews, ...registry.streamFeatureViews]) {
    collect(spec.batchSource);
    collect(spec.streamSource);
  }
  // The views reading each source lend it their tags when it has none of its own.
  const readers = new Map<string, Record<string, string>[]>();
  for (const { spec } of [...registry.featureViews, ...registry.streamFeatureViews]) {
    const src = spec.streamSource ?? spec.batchSource;
    if (src) readers.set(src.name, [...(readers.get(src.name) ?? []), spec.tags]);
  }
  const sourceRef = new Map<string, EntityRef>();
  for (const s of sources.values()) {
    if (s.type === "REQUEST_SOURCE") {
      skip("RequestSource", s.name, "request sources hold values sent with each request, not stored data");
      continue;
    }
    const name = feastEntityName(project, s.name);
    if (!name) {
      skip("DataSource", s.name, "its name is longer than debtboard's 120 characters");
      continue;
    }
    seen.add(`DATA_SOURCE:${name}`);
    const owner = ownerOf("DataSource", s.name, `DATA_SOURCE:${name}`, [s.tags, ...(readers.get(s.name) ?? [])]);
    if (!owner) continue;
    const where = sourceLocation(s);
    batch.entities.push({
      at: at("DataSource", s.name),
      value: {
        kind: "DATA_SOURCE",
        name,
        title: s.name,
        description: s.description || `Feast data source${where ? ` (${where})` : ""} in project ${project}.`,
        team: owner.team,
        lifecycle: lifecycleOf(s.tags),
        tags,
        links: [],
        dataSource: {
          system: SYSTEM[s.type] ?? s.type.toLowerCase(),
          versioned: false,
          dataOwner: s.owner,
          freshnessSlaHours: null,
        },
      },
    });
    sourceRef.set(s.name, { kind: "DATA_SOURCE", name });
  }

  // ─── Features of feature views ───
  const featureRefs = new Map<string, EntityRef>(); // "<view>.<field>" → ref
  const viewSources = new Map<string, EntityRef[]>(); // view → the sources its features derive from
  const relation = (from: EntityRef, to: EntityRef, location: DocLocation): RelationDraft => ({
    kind: "FEATURE_FROM_SOURCE",
    from,
    to,
    owner: to,
    at: { ...location, path: "derivedFrom" },
  });
  const addFeatures = (
    viewKind: string,
    view: {
      name: string;
      description: string;
      tags: Record<string, string>;
      features: FeastRegistry["featureViews"][number]["spec"]["features"];
    },
    upstream: EntityRef[],
    derivation: string,
  ) => {
    if (view.features.length === 0) {
      skip(viewKind, view.name, "it has no features");
      return;
    }
    for (const f of view.features) {
      const label = `${view.name}.${f.name}`;
      const name = feastEntityName(project, view.name, f.name);
      if (!name) {
        skip("Feature", label, "its name is longer than debtboard's 120 characters");
        continue;
      }
      seen.add(`FEATURE:${name}`);
      const owner = ownerOf("Feature", label, `FEATURE:${name}`, [f.tags, view.tags]);
      if (!owner) continue;
      const location = at("Feature", label);
      const ref: EntityRef = { kind: "FEATURE", name };
      batch.entities.push({
        at: location,
        value: {
          kind: "FEATURE",
          name,
          title: f.name,
          description: f.description || view.description,
          team: owner.team,
          lifecycle: lifecycleOf(view.tags),
          tags,
          links: [],
          feature: { dataType: featureTypeOf(f.valueType), nullable: true, derivation: derivation.slice(0, 2000) },
        },
      });
      for (const src of upstream) batch.relations.push(relation(src, ref, location));
      featureRefs.set(label, ref);
    }
  };

  for (const [viewKind, list] of [
    ["FeatureView", registry.featureViews],
    ["StreamFeatureView", registry.streamFeatureViews],
  ] as const) {
    for (const { spec } of list) {
      const src = spec.streamSource ?? spec.batchSource;
      const ref = src ? sourceRef.get(src.name) : undefined;
      const upstream = ref ? [ref] : [];
      viewSources.set(spec.name, upstream);
      const parts = [
        spec.entities.length ? `entities ${spec.entities.join(", ")}` : null,
        spec.ttl ? `ttl ${spec.ttl}` : null,
        spec.online ? "served online" : "offline only",
      ].filter(Boolean);
      addFeatures(
        viewKind,
        spec,
        upstream,
        `Feast ${viewKind === "FeatureView" ? "feature view" : "stream feature view"} ${spec.name} over ${src?.name ?? "no source"} (${parts.join("; ")}).`,
      );
    }
  }

  // ─── On-demand feature views: features computed from other views and request data ───
  for (const { spec } of registry.onDemandFeatureViews) {
    const upstream: EntityRef[] = [];
    const inputs: string[] = [];
    for (const [key, source] of Object.entries(spec.sources)) {
      const viewName = source.featureViewProjection?.featureViewName;
      if (viewName) {
        inputs.push(viewName);
        for (const r of viewSources.get(viewName) ?? []) if (!upstream.some((u) => u.name === r.name)) upstream.push(r);
      } else inputs.push(`${source.requestDataSource?.name ?? key} (request)`);
    }
    const body = spec.featureTransformation?.userDefinedFunction?.bodyText ?? "";
    addFeatures(
      "OnDemandFeatureView",
      spec,
      upstream,
      `Feast on-demand feature view ${spec.name}, computed at request time from ${inputs.join(", ") || "nothing"}.${body ? `\n\n${body}` : ""}`,
    );
  }

  // ─── Feature services: the features a model is served ───
  for (const { spec } of registry.featureServices) {
    const modelName = spec.tags[options.modelTag]?.trim();
    if (!modelName) {
      skip(
        "FeatureService",
        spec.name,
        `no ${options.modelTag}=<model name> tag saying which catalogued model it feeds`,
      );
      continue;
    }
    const model = catalogue.models.get(modelName);
    if (!model) {
      skip("FeatureService", spec.name, `its tag ${options.modelTag}=${modelName} names no catalogued model`);
      continue;
    }
    const uses = new Set(model.uses);
    for (const projection of spec.features)
      for (const column of projection.featureColumns) {
        const ref = featureRefs.get(`${projection.featureViewName}.${column.name}`);
        if (ref) uses.add(ref.name);
      }
    const location = at("FeatureService", spec.name);
    batch.entities.push({ at: location, value: model.draft });
    const modelRef: EntityRef = { kind: "MODEL", name: modelName };
    for (const feature of [...uses].sort())
      batch.relations.push({
        kind: "MODEL_USES_FEATURE",
        from: { kind: "FEATURE", name: feature },
        to: modelRef,
        owner: modelRef,
        at: { ...location, path: "uses" },
      });
  }

  for (const { spec } of registry.labelViews)
    skip("LabelView", spec.name, "label views hold training labels, not features");
  const joinKeys = registry.entities.filter((e) => !e.spec.name.startsWith("__"));
  if (joinKeys.length > 0)
    notes.push(
      `${joinKeys.length} Feast entit${joinKeys.length === 1 ? "y" : "ies"} (${joinKeys.map((e) => e.spec.name).join(", ")}): join keys, not catalogued.`,
    );
  return { batch, notes, seen };
}
