// Catalogue-as-code as a connector: one debtboard/v1 or Backstage catalog-info.yaml file (for a
// schedule, the file at CATALOG_FILE_PATH, e.g. in a checkout a cron job keeps pulled).
import { DEFAULT_BACKSTAGE_OPTIONS } from "@/lib/domain/catalog-yaml/parse-backstage-docs";
import { parseCatalogFiles } from "@/lib/domain/catalog-yaml/parse-catalog-files";
import { importBatch } from "@/lib/server/catalog/import-catalog";
import { InvalidInputError } from "@/lib/server/errors";
import { defineConnector } from "./definition";

export const catalogFilesConnector = defineConnector({
  slug: "catalog-files",
  kind: "CATALOG_FILES",
  title: "Catalogue files",
  description:
    "Catalogue-as-code: one YAML file of debtboard/v1 documents or Backstage catalog-info.yaml entities. " +
    "Teams, entities and their declared relations are created or updated; nothing is archived (the import page's prune does that).",
  input: { type: "file", label: "YAML file", accept: ".yaml,.yml", pathEnv: "CATALOG_FILE_PATH" },
  env: [
    {
      name: "CATALOG_FILE_PATH",
      required: false,
      secret: false,
      description: "The file the command line and the schedule read when no file is given.",
    },
  ],
  scheduleEnv: "CATALOG_FILE_CRON",
  async run(input, context) {
    if (input.text === null) throw new InvalidInputError("Choose a YAML file to import.");
    const batch = parseCatalogFiles(
      [{ file: input.fileName ?? "catalog.yaml", text: input.text }],
      DEFAULT_BACKSTAGE_OPTIONS,
    );
    const report = await importBatch(batch, context.principal, { prune: false, dryRun: context.dryRun });
    return { ...report, connector: "catalog-files", notes: [] };
  },
});
