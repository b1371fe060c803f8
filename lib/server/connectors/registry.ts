// Every connector debtboard has. To add one: define it in lib/server/connectors/<slug>.ts with
// defineConnector() (pure parsing in lib/domain/connectors/<slug>/) and list it here; the settings
// page, `npm run connector`, the API and the schedule pick it up.
import type { ConnectorDefinition } from "./definition";
import { catalogFilesConnector } from "./catalog-files";
import { dbtConnector } from "./dbt";
import { feastConnector } from "./feast";
import { mlflowConnector } from "./mlflow";

export const CONNECTORS: readonly ConnectorDefinition[] = [
  catalogFilesConnector,
  dbtConnector,
  feastConnector,
  mlflowConnector,
];

export function connectorBySlug(slug: string): ConnectorDefinition | null {
  return CONNECTORS.find((c) => c.slug === slug) ?? null;
}
