// The catalogue as CSV, one row per entity, for spreadsheets. Quoting follows RFC 4180, and a
// cell that a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with '.
import type { EntityDraft } from "./fields";
import { formatRef } from "./refs";
import type { ExportRelation } from "./to-yaml";

export const CSV_COLUMNS = [
  "kind",
  "name",
  "title",
  "team",
  "lifecycle",
  "tags",
  "description",
  "upstream",
  "downstream",
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function catalogToCsv(entities: readonly EntityDraft[], relations: readonly ExportRelation[]): string {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const r of relations) {
    const to = formatRef(r.to.kind, r.to.name);
    const from = formatRef(r.from.kind, r.from.name);
    up.set(to, [...(up.get(to) ?? []), from]);
    down.set(from, [...(down.get(from) ?? []), to]);
  }
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of entities) {
    const ref = formatRef(e.kind, e.name);
    const row = [
      e.kind,
      e.name,
      e.title,
      e.team ?? "",
      e.lifecycle,
      e.tags.join(" "),
      e.description,
      (up.get(ref) ?? []).join(" "),
      (down.get(ref) ?? []).join(" "),
    ];
    lines.push(row.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
