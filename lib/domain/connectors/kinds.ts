// Connector kinds as people read them (run lists, filters), including the OpenLineage receiver,
// which is not run but receives events (its runs are recorded all the same).
export const CONNECTOR_KINDS = ["CATALOG_FILES", "OPENLINEAGE", "DBT", "FEAST", "MLFLOW"] as const;
export type ConnectorKindName = (typeof CONNECTOR_KINDS)[number];

export const CONNECTOR_LABEL: Record<ConnectorKindName, string> = {
  CATALOG_FILES: "Catalogue files",
  OPENLINEAGE: "OpenLineage",
  DBT: "dbt",
  FEAST: "Feast",
  MLFLOW: "MLflow",
};

/** The URL and command-line spelling: CATALOG_FILES → "catalog-files". */
export function connectorSlugOf(kind: ConnectorKindName): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

export const IMPORT_STATUS_LABEL = {
  APPLIED: "Applied",
  DRY_RUN: "Dry run",
  REFUSED: "Refused",
  FAILED: "Failed",
} as const;
