// The catalogue, or one team's part, as debtboard/v1 YAML (re-importable: it round-trips) or as
// CSV. Active entities only; each relation is written on the document that declares it.
import "server-only";
import { catalogToCsv } from "@/lib/domain/catalog-yaml/to-csv";
import { catalogToYaml, type ExportRelation } from "@/lib/domain/catalog-yaml/to-yaml";
import { FIELD_OF } from "@/lib/domain/catalog-yaml/relations";
import { db } from "@/lib/server/db/client";
import { NotFoundError } from "@/lib/server/errors";
import { DRAFT_SELECT, toDraft } from "./entity-draft";

export interface ExportOptions {
  /** Team slug; omitted = the whole catalogue. */
  team?: string | null;
  format: "yaml" | "csv";
}

export async function exportCatalog(options: ExportOptions): Promise<string> {
  const team = options.team
    ? await db().team.findUnique({
        where: { slug: options.team },
        select: { id: true, slug: true, name: true, description: true },
      })
    : null;
  if (options.team && !team) throw new NotFoundError(`Team ${options.team}`);
  const teams = team
    ? [team]
    : await db().team.findMany({
        where: { archivedAt: null },
        select: { id: true, slug: true, name: true, description: true },
        orderBy: { slug: "asc" },
      });
  const entities = await db().entity.findMany({
    where: { archivedAt: null, ...(team ? { teamId: team.id } : {}) },
    select: DRAFT_SELECT,
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const ids = new Set(entities.map((e) => e.id));
  const rows = await db().relation.findMany({
    where: {
      archivedAt: null,
      origin: "DECLARED",
      from: { archivedAt: null },
      to: { archivedAt: null },
      ...(team ? { OR: [{ fromId: { in: [...ids] } }, { toId: { in: [...ids] } }] } : {}),
    },
    select: {
      kind: true,
      fromId: true,
      toId: true,
      from: { select: { kind: true, name: true } },
      to: { select: { kind: true, name: true } },
    },
  });
  // A team's export carries the relations its own documents declare.
  const relations: ExportRelation[] = rows
    .filter((r) => ids.has(FIELD_OF[r.kind].owner === "to" ? r.toId : r.fromId))
    .map((r) => ({ kind: r.kind, from: r.from, to: r.to }));
  const drafts = entities.map(toDraft);
  if (options.format === "csv") return catalogToCsv(drafts, relations);
  return catalogToYaml(
    teams.map((t) => ({ name: t.slug, title: t.name, description: t.description })),
    drafts,
    relations,
  );
}
