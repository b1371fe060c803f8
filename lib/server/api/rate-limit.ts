// A fixed-window counter per key in Postgres (the RateLimit table better-auth's sign-in limits
// use too, under keys of their own), so a limit holds across restarts and every instance. One
// statement per call: the upsert counts and answers in one round trip, and concurrent calls
// serialise on the key's row. Rows of windows long over are deleted now and then.
import type { Db } from "@/lib/server/db/client";

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After). */
  retryAfter: number;
  count: number;
}

/** Rows whose window ended this long ago are deleted (the longest window we use is 15 minutes). */
const EXPIRE_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
let lastSweep = 0;

/** Counts one hit on `key` in a window of `windowSeconds` and says whether it is within `max`. */
export async function consumeRate(
  client: Db,
  key: string,
  max: number,
  windowSeconds: number,
  now = Date.now(),
): Promise<RateDecision> {
  const windowMs = windowSeconds * 1000;
  const windowStart = BigInt(now - windowMs);
  // "lastRequest" holds the start of the key's current window for these keys.
  const [row] = await client.$queryRaw<{ count: number; started: bigint }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest")
    VALUES (gen_random_uuid()::text, ${key}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" <= ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= ${windowStart} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING count, "lastRequest" AS started`;
  if (now - lastSweep > SWEEP_EVERY_MS) {
    lastSweep = now;
    await expireRateLimitRows(client, now);
  }
  const count = row?.count ?? 1;
  const started = Number(row?.started ?? now);
  return { allowed: count <= max, retryAfter: Math.max(1, Math.ceil((started + windowMs - now) / 1000)), count };
}

/** Deletes counters (ours and better-auth's) untouched for a day: an address seen once is not kept forever. */
export async function expireRateLimitRows(client: Db, now = Date.now()): Promise<number> {
  return client.$executeRaw`DELETE FROM "RateLimit" WHERE "lastRequest" < ${BigInt(now - EXPIRE_AFTER_MS)}`;
}

/** Whether `key` has reached `max` in its current window, without counting this look. */
export async function rateReached(client: Db, key: string, max: number, windowSeconds: number, now = Date.now()) {
  const [row] = await client.$queryRaw<{ count: number; started: bigint }[]>`
    SELECT count, "lastRequest" AS started FROM "RateLimit" WHERE key = ${key}`;
  if (!row || Number(row.started) <= now - windowSeconds * 1000) return { reached: false, retryAfter: 0 };
  const retryAfter = Math.max(1, Math.ceil((Number(row.started) + windowSeconds * 1000 - now) / 1000));
  return { reached: row.count >= max, retryAfter };
}
