// Who may run a connector, and the run itself for the settings page, the API, the command line
// and the schedule. A remote connector (it reads a server for the whole organisation) needs an
// organisation admin; a file connector needs catalog:write on some team, and its plan then checks
// every team the file touches (as the catalogue import does). An API token needs the scope too.
import { readFile } from "node:fs/promises";
import { can, canSomewhere, type Principal } from "@/lib/domain/auth/permissions";
import type { ImportSource } from "@/lib/generated/prisma/client";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/server/errors";
import { logSecurityEvent, principalFields } from "@/lib/server/http/security-log";
import type { ConnectorDefinition, ConnectorInput } from "./definition";
import { connectorBySlug } from "./registry";
import { runConnector, type ConnectorRunResult } from "./run-connector";

/** Largest file a connector reads (a big dbt project's manifest runs to tens of MB). */
export const MAX_CONNECTOR_FILE_BYTES = 50 * 1024 * 1024;

/** The principal of the command line and the schedule: whoever runs them already holds the database. */
export const SYSTEM_PRINCIPAL = (name: string): Principal => ({
  userId: null,
  name,
  orgRole: "ADMIN",
  teamRoles: {},
});

export function findConnector(slug: string): ConnectorDefinition {
  const def = connectorBySlug(slug);
  if (!def) throw new NotFoundError(`The connector "${slug}"`);
  return def;
}

export function mayRunConnector(def: ConnectorDefinition, principal: Principal | null): boolean {
  if (!principal) return false;
  return def.input.type === "remote"
    ? can(principal, "org:admin", { teamId: null })
    : canSomewhere(principal, "catalog:write");
}

export function assertMayRunConnector(def: ConnectorDefinition, principal: Principal | null): asserts principal {
  if (mayRunConnector(def, principal) && principal) return;
  logSecurityEvent("forbidden", { ...principalFields(principal), via: `connector:${def.slug}` });
  throw new RefusedError(
    def.input.type === "remote"
      ? `Only organisation admins may run the ${def.title} connector (a token needs the org:admin scope).`
      : `You may not run the ${def.title} connector: it needs catalog:write on at least one team (a token needs that scope).`,
  );
}

export async function startConnectorRun(
  def: ConnectorDefinition,
  input: ConnectorInput,
  options: { principal: Principal | null; source: ImportSource; dryRun: boolean },
): Promise<ConnectorRunResult> {
  const { principal } = options;
  assertMayRunConnector(def, principal);
  if (def.input.type === "file" && (input.text === null || input.text.trim() === ""))
    throw new InvalidInputError(`Choose a file to import: the ${def.title} connector reads ${def.input.label}.`, {
      file: ["Choose a file."],
    });
  return runConnector(def, input, { principal, source: options.source, dryRun: options.dryRun });
}

/** For the command line and the schedule: the file at `path`, else at the connector's path variable. */
export async function readConnectorFile(def: ConnectorDefinition, path: string | undefined): Promise<ConnectorInput> {
  if (def.input.type === "remote") return { text: null, fileName: null };
  const file = path ?? process.env[def.input.pathEnv];
  if (!file)
    throw new InvalidInputError(
      `Name the ${def.input.label} to read: give its path, or set ${def.input.pathEnv} (the schedule reads that).`,
    );
  try {
    return { text: await readFile(file, "utf8"), fileName: file };
  } catch (error) {
    throw new InvalidInputError(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
