// Backstage catalog-info.yaml documents, taken as they are:
//   Group (spec.type team) → team;  User → membership of each memberOf group;
//   Component whose spec.type is a model type (default ml-model, model) → model;
//   Resource → data source (a feature when spec.type is a feature type, default ml-feature, feature);
//   dependsOn, and consumesApis through the API's providers → relations where both ends map.
// Everything else — other kinds, other component types, references that lead nowhere — is
// skipped and listed in the report, never dropped silently.
import { KIND_LABELS, type EntityKind } from "@/lib/domain/kinds";
import { LINK_TYPES } from "@/lib/domain/format/entity-links";
import { commonFields, entityName, teamSlug, type EntityDraft } from "./fields";
import { backstageKey, parseBackstageRef } from "./refs";
import { relationFrom } from "./relations";
import type { CatalogBatch, DocLocation, EntityRef } from "./types";

export interface BackstageOptions {
  modelTypes: readonly string[];
  featureTypes: readonly string[];
}
export const DEFAULT_BACKSTAGE_OPTIONS: BackstageOptions = {
  modelTypes: ["ml-model", "model"],
  featureTypes: ["ml-feature", "feature"],
};

type Raw = Record<string, unknown>;
export interface BackstageDoc {
  doc: Raw;
  at: DocLocation;
}

type Target = { team: string } | { entity: EntityRef } | null;

