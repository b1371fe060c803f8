// Titles must stay readable in a list even when a chain or cycle runs to hundreds of entities.
const MAX_SHOWN = 4;

/** "a → b → c", eliding the middle of long paths; `closed` repeats the first name at the end. */
export function pathLabel(names: readonly string[], closed = false): string {
  const shown = names.length > MAX_SHOWN ? [...names.slice(0, 2), "…", ...names.slice(-1)] : [...names];
  if (closed && names.length > 0) shown.push(names[0]!);
  return shown.join(" → ");
}
