// A guard run before the YAML parser sees a file: nesting deeper than any catalogue needs is
// refused up front. The parser recurses per level; thousands of levels ("[[[[…" or ever deeper
// indentation) overflow the stack, and when that happens while V8 compiles a regular
// expression the process aborts (a fatal out-of-memory, not a catchable error) — a 10 KB
// upload could stop the server. The scan is approximate on purpose (it does not parse):
// brackets inside quotes and comments are skipped, and the limits are far above real files.

export const MAX_FLOW_DEPTH = 64;
export const MAX_INDENT = 400;

/** The first problem found as "line N: …", or null. */
export function excessiveNesting(text: string): string | null {
  let depth = 0;
  let line = 1;
  let quote: '"' | "'" | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      lineStart = true;
      indent = 0;
      if (quote === "'") quote = null; // YAML single-quoted scalars may span lines, but an unclosed one is an error anyway
      continue;
    }
    if (lineStart) {
      if (c === " ") {
        if (++indent > MAX_INDENT) return `line ${line}: indented more than ${MAX_INDENT} columns.`;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end - 1;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_FLOW_DEPTH) return `line ${line}: brackets nested more than ${MAX_FLOW_DEPTH} levels deep.`;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return null;
}
