// The Prisma client better-auth talks to. Our client omits secret Account columns from every
// query (lib/server/db/client.ts); better-auth must read the password hash to check a password
// and the stored OAuth tokens, so this view puts them back for reads that name no columns, and
// for accounts better-auth reads joined to their user (advanced.database.joins in auth.ts: a
// user and its accounts in one statement). It is an extension of the same client: one
// connection pool, and nothing else sees the secrets.
import type { Db } from "@/lib/server/db/client";

const READS = new Set(["findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "findMany"]);
const SECRETS = { password: false, accessToken: false, refreshToken: false, idToken: false } as const;

export function authDb(client: Db) {
  return client.$extends({
    query: {
      account: {
        async $allOperations({ operation, args, query }) {
          const a = (args ?? {}) as { select?: unknown; omit?: unknown };
          if (!READS.has(operation) || a.select) return query(args);
          return query({ ...a, omit: { ...(a.omit as object | undefined), ...SECRETS } } as typeof args);
        },
      },
      user: {
        async $allOperations({ operation, args, query }) {
          const a = (args ?? {}) as { select?: Record<string, unknown> };
          const joined = a.select?.accounts;
          // better-auth's join asks for whole rows (`true` or `{ take }`), never chosen columns.
          if (!READS.has(operation) || !joined || (typeof joined === "object" && "select" in joined))
            return query(args);
          const nested = typeof joined === "object" ? (joined as { omit?: object }) : {};
          const accounts = { ...nested, omit: { ...nested.omit, ...SECRETS } };
          return query({ ...a, select: { ...a.select, accounts } } as typeof args);
        },
      },
    },
  });
}
