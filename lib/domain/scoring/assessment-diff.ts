// What changed between two submitted assessments of one entity: the answers that differ (matched
// by item key, since an edited item keeps its key and bumps its version) and how much principal
// each moved. The totals come from the frozen sums, so the diff and the score always agree.
import type { AnswerValue } from "@/lib/domain/kinds";
import { debtOf } from "./score";

export interface DiffableAnswer {
  itemKey: string;
  value: AnswerValue | null;
  remediationDays: number;
  note: string;
}

export interface AnswerChange<T extends DiffableAnswer> {
  itemKey: string;
  before: T | null;
  after: T | null;
  /** Principal after − before for this item (days × debt; n/a and unanswered owe nothing). */
  principalDelta: number;
}

const owed = (a: DiffableAnswer | null) => (a ? a.remediationDays * (debtOf(a.value) ?? 0) : 0);

/**
 * Items whose answer differs (value changed, or answered on one side only), most principal moved
 * first, then by key. A note-only change is listed too: the assessor said something new.
 */
export function diffAnswers<T extends DiffableAnswer>(before: readonly T[], after: readonly T[]): AnswerChange<T>[] {
  const old = new Map(before.map((a) => [a.itemKey, a]));
  const now = new Map(after.map((a) => [a.itemKey, a]));
  const keys = new Set([...old.keys(), ...now.keys()]);
  const changes: AnswerChange<T>[] = [];
  for (const itemKey of keys) {
    const b = old.get(itemKey) ?? null;
    const a = now.get(itemKey) ?? null;
    if (b && a && b.value === a.value && b.note.trim() === a.note.trim()) continue;
    changes.push({ itemKey, before: b, after: a, principalDelta: owed(a) - owed(b) });
  }
  return changes.sort(
    (x, y) => Math.abs(y.principalDelta) - Math.abs(x.principalDelta) || x.itemKey.localeCompare(y.itemKey),
  );
}
