// The shape of an API token as people see it: "dbt_" + 43 base64url characters (32 random
// bytes). Only its sha256 is stored; the first 12 characters are kept to tell tokens apart.
export const TOKEN_PREFIX = "dbt_";
const TOKEN_PATTERN = /^dbt_[A-Za-z0-9_-]{43}$/;
export const DISPLAY_PREFIX_LENGTH = 12;

/** The token in `Authorization: Bearer <token>`, or null when the header is absent or not a bearer credential. */
export function parseBearer(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
  return match?.[1] ?? null;
}

/** Cheap shape check before any database lookup, so junk never reaches the database. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** What a list shows: "dbt_AbC12xYz…". */
export function displayPrefix(token: string): string {
  return token.slice(0, DISPLAY_PREFIX_LENGTH);
}
