// Files → one batch. Each file may hold several YAML documents (`---`); debtboard/v1 and
// Backstage (backstage.io/*) documents may be mixed. Nothing here touches the database: the
// server layer resolves references against the catalogue and applies the batch.
import { parseAllDocuments } from "yaml";
import { textProblem } from "@/lib/domain/http/storable";
import { excessiveNesting } from "./nesting";
import { parseDebtboardDoc } from "./parse-debtboard-doc";
import {
  DEFAULT_BACKSTAGE_OPTIONS,
  parseBackstageDocs,
  type BackstageDoc,
  type BackstageOptions,
} from "./parse-backstage-docs";
import { emptyBatch, type CatalogBatch, type DocLocation } from "./types";
import { validateBatch } from "./validate-batch";

export interface CatalogFile {
  /** Shown in every message about the file (a path or an upload's name). */
  file: string;
  text: string;
}

/** At most this many YAML documents in one import (twice the largest batch we benchmark). */
export const MAX_IMPORT_DOCUMENTS = 20_000;

/**
 * Documents in a YAML text, counted from its `---` markers without parsing (an upper bound:
 * a block scalar may hold a line that looks like one). Cheap, so an oversized batch is refused
 * before the parser spends seconds on it.
 */
export function countYamlDocuments(text: string): number {
  const markers = text.match(/^---(?=[ \t\r\n]|$)/gm)?.length ?? 0;
  const startsWithMarker = /^(?:\s*#[^\n]*\n|\s*\n)*---(?=[ \t\r\n]|$)/.test(text);
  return markers + (startsWithMarker ? 0 : 1);
}

export function parseCatalogFiles(
  files: readonly CatalogFile[],
  options: BackstageOptions = DEFAULT_BACKSTAGE_OPTIONS,
): CatalogBatch {
  const batch = emptyBatch();
  const documents = files.reduce((n, f) => n + countYamlDocuments(f.text), 0);
  if (documents > MAX_IMPORT_DOCUMENTS) {
    batch.issues.push({
      file: files[0]?.file ?? "(batch)",
      index: 1,
      kind: null,
      name: null,
      path: "",
      message: `The batch holds ${documents} YAML documents; an import takes at most ${MAX_IMPORT_DOCUMENTS}. Split it into several imports.`,
    });
    return batch;
  }
  const backstage: BackstageDoc[] = [];
  for (const { file, text } of files) {
    const unstorable = textProblem(text);
    if (unstorable) {
      batch.issues.push({ file, index: 1, kind: null, name: null, path: "", message: `The file ${unstorable}.` });
      continue;
    }
    const tooDeep = excessiveNesting(text);
    if (tooDeep) {
      batch.issues.push({ file, index: 1, kind: null, name: null, path: "", message: `Not valid YAML: ${tooDeep}` });
      continue;
    }
    parseAllDocuments(text, { prettyErrors: true }).forEach((doc, i) => {
      const at: DocLocation = { file, index: i + 1, kind: null, name: null };
      if (doc.errors.length > 0) {
        for (const e of doc.errors)
          batch.issues.push({ ...at, path: "", message: `Not valid YAML: ${e.message.split("\n")[0]}` });
        return;
      }
      // toJS() throws on what parsing lets through: an alias before its anchor, too many aliases (a "billion laughs" file).
      let value: unknown;
      try {
        value = doc.toJS();
      } catch (error) {
        batch.issues.push({
          ...at,
          path: "",
          message: `Not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        });
        return;
      }
      if (value === null || value === undefined) return; // an empty document, e.g. after a trailing ---
      if (typeof value !== "object" || Array.isArray(value)) {
        batch.issues.push({
          ...at,
          path: "",
          message: "A document must be a mapping with apiVersion, kind, metadata and spec.",
        });
        return;
      }
      const raw = value as Record<string, unknown>;
      const meta = raw.metadata as Record<string, unknown> | undefined;
      at.kind = typeof raw.kind === "string" ? raw.kind : null;
      at.name = typeof meta?.name === "string" ? meta.name : null;
      const apiVersion = typeof raw.apiVersion === "string" ? raw.apiVersion : "";
      if (apiVersion === "debtboard/v1") parseDebtboardDoc(raw, at, batch);
      else if (apiVersion.startsWith("backstage.io/")) backstage.push({ doc: raw, at });
      else
        batch.issues.push({
          ...at,
          path: "apiVersion",
          message: `Use apiVersion: debtboard/v1 (or a Backstage backstage.io/… document); got "${apiVersion || "(none)"}".`,
        });
    });
  }
  parseBackstageDocs(backstage, batch, options);
  validateBatch(batch);
  return batch;
}
