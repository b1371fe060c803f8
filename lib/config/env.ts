// Settings, validated once with zod. A bad setting fails start-up with a message that names
// the setting and what is wrong with it, and never echoes its value (it may hold a password).
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "postgres:" || u.protocol === "postgresql:";
    } catch {
      return false;
    }
  }, "must be a postgres:// or postgresql:// URL");

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const envSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  /// Connections in the app's pool; 1 on the embedded database, which is single-session.
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default("localhost")),
  /// Where the embedded database keeps its files.
  DEBTBOARD_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  /// Assessments older than this many days are flagged as stale.
  STALE_AFTER_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3650).default(90)),
  /// True when running on the embedded demo database (set by scripts/start.ts).
  DEBTBOARD_DEMO: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses settings; the error lists each bad setting by name, never by value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(settings)";
    return `  ${name}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid settings:\n${lines.join("\n")}`);
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
