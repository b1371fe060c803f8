// An in-process cache of figures derived only from the current-state tables (CurrentScore,
// CurrentCategoryScore, PooledScore, and the submitted assessments they are kept from) that cost
// a scan at scale: the letter spread, the 30/90-day change, the stale counts and the hotspot
// total on the overview, the team scorecard and the hotspots page. Keyed by the tables' version
// (lib/server/scoring/scores-version.ts), which every change stamps in its own transaction.
//
// A reader first reads the version (once per request, React cache()), then takes the figure
// cached for that version or computes it. So a change is visible to every process the moment it
// commits. A computation that overlaps a commit may see the newer data and file it under the
// older version; only requests that read the older version, and so overlap that commit too, can
// get it, and either answer is one they could have got. Without the row (a database emptied by
// hand) nothing is cached.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** The committed version, read once per request; null when there is no row. */
export const readScoresVersion = cache(async (): Promise<string | null> => {
  const [row] = await db().$queryRaw<{ version: string }[]>`
    SELECT "version"::text AS version FROM "CurrentScoresVersion" WHERE "id" = 1`;
  return row?.version ?? null;
});

const MAX_ENTRIES = 500;
const entries = new Map<string, Promise<unknown>>();

/**
 * `compute()` once per (key, version) in this process; concurrent callers share one computation.
 * `key` names the figure and everything it depends on besides the tables (scope, time bucket).
 */
export async function cachedByScoresVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = await readScoresVersion();
  if (version === null) return compute();
  const full = `${version}|${key}`;
  const hit = entries.get(full) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = compute();
  entries.set(full, pending);
  pending.catch(() => entries.delete(full));
  // Oldest first (insertion order); older versions are never read again.
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
  return pending;
}

/** The start of the current minute: the time bucket for figures that depend on "now". */
export function currentMinute(now = new Date()): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/**
 * A one-row statement of integer `columns` to embed as a subquery: the statement itself when
 * `key` is null, else its row computed once per version (cachedByScoresVersion) and written back
 * as literals, so the embedding statement reads the same columns either way.
 */
export async function cachedCountsSql(
  key: string | null,
  sql: Prisma.Sql,
  columns: readonly string[],
): Promise<Prisma.Sql> {
  if (key === null) return sql;
  const row = await cachedByScoresVersion(key, async () => {
    const [first] = await db().$queryRaw<Record<string, number>[]>(sql);
    return first ?? {};
  });
  const literals = columns.map((c) => Prisma.sql`${row[c] ?? 0}::int AS ${Prisma.raw(`"${c}"`)}`);
  return Prisma.sql`SELECT ${Prisma.join(literals)}`;
}
