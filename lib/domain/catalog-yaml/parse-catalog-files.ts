// Files → one batch. Each file may hold several YAML documents (`---`); debtboard/v1 and
// Backstage (backstage.io/*) documents may be mixed. Nothing here touches the database: the
// server layer resolves references against the catalogue and applies the batch.
import { parseAllDocuments } from "yaml";
import { parseDebtboardDoc } from "./parse-debtboard-doc";
import { DEFAULT_BACKSTAGE_OPTIONS, parseBackstageDocs, type BackstageDoc, type BackstageOptions } from "./parse-backstage-docs";
import { emptyBatch, type CatalogBatch, type DocLocation } from "./types";
import { validateBatch } from "./validate-batch";

export interface CatalogFile {
  /** Shown in every message about the file (a path or an upload's name). */
  file: string;
  text: string;
}

export function parseCatalogFiles(files: readonly CatalogFile[], options: BackstageOptions = DEFAULT_BACKSTAGE_OPTIONS): CatalogBatch {
  const batch = emptyBatch();
  const backstage: BackstageDoc[] = [];
  for (const { file, text } of files) {
    parseAllDocuments(text, { prettyErrors: true }).forEach((doc, i) => {
      const at: DocLocation = { file, index: i + 1, kind: null, name: null };
      if (doc.errors.length > 0) {
        for (const e of doc.errors) batch.issues.push({ ...at, path: "", message: `Not valid YAML: ${e.message.split("\n")[0]}` });
        return;
      }
      const value: unknown = doc.toJS();
      if (value === null || value === undefined) return; // an empty document, e.g. after a trailing ---
      if (typeof value !== "object" || Array.isArray(value)) {
        batch.issues.push({ ...at, path: "", message: "A document must be a mapping with apiVersion, kind, metadata and spec." });
        return;
      }
      const raw = value as Record<string, unknown>;
      const meta = raw.metadata as Record<string, unknown> | undefined;
      at.kind = typeof raw.kind === "string" ? raw.kind : null;
      at.name = typeof meta?.name === "string" ? meta.name : null;
      const apiVersion = typeof raw.apiVersion === "string" ? raw.apiVersion : "";
      if (apiVersion === "debtboard/v1") parseDebtboardDoc(raw, at, batch);
      else if (apiVersion.startsWith("backstage.io/")) backstage.push({ doc: raw, at });
      else batch.issues.push({ ...at, path: "apiVersion", message: `Use apiVersion: debtboard/v1 (or a Backstage backstage.io/… document); got "${apiVersion || "(none)"}".` });
    });
  }
  parseBackstageDocs(backstage, batch, options);
  validateBatch(batch);
  return batch;
}
