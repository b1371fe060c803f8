// The parts of a dbt `manifest.json` (dbt-core's schemas/dbt/manifest/v12.json; dbt 1.8 to 1.11
// write v12, 1.6/1.7 v10/v11) that the dbt connector reads, as our own zod schema: every object
// keeps the fields it has beyond these (a manifest carries far more), and a file that is not a
// manifest is refused with the reason, located by its JSON path.
import { z } from "zod";

/** Manifest versions whose nodes, sources, exposures and groups have the shape read here. */
export const SUPPORTED_MANIFEST_VERSIONS = [10, 11, 12] as const;

const meta = z.record(z.string(), z.unknown()).catch({});
const text = z
  .string()
  .nullish()
  .transform((v) => v ?? "");
const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const dependsOn = z
  .looseObject({ nodes: strings })
  .nullish()
  .transform((v) => ({ nodes: v?.nodes ?? [] }));
const config = z
  .looseObject({ meta: meta.optional(), materialized: z.string().nullish(), tags: z.unknown().optional() })
  .nullish()
  .transform((v) => ({ meta: v?.meta ?? {}, materialized: v?.materialized ?? "" }));
const owner = z
  .looseObject({ name: z.string().nullish(), email: z.union([z.string(), z.array(z.string())]).nullish() })
  .nullish()
  .transform((v) => ({
    name: v?.name ?? "",
    // dbt 1.10+ allows a list of emails; the first is the one shown.
    email: Array.isArray(v?.email) ? (v.email[0] ?? "") : (v?.email ?? ""),
  }));
const period = z.enum(["minute", "hour", "day"]);
const freshnessRule = z
  .looseObject({ count: z.number().nullish(), period: period.nullish().catch(null) })
  .nullish()
  .transform((v) => (v?.count && v.period ? { count: v.count, period: v.period } : null));

/** Models, seeds, snapshots, tests, analyses, ... (`nodes`). */
export const manifestNode = z.looseObject({
  unique_id: z.string().min(1),
  resource_type: z.string().min(1),
  name: z.string().min(1),
  package_name: z.string().min(1),
  description: text,
  tags: strings,
  meta: meta.optional().transform((v) => v ?? {}),
  config,
  depends_on: dependsOn,
  group: z.string().nullish(),
  relation_name: z.string().nullish(),
  original_file_path: text,
  deprecation_date: z.string().nullish(),
  /** Tests: the node a data test is attached to. */
  attached_node: z.string().nullish(),
});

export const manifestSource = z.looseObject({
  unique_id: z.string().min(1),
  resource_type: z.literal("source"),
  name: z.string().min(1),
  source_name: z.string().min(1),
  package_name: z.string().min(1),
  description: text,
  source_description: text,
  tags: strings,
  meta: meta.optional().transform((v) => v ?? {}),
  source_meta: meta.optional().transform((v) => v ?? {}),
  config,
  relation_name: z.string().nullish(),
  original_file_path: text,
  loader: text,
  freshness: z
    .looseObject({ warn_after: freshnessRule, error_after: freshnessRule })
    .nullish()
    .transform((v) => ({ warnAfter: v?.warn_after ?? null, errorAfter: v?.error_after ?? null })),
});

export const manifestExposure = z.looseObject({
  unique_id: z.string().min(1),
  resource_type: z.literal("exposure"),
  name: z.string().min(1),
  package_name: z.string().min(1),
  label: text,
  /** dashboard | notebook | analysis | ml | application */
  type: z.string().min(1),
  maturity: text,
  url: z.string().nullish(),
  description: text,
  owner,
  tags: strings,
  meta: meta.optional().transform((v) => v ?? {}),
  config,
  depends_on: dependsOn,
  original_file_path: text,
});

export const manifestGroup = z.looseObject({ name: z.string().min(1), owner });

export const manifestSchema = z.looseObject({
  metadata: z.looseObject({
    dbt_schema_version: z.string({ message: "is missing: this is not a dbt manifest.json" }).superRefine((v, ctx) => {
      if (/\/manifest\/v\d+\.json$/.test(v)) return;
      const other = /run-results|catalog|sources|semantic_manifest/.exec(v)?.[0];
      ctx.addIssue({
        code: "custom",
        message: `is "${v}", not a manifest's (a dbt manifest says …/manifest/v12.json)${other ? `: this looks like ${other}.json` : ""}`,
      });
    }),
    dbt_version: text,
    generated_at: z.iso.datetime({ offset: true, message: "must be an ISO date-time" }),
    project_name: z.string().nullish(),
    adapter_type: text,
  }),
  nodes: z.record(z.string(), manifestNode),
  sources: z.record(z.string(), manifestSource),
  exposures: z
    .record(z.string(), manifestExposure)
    .nullish()
    .transform((v) => v ?? {}),
  groups: z
    .record(z.string(), manifestGroup)
    .nullish()
    .transform((v) => v ?? {}),
});

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestNode = z.output<typeof manifestNode>;
export type ManifestSource = z.output<typeof manifestSource>;
export type ManifestExposure = z.output<typeof manifestExposure>;

export type ParsedManifest = { ok: true; manifest: Manifest; project: string } | { ok: false; errors: string[] };

/** The manifest version a `dbt_schema_version` URL names (…/manifest/v12.json → 12), or null. */
export function manifestVersion(schemaVersion: string): number | null {
  const m = /\/manifest\/v(\d+)\.json$/.exec(schemaVersion);
  return m ? Number(m[1]) : null;
}

const MAX_ERRORS = 20;

/** Reads a manifest.json's text; every problem is named with the JSON path where it is. */
export function parseManifest(text: string, fileName = "manifest.json"): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${fileName} is not JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, errors: [`${fileName} is not a dbt manifest: it is not a JSON object.`] };
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const errors = issues.slice(0, MAX_ERRORS).map((i) => {
      const path = i.path.map(String).join(".") || "(file)";
      const message = i.code === "invalid_type" && i.input === undefined ? "is missing" : i.message;
      return `${fileName} › ${path}: ${message}`;
    });
    if (issues.length > MAX_ERRORS) errors.push(`… and ${issues.length - MAX_ERRORS} more problems.`);
    return { ok: false, errors: [`${fileName} is not a dbt manifest this connector can read:`, ...errors] };
  }
  const m = parsed.data;
  const version = manifestVersion(m.metadata.dbt_schema_version);
  if (version === null || !(SUPPORTED_MANIFEST_VERSIONS as readonly number[]).includes(version))
    return {
      ok: false,
      errors: [
        `${fileName} › metadata.dbt_schema_version: manifest v${version} (dbt ${m.metadata.dbt_version || "?"}) is not supported; ` +
          `this connector reads manifest v${SUPPORTED_MANIFEST_VERSIONS.join(", v")} (dbt 1.6 and later).`,
      ],
    };
  const project = m.metadata.project_name?.trim() || projectFromNodes(m);
  if (!project)
    return {
      ok: false,
      errors: [`${fileName} › metadata.project_name: is missing, and no model names its project.`],
    };
  return { ok: true, manifest: m, project };
}

/** project_name may be null (a manifest written without a project); then the package most models are in. */
function projectFromNodes(m: Manifest): string {
  const counts = new Map<string, number>();
  for (const n of Object.values(m.nodes))
    if (n.resource_type === "model") counts.set(n.package_name, (counts.get(n.package_name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}
