// Checks that need the whole batch: a team or entity described twice is an error on the second
// description (naming the first), and a relation declared twice is kept once.
import type { CatalogBatch } from "./types";

export function validateBatch(batch: CatalogBatch): void {
  const seen = new Map<string, string>();
  const where = (at: { file: string; index: number }) => `${at.file} document ${at.index}`;
  for (const t of batch.teams) {
    const key = `team:${t.value.name}`;
    const first = seen.get(key);
    if (first)
      batch.issues.push({
        ...t.at,
        path: "metadata.name",
        message: `Team ${t.value.name} is already described in ${first}.`,
      });
    else seen.set(key, where(t.at));
  }
  for (const e of batch.entities) {
    const key = `${e.value.kind}:${e.value.name}`;
    const first = seen.get(key);
    if (first)
      batch.issues.push({
        ...e.at,
        path: "metadata.name",
        message: `${e.value.kind.toLowerCase()} ${e.value.name} is already described in ${first}.`,
      });
    else seen.set(key, where(e.at));
  }
  const relations = new Set<string>();
  batch.relations = batch.relations.filter((r) => {
    const key = `${r.kind}|${r.from.kind}:${r.from.name}|${r.to.kind}:${r.to.name}`;
    if (relations.has(key)) return false;
    relations.add(key);
    return true;
  });
}
