// URL state, parsed one way. Every page keeps its filters in the query string (a link shows the
// same view), and every page reads them through parseSearchParams with a zod object whose
// fields fall back to their defaults (`.catch`): a hand-edited or stale link shows the default
// for what does not fit, never an error page. The field builders below are the shapes URL
// state takes here (a page number, a short text, a slug, a choice from a list).
import { z } from "zod";

/** What Next hands a page (`await searchParams`), or a URLSearchParams (route handlers, client components). */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Every value of a key, in order; [] when absent. */
function valuesOf(raw: RawSearchParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The first value of a key, trimmed; undefined when absent or blank. */
export function firstParam(raw: RawSearchParams, key: string): string | undefined {
  const value = valuesOf(raw, key)[0]?.trim();
  return value ? value : undefined;
}

function isArrayField(schema: z.ZodType): boolean {
  let s: unknown = schema;
  // Unwrap .catch / .default / .optional / pipes to see whether the field takes a list.
  for (let i = 0; i < 10 && s instanceof z.ZodType; i++) {
    if (s instanceof z.ZodArray) return true;
    const def = (s as { def: { innerType?: unknown; in?: unknown } }).def;
    s = def.innerType ?? def.in;
  }
  return false;
}

/**
 * Reads the schema's keys from the URL: each key's first value, trimmed (blank = absent), or
 * every value for an array field; then parses. Give every field a `.catch(…)` (the builders
 * below do), so parsing never throws.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, raw: RawSearchParams): z.output<S> {
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (isArrayField(field))
      input[key] = valuesOf(raw, key)
        .map((v) => v.trim())
        .filter(Boolean);
    else input[key] = firstParam(raw, key);
  }
  return schema.parse(input);
}

// ─── Field builders ──────────────────────────────────────

/** A 1-based page number, at most `max`; anything else is page 1. */
export const pageParam = (max = 100_000) => z.coerce.number().int().min(1).max(max).catch(1);

/** Free text (a search), cut to `max` characters; absent = "". */
export const textParam = (max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .transform((s) => s.slice(0, max))
    .catch("");

/** A value that must match `pattern` (an id, a slug, a key); anything else = "". */
export const patternParam = (pattern: RegExp) => z.string().regex(pattern).catch("");

/** A field that may be absent: anything that does not fit `schema` = undefined. */
export const optionalParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** One of `values`, case-insensitively (the URL spells them as it likes); anything else = `fallback`. */
export function choiceParam<const T extends string, const F extends T | "">(values: readonly T[], fallback: F) {
  const pick = (s: unknown): T | F =>
    (typeof s === "string" ? values.find((v) => v.toLowerCase() === s.toLowerCase()) : undefined) ?? fallback;
  return z.unknown().transform(pick);
}

/** "1", "true", "yes" (any case) = true; anything else = false. */
export const flagParam = () =>
  z
    .string()
    .transform((s) => ["1", "true", "yes"].includes(s.toLowerCase()))
    .catch(false);
