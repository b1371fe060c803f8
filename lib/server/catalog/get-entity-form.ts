// An entity as its edit form's initial values (flat field names, see form-input.ts), with the
// version the edit starts from and the owning team id for the permission check.
import "server-only";
import type { EntityKind } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db/client";
import { DRAFT_SELECT, toDraft } from "@/lib/server/catalog/entity-draft";

export async function getEntityForm(options: { kind: EntityKind; name: string }) {
  const e = await db().entity.findUnique({ where: { kind_name: options }, select: DRAFT_SELECT });
  if (!e) return null;
  const d = toDraft(e);
  const values: Record<string, string | boolean> = {
    name: d.name,
    title: d.title,
    description: d.description,
    team: d.team ?? "",
    lifecycle: d.lifecycle,
    tags: d.tags.join(", "),
    "links.other": JSON.stringify(
      d.links.filter((l) => l.type === "other").map((l) => ({ url: l.url, ...(l.title ? { title: l.title } : {}) })),
    ),
  };
  for (const l of d.links) if (l.type !== "other" && !values[`links.${l.type}`]) values[`links.${l.type}`] = l.url;
  const own =
    d.kind === "MODEL"
      ? ["model", d.model]
      : d.kind === "FEATURE"
        ? ["feature", d.feature]
        : d.kind === "DATA_SOURCE"
          ? ["dataSource", d.dataSource]
          : ["consumer", d.consumer];
  for (const [k, v] of Object.entries(own[1] as Record<string, unknown>))
    values[`${own[0] as string}.${k}`] = typeof v === "boolean" ? v : v === null ? "" : String(v);
  return { id: e.id, teamId: e.teamId, version: e.version, archived: e.archivedAt !== null, values };
}

export async function getEntityVersion(options: { kind: EntityKind; name: string }): Promise<number | null> {
  return (await db().entity.findUnique({ where: { kind_name: options }, select: { version: true } }))?.version ?? null;
}
