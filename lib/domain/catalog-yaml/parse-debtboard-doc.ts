// One `apiVersion: debtboard/v1` document → a team or an entity draft plus the relations it
// declares. Unknown fields are errors (a typo must not silently drop data).
import { z } from "zod";
import type { EntityKind } from "@/lib/domain/kinds";
import {
  commonFields,
  consumerFields,
  dataSourceFields,
  entityName,
  featureFields,
  lifecycle,
  link,
  modelFields,
  teamSlug,
  type EntityDraft,
} from "./fields";
import { parseBackstageRef, parseEntityRef } from "./refs";
import { relationForField, SPEC_FIELDS, type SpecField } from "./relations";
import type { CatalogBatch, DocLocation } from "./types";

export const DOC_KINDS = {
  Model: "MODEL",
  Feature: "FEATURE",
  DataSource: "DATA_SOURCE",
  Consumer: "CONSUMER",
} as const satisfies Record<string, EntityKind>;
export const DOC_KIND_OF: Record<EntityKind, keyof typeof DOC_KINDS> = {
  MODEL: "Model",
  FEATURE: "Feature",
  DATA_SOURCE: "DataSource",
  CONSUMER: "Consumer",
};

const metadata = z.strictObject({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  links: z.array(link.extend({ icon: z.string().optional() })).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  namespace: z.string().optional(),
});

/** `owner: team-ranking` (Backstage's `group:team-ranking` forms accepted too). */
const owner = z.preprocess((v) => (typeof v === "string" ? (parseBackstageRef(v)?.name ?? v) : v), teamSlug);
const refs = z.array(z.string().min(1)).default([]);
const base = { owner: owner.nullable().optional(), lifecycle: lifecycle.optional() };

const SPECS = {
  MODEL: modelFields.extend({ ...base, uses: refs }).strict(),
  FEATURE: featureFields.extend({ ...base, derivedFrom: refs }).strict(),
  DATA_SOURCE: dataSourceFields.extend({ ...base, derivedFrom: refs }).strict(),
  CONSUMER: consumerFields.extend({ ...base, consumes: refs, reads: refs, writesTo: refs }).strict(),
} as const;

const teamSpec = z.strictObject({ displayName: z.string().trim().max(200).optional() }).default({});

type Raw = Record<string, unknown>;

function pushZodIssues(batch: CatalogBatch, at: DocLocation, prefix: string, error: z.ZodError) {
  for (const i of error.issues) {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".");
    const message =
      i.code === "unrecognized_keys" ? `Unknown field${i.keys.length > 1 ? "s" : ""} ${i.keys.join(", ")}.` : i.message;
    batch.issues.push({ ...at, path, message });
  }
}

export function parseDebtboardDoc(doc: Raw, at: DocLocation, batch: CatalogBatch): void {
  const meta = metadata.safeParse(doc.metadata);
  if (!meta.success) return pushZodIssues(batch, at, "metadata", meta.error);
  const name = entityName.safeParse(meta.data.name);
  if (!name.success) return pushZodIssues(batch, at, "metadata.name", name.error);
  const docKind = doc.kind;

  if (docKind === "Team") {
    const slug = teamSlug.safeParse(name.data);
    if (!slug.success) return pushZodIssues(batch, at, "metadata.name", slug.error);
    const spec = teamSpec.safeParse(doc.spec ?? {});
    if (!spec.success) return pushZodIssues(batch, at, "spec", spec.error);
    const title = spec.data.displayName ?? meta.data.title?.trim() ?? "";
    batch.teams.push({
      value: { name: slug.data, title: title || slug.data, description: meta.data.description?.trim() ?? "" },
      at,
    });
    return;
  }

  const kind = DOC_KINDS[docKind as keyof typeof DOC_KINDS];
  if (!kind) {
    batch.issues.push({
      ...at,
      path: "kind",
      message: `Unknown kind "${String(docKind)}"; use Team, Model, Feature, DataSource or Consumer.`,
    });
    return;
  }
  const spec = SPECS[kind].safeParse(doc.spec ?? {});
  if (!spec.success) return pushZodIssues(batch, at, "spec", spec.error);
  const common = commonFields.safeParse({
    title: meta.data.title,
    description: meta.data.description,
    tags: meta.data.tags,
    links: meta.data.links?.map((l) => ({ type: l.type, url: l.url, ...(l.title ? { title: l.title } : {}) })),
    team: spec.data.owner ?? null,
    lifecycle: spec.data.lifecycle,
  });
  if (!common.success) {
    // Map the shared fields back to where they sit in the document.
    const where: Record<string, string> = { team: "spec.owner", lifecycle: "spec.lifecycle" };
    for (const i of common.error.issues) {
      const [head, ...rest] = i.path.map(String);
      const path = [where[head ?? ""] ?? `metadata.${head ?? ""}`, ...rest].join(".");
      batch.issues.push({ ...at, path, message: i.message });
    }
    return;
  }
  const s = spec.data as Raw;
  const fields = pickKindFields(kind, s);
  batch.entities.push({ value: { name: name.data, ...common.data, ...fields } as EntityDraft, at });

  const self = { kind, name: name.data };
  for (const [field, allowed] of Object.entries(SPEC_FIELDS[kind]) as [SpecField, readonly EntityKind[]][]) {
    const list = (s[field] as string[] | undefined) ?? [];
    list.forEach((ref, i) => {
      const path = `spec.${field}.${i}`;
      const parsed = parseEntityRef(ref, allowed.length === 1 ? (allowed[0] ?? null) : null);
      if (typeof parsed === "string") return batch.issues.push({ ...at, path, message: parsed });
      if (!allowed.includes(parsed.kind)) {
        return batch.issues.push({
          ...at,
          path,
          message: `${field} may only name ${allowed.map((k) => k.toLowerCase()).join(" or ")} entities.`,
        });
      }
      const rel = relationForField(field, kind, parsed.kind);
      if (!rel) return batch.issues.push({ ...at, path, message: `No relation joins ${kind} and ${parsed.kind}.` });
      batch.relations.push({
        kind: rel.kind,
        from: rel.ownerIsFrom ? self : parsed,
        to: rel.ownerIsFrom ? parsed : self,
        owner: self,
        at: { ...at, path },
      });
    });
  }
}

function pickKindFields(kind: EntityKind, s: Raw): Raw {
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, s[k]]));
  if (kind === "MODEL") return { kind, model: pick(Object.keys(modelFields.shape)) };
  if (kind === "FEATURE") return { kind, feature: pick(Object.keys(featureFields.shape)) };
  if (kind === "DATA_SOURCE") return { kind, dataSource: pick(Object.keys(dataSourceFields.shape)) };
  return { kind, consumer: pick(Object.keys(consumerFields.shape)) };
}
