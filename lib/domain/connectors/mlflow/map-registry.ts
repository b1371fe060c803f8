// An MLflow model registry → catalogue models and checklist evidence. Each registered model
// becomes one model entity (named from the registered name), owned by the team its tag names
// (or the default team); its versions, aliases and stages become links and tags a person sees
// on the model's page; the reference version's training run gives the evidence. What MLflow
// does not know (task, serving mode, a person's own links and tags) keeps its catalogue value.
import type { EntityDraft, LinkItem } from "@/lib/domain/catalog-yaml/fields";
import type { DocLocation, Located } from "@/lib/domain/catalog-yaml/types";
import { entityNameFor } from "@/lib/domain/openlineage/map-events";
import { evidenceAnswers, runEvidence, snapshotText, type EvidenceAnswer, type RunEvidence } from "./evidence";
import type { MlflowRun, ModelVersion, RegisteredModel } from "./rest";

export interface MlflowMapping {
  /** The tracking server's address without credentials or trailing slash (links are made from it). */
  trackingUrl: string;
  /** Registered-model tag keys naming the owning team's slug, first found wins. */
  teamTags: readonly string[];
  defaultTeam: string | null;
  /** Aliases that mark the version in production (a version in stage Production counts too). */
  productionAliases: readonly string[];
}

export const DEFAULT_TEAM_TAGS = ["debtboard.team", "team"] as const;
export const DEFAULT_PRODUCTION_ALIASES = ["production", "prod", "champion"] as const;

export interface ModelSnapshot {
  model: RegisteredModel;
  versions: ModelVersion[];
  /** The reference version's training run, or why there is none. */
  run: MlflowRun | null;
  runProblem: string | null;
}

export interface ReferenceVersion {
  version: ModelVersion;
  production: boolean;
  /** e.g. "version 3 (alias champion)". */
  label: string;
}

export interface ModelEvidence {
  entityName: string;
  registeredName: string;
  answers: EvidenceAnswer[];
}

export interface RegistryMapping {
  entities: Located<EntityDraft>[];
  evidence: ModelEvidence[];
  skipped: string[];
  notes: string[];
}

const num = (v: ModelVersion) => Number(v.version);

