// A tool knows some of an entity's facts, not all: Feast knows a feature's type and description,
// not its lifecycle or the runbook someone linked. Before a connector's batch is planned, every
// entity that is already catalogued takes the stored values of the fields the tool does not own,
// so a sync never resets what a person set (and a second sync compares equal: nothing to change).
import type { EntityDraft } from "@/lib/domain/catalog-yaml/fields";
import type { CatalogBatch } from "@/lib/domain/catalog-yaml/types";
import type { EntityKind } from "@/lib/domain/kinds";
import { inChunks } from "@/lib/server/catalog/batches";
import { DRAFT_SELECT, toDraft } from "@/lib/server/catalog/entity-draft";
import { db } from "@/lib/server/db/client";

/** `kind`: the kind's own fields (a feature's type, a source's system, …). */
export type ToolField = "title" | "description" | "team" | "lifecycle" | "tags" | "links" | "kind";

function merge(stored: EntityDraft, fromTool: EntityDraft, owned: ReadonlySet<ToolField>): EntityDraft {
  const pick = <K extends keyof EntityDraft & ToolField>(field: K) =>
    owned.has(field) ? fromTool[field] : stored[field];
  const common = {
    name: stored.name,
    title: pick("title"),
    description: pick("description"),
    // A tool that knows no owner for an entity never takes away the one it has.
    team: owned.has("team") && fromTool.team !== null ? fromTool.team : stored.team,
    lifecycle: pick("lifecycle"),
    tags: pick("tags"),
    links: pick("links"),
  };
  const kindOf = owned.has("kind") && fromTool.kind === stored.kind ? fromTool : stored;
  if (kindOf.kind === "MODEL") return { ...common, kind: "MODEL", model: kindOf.model };
  if (kindOf.kind === "FEATURE") return { ...common, kind: "FEATURE", feature: kindOf.feature };
  if (kindOf.kind === "DATA_SOURCE") return { ...common, kind: "DATA_SOURCE", dataSource: kindOf.dataSource };
  return { ...common, kind: "CONSUMER", consumer: kindOf.consumer };
}

/** `owned`: per kind, the fields the tool's values win; a kind not listed keeps every stored field. */
export async function keepStoredFields(
  batch: CatalogBatch,
  owned: Partial<Record<EntityKind, readonly ToolField[]>>,
): Promise<CatalogBatch> {
  const keys = batch.entities.map((e) => ({ kind: e.value.kind, name: e.value.name }));
  const stored = await inChunks(keys, (chunk) =>
    db().entity.findMany({
      where: { OR: chunk.map((k) => ({ kind: k.kind, name: k.name })) },
      select: DRAFT_SELECT,
    }),
  );
  const byKey = new Map(stored.map((s) => [`${s.kind}:${s.name}`, toDraft(s)]));
  return {
    ...batch,
    entities: batch.entities.map((e) => {
      const s = byKey.get(`${e.value.kind}:${e.value.name}`);
      return s ? { ...e, value: merge(s, e.value, new Set(owned[e.value.kind] ?? [])) } : e;
    }),
  };
}
