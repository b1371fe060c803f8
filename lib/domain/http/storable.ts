// Text Postgres cannot store, found before it reaches a query: a NUL character (text columns
// refuse it) and an unpaired UTF-16 surrogate (it has no UTF-8 form); and, in a URL, percent-
// encoding that is not valid UTF-8. Each problem is a sentence naming what is wrong.

export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000), which cannot be stored";
  if (!value.isWellFormed()) return "contains an unpaired UTF-16 surrogate, which is not valid Unicode";
  return null;
}

/** Nesting deeper than this is refused before any schema sees it. */
export const MAX_DEPTH = 64;

/**
 * The first unstorable string (or key) in a parsed body or form, without recursion: its path
 * ("title", "links.0.url"; "" for the value itself) and the problem; null when all is well.
 */
export function findUnstorable(value: unknown, maxDepth = MAX_DEPTH): { path: string; problem: string } | null {
  const stack: [unknown, string, number][] = [[value, "", 0]];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === "string") {
      const problem = textProblem(v);
      if (problem) return { path, problem };
    } else if (v && typeof v === "object") {
      if (depth >= maxDepth) return { path, problem: `is nested more than ${maxDepth} levels deep` };
      for (const [k, child] of Object.entries(v)) {
        if (textProblem(k)) return { path, problem: "has a key that is not valid Unicode text" };
        stack.push([child, join(path, k), depth + 1]);
      }
    }
  }
  return null;
}

/** What is wrong with a request URL's path or query string as text, or null. */
export function urlProblem(url: string): string | null {
  const { pathname, search } = new URL(url, "http://debtboard.invalid");
  for (const [part, raw] of [
    ["path", pathname],
    ["query string", search.replace(/\+/g, " ")],
  ] as const) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return `The ${part} is not valid UTF-8 once percent-decoded.`;
    }
    const problem = textProblem(decoded);
    if (problem) return `The ${part} ${problem}.`;
  }
  return null;
}