const obj = (v: unknown): Raw => (v && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const LIFECYCLE_OF: Record<string, EntityDraft["lifecycle"]> = {
  experimental: "EXPERIMENTAL",
  production: "PRODUCTION",
  deprecated: "DEPRECATED",
  retired: "RETIRED",
};

function entityKindOf(kind: string, spec: Raw, o: BackstageOptions): EntityKind | null {
  const type = (str(spec.type) ?? "").toLowerCase();
  if (kind === "component") return o.modelTypes.includes(type) ? "MODEL" : null;
  if (kind === "resource") return o.featureTypes.includes(type) ? "FEATURE" : "DATA_SOURCE";
  return null;
}

export function parseBackstageDocs(
  docs: readonly BackstageDoc[],
  batch: CatalogBatch,
  options: BackstageOptions = DEFAULT_BACKSTAGE_OPTIONS,
): void {
  // Pass 1: what every document maps to, so references between them resolve whatever the order.
  const targets = new Map<string, Target>();
  const providers = new Map<string, EntityRef[]>();
  const mapped: { d: BackstageDoc; self: EntityRef }[] = [];
  for (const d of docs) {
    const kind = (str(d.doc.kind) ?? "").toLowerCase();
    const meta = obj(d.doc.metadata);
    const spec = obj(d.doc.spec);
    const name = str(meta.name) ?? "";
    const key = backstageKey(kind, str(meta.namespace) ?? "default", name);
    const type = str(spec.type);
    if (kind === "group") {
      if (type?.toLowerCase() !== "team") {
        targets.set(key, null);
        batch.skipped.push({ ...d.at, reason: `Group of type "${type ?? "(none)"}" is not a team.` });
        continue;
      }
      const slug = teamSlug.safeParse(name.toLowerCase());
      if (!slug.success) {
        batch.issues.push({
          ...d.at,
          path: "metadata.name",
          message: slug.error.issues[0]?.message ?? "Not a team slug.",
        });
        continue;
      }
      targets.set(key, { team: slug.data });
      const profile = obj(spec.profile);
      const title = str(profile.displayName) ?? str(meta.title) ?? slug.data;
      batch.teams.push({ value: { name: slug.data, title, description: str(meta.description) ?? "" }, at: d.at });
      continue;
    }
    if (kind === "user" || kind === "api") continue; // handled below
    const ek = entityKindOf(kind, spec, options);
    if (!ek) {
      targets.set(key, null); // in the batch but not catalogued: references to it are skipped
      batch.skipped.push({
        ...d.at,
        reason:
          kind === "component"
            ? `Component of type "${type ?? "(none)"}" is not a model (model types: ${options.modelTypes.join(", ")}).`
            : `Kind ${str(d.doc.kind)} is not catalogued.`,
      });
      continue;
    }
    const n = entityName.safeParse(name);
    if (!n.success) {
      batch.issues.push({ ...d.at, path: "metadata.name", message: n.error.issues[0]?.message ?? "Not a name." });
      continue;
    }
    const self = { kind: ek, name: n.data };
    targets.set(key, { entity: self });
    mapped.push({ d, self });
    for (const api of strings(spec.providesApis)) {
      const r = parseBackstageRef(api, "api");
      if (r)
        providers.set(backstageKey(r.kind ?? "api", r.namespace, r.name), [
          ...(providers.get(backstageKey(r.kind ?? "api", r.namespace, r.name)) ?? []),
          self,
        ]);
    }
  }

  const resolve = (ref: string, defaultKind: string): Target | undefined => {
    const r = parseBackstageRef(ref, defaultKind);
    return r ? targets.get(backstageKey(r.kind ?? defaultKind, r.namespace, r.name)) : undefined;
  };

  // Pass 2: drafts, owners, relations and memberships.
  for (const { d, self } of mapped) {
    const meta = obj(d.doc.metadata);
    const spec = obj(d.doc.spec);
    const ownerRef = str(spec.owner);
    let team: string | null = null;
    if (ownerRef) {
      const t = resolve(ownerRef, "group");
      const parsed = parseBackstageRef(ownerRef, "group");
      if (t && "team" in t) team = t.team;
      else if (parsed && parsed.kind === "group" && !t)
        team = parsed.name.toLowerCase(); // may already exist
      else batch.skipped.push({ ...d.at, reason: `Owner ${ownerRef} is not a team; imported without an owner.` });
    }
    const lifecycleText = (str(spec.lifecycle) ?? "experimental").toLowerCase();
    const lifecycle = LIFECYCLE_OF[lifecycleText];
    if (!lifecycle)
      batch.skipped.push({ ...d.at, reason: `Lifecycle "${lifecycleText}" is unknown; imported as experimental.` });
    const links = (Array.isArray(meta.links) ? meta.links : []).map(obj).map((l) => ({
      type: LINK_TYPES.find((t) => t === str(l.type)) ?? "other",
      url: str(l.url) ?? "",
      ...(str(l.title) ? { title: str(l.title) } : {}),
    }));
    const common = commonFields.safeParse({
      title: str(meta.title),
      description: str(meta.description),
      tags: strings(meta.tags),
      links,
      team,
      lifecycle: lifecycle ?? "EXPERIMENTAL",
    });
    if (!common.success) {
      for (const i of common.error.issues)
        batch.issues.push({ ...d.at, path: ["metadata", ...i.path.map(String)].join("."), message: i.message });
      continue;
    }
    const system = str(spec.type) ?? "";
    const fields =
      self.kind === "MODEL"
        ? {
            kind: "MODEL" as const,
            model: {
              task: "",
              servingMode: "BATCH" as const,
              framework: "",
              trainingDataSnapshot: "",
              calibratedOutputs: false,
            },
          }
        : self.kind === "FEATURE"
          ? { kind: "FEATURE" as const, feature: { dataType: "NUMERIC" as const, nullable: false, derivation: "" } }
          : {
              kind: "DATA_SOURCE" as const,
              dataSource: { system, versioned: false, dataOwner: "", freshnessSlaHours: null },
            };
    batch.entities.push({ value: { name: self.name, ...common.data, ...fields }, at: { ...d.at, lenient: true } });

    const upstream: { ref: string; path: string; via: EntityRef[] | null }[] = [];
    strings(spec.dependsOn).forEach((ref, i) => upstream.push({ ref, path: `spec.dependsOn.${i}`, via: null }));
    strings(spec.consumesApis).forEach((ref, i) => {
      const r = parseBackstageRef(ref, "api");
      upstream.push({
        ref,
        path: `spec.consumesApis.${i}`,
        via: r ? (providers.get(backstageKey(r.kind ?? "api", r.namespace, r.name)) ?? []) : [],
      });
    });
    for (const u of upstream) {
      const at = { ...d.at, path: u.path, lenient: true };
      const ends: EntityRef[] = [];
      if (u.via) ends.push(...u.via);
      else {
        const t = resolve(u.ref, "component");
        if (t && "entity" in t) ends.push(t.entity);
        else if (t === undefined) {
          // Not in this batch: it may already be catalogued (a Resource is a data source there).
          const r = parseBackstageRef(u.ref, "component");
          const kind = r?.kind === "resource" ? "DATA_SOURCE" : r?.kind === "component" ? "MODEL" : null;
          if (kind && r) ends.push({ kind, name: r.name });
        }
      }
      if (ends.length === 0) {
        batch.skipped.push({
          ...d.at,
          reason: `${u.path} → ${u.ref}: ${u.via ? "no catalogued entity provides this API" : "does not map to a catalogued entity"}.`,
        });
        continue;
      }
      for (const end of ends) {
        const rel = relationFrom(end.kind, self.kind);
        if (!rel) {
          batch.skipped.push({
            ...d.at,
            reason: `${u.path} → ${u.ref}: no debtboard relation has data flowing from a ${KIND_LABELS[end.kind].one.toLowerCase()} into a ${KIND_LABELS[self.kind].one.toLowerCase()}.`,
          });
          continue;
        }
        batch.relations.push({ kind: rel, from: end, to: self, owner: self, at });
      }
    }
  }

  for (const d of docs) {
    const kind = (str(d.doc.kind) ?? "").toLowerCase();
    if (kind === "api") {
      batch.skipped.push({
        ...d.at,
        reason: "API entities are not catalogued (used only to link providers to consumers).",
      });
      continue;
    }
    if (kind !== "user") continue;
    const spec = obj(d.doc.spec);
    const user = str(obj(spec.profile).email) ?? str(obj(d.doc.metadata).name) ?? "";
    for (const ref of strings(spec.memberOf)) {
      const t = resolve(ref, "group");
      const r = parseBackstageRef(ref, "group");
      const team = t && "team" in t ? t.team : !t && r?.kind === "group" ? r.name.toLowerCase() : null;
      if (team) batch.memberships.push({ team, user, at: d.at });
      else batch.skipped.push({ ...d.at, reason: `memberOf ${ref} is not a team.` });
    }
  }
}
