// Is this error Postgres refusing text it cannot store — a NUL character or bytes that are not
// valid UTF-8 (SQLSTATE 22021 "invalid byte sequence", 22P05 "untranslatable character")? That
// is bad input (400), not a server fault. Errors arrive wrapped by Prisma and its driver
// adapter, so the cause chain and the codes each layer uses are looked at.
const SQLSTATES = new Set(["22021", "22P05"]);
const MESSAGE = /invalid byte sequence for encoding|untranslatable character|unsupported Unicode escape sequence/i;

export const UNSTORABLE_MESSAGE =
  "A value contains characters that cannot be stored (a NUL character or text that is not valid UTF-8); nothing was changed.";

export function isUnstorableText(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8 && !seen.has(current); depth++) {
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; meta?: unknown; message?: unknown; cause?: unknown };
    const metaCode = e.meta && typeof e.meta === "object" ? (e.meta as { code?: unknown }).code : undefined;
    for (const code of [e.code, e.originalCode, metaCode])
      if (typeof code === "string" && SQLSTATES.has(code)) return true;
    if (typeof e.message === "string" && MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
