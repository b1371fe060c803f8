// The Feast connector: a feature repository's registry, as `feast registry-dump` prints it, into
// data sources and features with their lineage (lib/domain/connectors/feast/map-registry.ts has
// the mapping). Facts Feast does not know (lifecycle, links, what a person wrote in a description
// Feast leaves empty) are kept from the catalogue; a second import of the same registry changes
// nothing. Entities a newer registry no longer has are listed in the notes, not archived.
import {
  feastProject,
  feastProjectTag,
  mapFeastRegistry,
  parseFeastRegistry,
  type FeastCatalogue,
} from "@/lib/domain/connectors/feast/map-registry";
import { importBatch } from "@/lib/server/catalog/import-catalog";
import { DRAFT_SELECT, toDraft } from "@/lib/server/catalog/entity-draft";
import { db } from "@/lib/server/db/client";
import { InvalidInputError } from "@/lib/server/errors";
import { defineConnector } from "./definition";
import { keepStoredFields } from "./keep-stored-fields";

async function readCatalogue(project: string): Promise<FeastCatalogue & { imported: string[] }> {
  const [teams, entities, models] = await Promise.all([
    db().team.findMany({ where: { archivedAt: null }, select: { slug: true } }),
    db().entity.findMany({
      where: { kind: { in: ["FEATURE", "DATA_SOURCE"] }, name: { startsWith: `${project}.` } },
      select: { kind: true, name: true, tags: true, archivedAt: true },
    }),
    db().entity.findMany({
      where: { kind: "MODEL", archivedAt: null },
      select: {
        ...DRAFT_SELECT,
        incoming: {
          where: { kind: "MODEL_USES_FEATURE", origin: "DECLARED", archivedAt: null },
          select: { from: { select: { name: true } } },
        },
      },
    }),
  ]);
  const tag = feastProjectTag(project);
  return {
    teams: new Set(teams.map((t) => t.slug)),
    entities: new Set(entities.map((e) => `${e.kind}:${e.name}`)),
    imported: entities.filter((e) => !e.archivedAt && e.tags.includes(tag)).map((e) => `${e.kind}:${e.name}`),
    models: new Map(models.map((m) => [m.name, { draft: toDraft(m), uses: m.incoming.map((r) => r.from.name) }])),
  };
}

export const feastConnector = defineConnector({
  slug: "feast",
  kind: "FEAST",
  title: "Feast",
  description:
    "A Feast feature repository's registry: data sources become data sources, each field of a feature view a feature " +
    "derived from its source, and a feature service tagged model=<model> links that model to its features. " +
    "Owners come from each view's team tag (or FEAST_TEAM). Make the file with `feast registry-dump > registry.json`.",
  input: {
    type: "file",
    label: "Registry dump (JSON)",
    accept: ".json,application/json",
    pathEnv: "FEAST_REGISTRY_PATH",
  },
  env: [
    {
      name: "FEAST_REGISTRY_PATH",
      required: false,
      secret: false,
      description: "The registry dump the command line and the schedule read when no file is given.",
    },
    { name: "FEAST_TEAM", required: false, secret: false, description: "The team owning what no team tag names." },
    {
      name: "FEAST_TEAM_TAG",
      required: false,
      secret: false,
      description: 'The Feast tag naming a view\'s team (default "team").',
    },
  ],
  scheduleEnv: "FEAST_SYNC_CRON",
  async run(input, context) {
    if (input.text === null) throw new InvalidInputError("Choose the Feast registry dump to import.");
    const parsed = parseFeastRegistry(input.text);
    if ("error" in parsed) throw new InvalidInputError(parsed.error, { file: [parsed.error] });
    const catalogue = await readCatalogue(feastProject(parsed.registry));
    const defaultTeam = process.env.FEAST_TEAM?.trim() || null;
    if (defaultTeam && !catalogue.teams.has(defaultTeam))
      throw new InvalidInputError(`FEAST_TEAM is "${defaultTeam}", which is no active debtboard team.`);
    const { batch, notes, seen } = mapFeastRegistry(parsed.registry, catalogue, {
      fileName: input.fileName ?? "registry.json",
      defaultTeam,
      teamTag: process.env.FEAST_TEAM_TAG?.trim() || "team",
      modelTag: "model",
    });
    const merged = await keepStoredFields(batch, {
      FEATURE: ["title", "description", "team", "tags", "kind"],
      DATA_SOURCE: ["title", "description", "team", "tags", "kind"],
      MODEL: [],
    });
    const report = await importBatch(merged, context.principal, { prune: false, dryRun: context.dryRun });
    // What an earlier import brought in and this registry no longer has.
    const gone = catalogue.imported.filter((k) => !seen.has(k));
    if (gone.length > 0) {
      const listed = `${gone.slice(0, 20).join(", ")}${gone.length > 20 ? ", …" : ""}`;
      notes.push(
        `No longer in the registry, from an earlier import (not archived; archive them on their pages if they are gone): ${listed}.`,
      );
    }
    return { ...report, connector: "feast", notes };
  },
});