/** Aliases of each version, from the registered model and from the versions themselves. */
function aliasesByVersion(model: RegisteredModel, versions: readonly ModelVersion[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (version: string, alias: string) => {
    const list = out.get(version) ?? [];
    if (!list.includes(alias)) list.push(alias);
    out.set(version, list);
  };
  for (const a of model.aliases) add(a.version, a.alias);
  for (const v of versions) for (const a of v.aliases) add(v.version, a);
  return out;
}

/** The version in production (the newest one if several), else the newest version. */
export function referenceVersion(
  model: RegisteredModel,
  versions: readonly ModelVersion[],
  productionAliases: readonly string[],
): ReferenceVersion | null {
  if (versions.length === 0) return null;
  const aliases = aliasesByVersion(model, versions);
  const prodAliases = new Set(productionAliases.map((a) => a.toLowerCase()));
  const newestFirst = [...versions].sort((a, b) => num(b) - num(a));
  for (const v of newestFirst) {
    const alias = (aliases.get(v.version) ?? []).find((a) => prodAliases.has(a.toLowerCase()));
    if (alias) return { version: v, production: true, label: `version ${v.version} (alias ${alias})` };
    if (v.current_stage.toLowerCase() === "production")
      return { version: v, production: true, label: `version ${v.version} (stage Production)` };
  }
  const newest = newestFirst[0] as ModelVersion;
  return { version: newest, production: false, label: `version ${newest.version} (the newest; none is in production)` };
}

export function teamOf(model: RegisteredModel, mapping: MlflowMapping): { team: string } | { reason: string } {
  for (const key of mapping.teamTags) {
    const value = model.tags.find((t) => t.key === key)?.value.trim();
    if (value) return { team: value };
  }
  if (mapping.defaultTeam) return { team: mapping.defaultTeam };
  return {
    reason: `it has no team tag (${mapping.teamTags.join(" or ")}) and no default team is set (MLFLOW_DEFAULT_TEAM).`,
  };
}

export const modelUrl = (base: string, name: string) => `${base}/#/models/${encodeURIComponent(name)}`;
export const versionUrl = (base: string, name: string, version: string) =>
  `${modelUrl(base, name)}/versions/${encodeURIComponent(version)}`;

const TAG_PREFIXES = ["mlflow:", "mlflow-alias:", "mlflow-stage:"];
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function mlflowTags(model: RegisteredModel, versions: readonly ModelVersion[], teamTags: readonly string[]): string[] {
  const tags = model.tags
    .filter((t) => !teamTags.includes(t.key) && !t.key.startsWith("mlflow."))
    .map((t) => cut(`mlflow:${t.key}${t.value ? `=${t.value}` : ""}`, 60));
  for (const [version, aliases] of aliasesByVersion(model, versions))
    for (const a of aliases) tags.push(cut(`mlflow-alias:${a}=v${version}`, 60));
  for (const v of versions)
    if (!["none", "archived"].includes(v.current_stage.toLowerCase()))
      tags.push(cut(`mlflow-stage:${v.current_stage}=v${v.version}`, 60));
  return tags;
}

function mlflowLinks(
  s: ModelSnapshot,
  ref: ReferenceVersion | null,
  evidence: RunEvidence | null,
  base: string,
): LinkItem[] {
  const name = s.model.name;
  const links: LinkItem[] = [{ type: "other", url: modelUrl(base, name), title: `MLflow: ${cut(name, 150)}` }];
  const aliases = aliasesByVersion(s.model, s.versions);
  const newest = [...s.versions].sort((a, b) => num(b) - num(a));
  // The versions a person asks about: aliased or staged ones and the newest, newest first (at most 10).
  const shown = newest
    .filter(
      (v, i) =>
        i === 0 ||
        (aliases.get(v.version) ?? []).length > 0 ||
        !["none", "archived"].includes(v.current_stage.toLowerCase()),
    )
    .slice(0, 10);
  for (const v of shown) {
    const marks = [...(aliases.get(v.version) ?? []), ...(v.current_stage === "None" ? [] : [v.current_stage])];
    links.push({
      type: "other",
      url: versionUrl(base, name, v.version),
      title: `MLflow version ${v.version}${marks.length ? ` (${marks.join(", ")})` : ""}`,
    });
  }
  if (evidence && ref)
    links.push({ type: "training-run", url: evidence.runUrl, title: `Training run of version ${ref.version.version}` });
  return links;
}

const isMlflowLink = (l: LinkItem, base: string) => l.url.startsWith(`${base}/`);
const isMlflowTag = (t: string) => TAG_PREFIXES.some((p) => t.startsWith(p));

/** The entity draft for one registered model, keeping what MLflow does not know from `stored`. */
export function modelDraft(
  s: ModelSnapshot,
  entityName: string,
  team: string,
  mapping: MlflowMapping,
  stored: EntityDraft | null,
): { draft: EntityDraft; evidence: RunEvidence | null; reference: ReferenceVersion | null } {
  const ref = referenceVersion(s.model, s.versions, mapping.productionAliases);
  const evidence = s.run ? runEvidence(s.run, mapping.trackingUrl) : null;
  const keptModel = stored?.kind === "MODEL" ? stored.model : null;
  const snapshot = evidence ? snapshotText(evidence) : "";
  const links = [
    ...(stored?.links ?? []).filter((l) => !isMlflowLink(l, mapping.trackingUrl)),
    ...mlflowLinks(s, ref, evidence, mapping.trackingUrl),
  ].slice(0, 50);
  const tags = [
    ...new Set([
      ...(stored?.tags ?? []).filter((t) => !isMlflowTag(t)),
      ...mlflowTags(s.model, s.versions, mapping.teamTags),
    ]),
  ].slice(0, 50);
  const draft: EntityDraft = {
    kind: "MODEL",
    name: entityName,
    title: stored?.title || cut(s.model.name, 200),
    description: cut(s.model.description.trim(), 5000) || stored?.description || "",
    team,
    lifecycle: ref?.production ? "PRODUCTION" : (stored?.lifecycle ?? "EXPERIMENTAL"),
    tags,
    links,
    model: {
      task: keptModel?.task ?? "",
      servingMode: keptModel?.servingMode ?? "BATCH",
      framework: keptModel?.framework ?? "",
      trainingDataSnapshot: snapshot || keptModel?.trainingDataSnapshot || "",
      calibratedOutputs: keptModel?.calibratedOutputs ?? false,
    },
  };
  return { draft, evidence, reference: ref };
}

export interface MapContext {
  /** Slugs of the active teams debtboard has. */
  teams: ReadonlySet<string>;
  /** Stored drafts of the models these registered models map to, by entity name. */
  stored: ReadonlyMap<string, EntityDraft>;
  /** Names of those models a person archived: a sync does not bring them back. */
  archived: ReadonlySet<string>;
}

export function mapRegistry(
  snapshots: readonly ModelSnapshot[],
  mapping: MlflowMapping,
  ctx: MapContext,
): RegistryMapping {
  const out: RegistryMapping = { entities: [], evidence: [], skipped: [], notes: [] };
  const taken = new Map<string, string>();
  snapshots.forEach((s, i) => {
    const label = `MLflow model "${s.model.name}"`;
    // MLflow 3 keeps its prompt registry in the same table; a prompt is not a model.
    if (s.model.tags.some((t) => t.key === "mlflow.prompt.is_prompt" && t.value.toLowerCase() === "true"))
      return void out.skipped.push(`${label}: skipped, it is an MLflow prompt, not a model.`);
    const owner = teamOf(s.model, mapping);
    if ("reason" in owner) return void out.skipped.push(`${label}: skipped, ${owner.reason}`);
    if (!ctx.teams.has(owner.team))
      return void out.skipped.push(`${label}: skipped, its team "${owner.team}" is not a debtboard team.`);
    const entityName = entityNameFor("", s.model.name);
    const clash = taken.get(entityName);
    if (clash !== undefined)
      return void out.skipped.push(
        `${label}: skipped, it maps to model:${entityName} like MLflow model "${clash}" (names differing only in case or punctuation).`,
      );
    taken.set(entityName, s.model.name);
    if (ctx.archived.has(entityName))
      return void out.skipped.push(
        `${label}: skipped, model:${entityName} is archived in debtboard (restore it there to sync it again).`,
      );
    const { draft, evidence, reference } = modelDraft(
      s,
      entityName,
      owner.team,
      mapping,
      ctx.stored.get(entityName) ?? null,
    );
    const at: DocLocation = { file: "MLflow registry", index: i + 1, kind: "Model", name: s.model.name };
    out.entities.push({ value: draft, at });
    if (!reference)
      return void out.notes.push(`model:${entityName}: no versions, so no training run to read evidence from.`);
    if (!evidence) {
      out.notes.push(
        `model:${entityName}: ${reference.label} ${s.runProblem ?? "has no training run"}; no evidence read.`,
      );
      out.evidence.push({ entityName, registeredName: s.model.name, answers: [] });
      return;
    }
    const { answers, unproven } = evidenceAnswers(evidence, reference.label);
    out.evidence.push({ entityName, registeredName: s.model.name, answers });
    for (const line of unproven) out.notes.push(`model:${entityName} (${reference.label}): not proven: ${line}`);
  });
  return out;
}
