// A connector: something that reads what a team's tools already know (a catalogue file, a dbt
// manifest, a Feast registry, an MLflow model registry) and writes it into the catalogue through
// the catalogue layer (lib/server/catalog: planned, audited, all or nothing, idempotent). Every
// connector runs through runConnector (run-connector.ts) from the settings page, the command line
// (`npm run connector`), the API and its schedule, and every run is recorded with its report.
import type { Principal } from "@/lib/domain/auth/permissions";
import type { ConnectorKind, ImportSource } from "@/lib/generated/prisma/client";
import type { ImportReport } from "@/lib/server/catalog/import-catalog";

/** What a run did: counts, every change, every skipped item with the reason, errors, notes. */
export interface ConnectorReport extends ImportReport {
  /** The connector's slug. */
  connector: string;
  /** Anything else a person should know about the run (e.g. "3 versions have no training run"). */
  notes: string[];
}

export interface ConnectorContext {
  principal: Principal;
  source: ImportSource;
  dryRun: boolean;
}

/** A file connector gets the file's text; a remote one gets nulls and reads its server. */
export interface ConnectorInput {
  text: string | null;
  fileName: string | null;
}

export interface ConnectorEnvVar {
  name: string;
  required: boolean;
  /** Secrets are never shown, logged or stored; the settings page says only whether they are set. */
  secret: boolean;
  description: string;
}

export interface ConnectorDefinition {
  /** URL and command-line name: "dbt", "feast", "mlflow", "catalog-files". */
  slug: string;
  kind: ConnectorKind;
  title: string;
  /** One paragraph for the settings page. */
  description: string;
  /**
   * "file": each run reads one file (uploaded, posted, or for the command line and the schedule
   * the path in `pathEnv`); "remote": each run reads a server named by its environment variables.
   */
  input: { type: "file"; label: string; accept: string; pathEnv: string } | { type: "remote" };
  env: ConnectorEnvVar[];
  /** The environment variable holding the schedule (a cron expression, UTC); unset = none. */
  scheduleEnv: string;
  run(input: ConnectorInput, context: ConnectorContext): Promise<ConnectorReport>;
}

/** Identity, for type checking: `export const dbtConnector = defineConnector({ ... })`. */
export function defineConnector(definition: ConnectorDefinition): ConnectorDefinition {
  return definition;
}
