// The catalogue (or a team's part of it) as debtboard/v1 documents. What this writes parses back
// to the same drafts, so exporting and re-importing changes nothing.
import { stringify } from "yaml";
import type { EntityKind } from "@/lib/domain/kinds";
import type { EntityDraft } from "./fields";
import { DOC_KIND_OF } from "./parse-debtboard-doc";
import { formatRef } from "./refs";
import { FIELD_OF, type RelationKind } from "./relations";
import type { EntityRef, TeamDraft } from "./types";

export interface ExportRelation {
  kind: RelationKind;
  from: EntityRef;
  to: EntityRef;
}

const key = (r: EntityRef) => `${r.kind}:${r.name}`;
const lower = (v: string) => v.toLowerCase();

export function catalogToYaml(
  teams: readonly TeamDraft[],
  entities: readonly EntityDraft[],
  relations: readonly ExportRelation[],
): string {
  const declared = new Map<string, Map<string, string[]>>();
  for (const r of relations) {
    const f = FIELD_OF[r.kind];
    const owner = f.owner === "to" ? r.to : r.from;
    const target = f.owner === "to" ? r.from : r.to;
    const fields = declared.get(key(owner)) ?? new Map<string, string[]>();
    fields.set(f.field, [...(fields.get(f.field) ?? []), formatRef(target.kind, target.name)]);
    declared.set(key(owner), fields);
  }
  const docs: unknown[] = teams.map((t) => ({
    apiVersion: "debtboard/v1",
    kind: "Team",
    metadata: { name: t.name, ...(t.description ? { description: t.description } : {}) },
    spec: { displayName: t.title },
  }));
  for (const e of entities) {
    const metadata: Record<string, unknown> = { name: e.name };
    if (e.title) metadata.title = e.title;
    if (e.description) metadata.description = e.description;
    if (e.tags.length) metadata.tags = e.tags;
    if (e.links.length) metadata.links = e.links;
    const spec: Record<string, unknown> = { owner: e.team, lifecycle: lower(e.lifecycle), ...kindSpec(e) };
    for (const [field, refs] of declared.get(key(e)) ?? []) spec[field] = [...refs].sort();
    docs.push({ apiVersion: "debtboard/v1", kind: DOC_KIND_OF[e.kind as EntityKind], metadata, spec });
  }
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");
}

function kindSpec(e: EntityDraft): Record<string, unknown> {
  if (e.kind === "MODEL") return { ...e.model, servingMode: lower(e.model.servingMode) };
  if (e.kind === "FEATURE") return { ...e.feature, dataType: lower(e.feature.dataType) };
  if (e.kind === "DATA_SOURCE") return { ...e.dataSource };
  return { consumerType: lower(e.consumer.consumerType) };
}
