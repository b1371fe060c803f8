// Settings, validated once with zod. A bad setting fails start-up with a message that names
// the setting and what is wrong with it, and never echoes its value (it may hold a password).
import { z } from "zod";
import { EMPTY_MAPPING, lineageMappingSchema } from "@/lib/domain/openlineage/map-events";
import { dbtMappingSchema, EMPTY_DBT_MAPPING } from "@/lib/domain/connectors/dbt/owners";

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

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL")
  .transform((v) => v.replace(/\/+$/, ""));

const secret = z
  .string()
  .trim()
  .min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)");

/** "10.0.0.0/8, 192.168.1.5, ::1": IP addresses and CIDR ranges, comma-separated. */
const proxyList = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every(isAddressOrRange),
    "must be IP addresses or CIDR ranges, comma-separated (e.g. 10.0.0.0/8, ::1)",
  );

function isAddressOrRange(value: string): boolean {
  const [address, prefix, ...rest] = value.split("/");
  if (rest.length > 0 || !address) return false;
  const v4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(address);
  const v6 = !v4 && /^[0-9a-f:.]+$/i.test(address) && address.includes(":");
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (v4 ? 32 : 128);
}

/** A setting holding a JSON object, checked against `schema`; `example` shows the shape in the message. */
function jsonSetting<T extends z.ZodType>(schema: T, example: string) {
  return z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `must be JSON, e.g. ${example}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const lineageMapping = jsonSetting(lineageMappingSchema, '{"teams":{"postgres://db:5432":"team-ranking"}}');
const dbtMapping = jsonSetting(
  dbtMappingSchema,
  '{"owners":{"analytics@example.com":"team-bi"},"default":"team-data"}',
);

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const envSchema = z
  .object({
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    /// The schema owner's connection, for migrations only; the app then connects with DATABASE_URL as a
    /// role that can read and write rows but not change tables or their triggers (README "Database roles").
    DATABASE_OWNER_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
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
    /// "0" keeps this app process from running background jobs (lib/server/jobs); it still enqueues.
    DEBTBOARD_JOB_WORKERS: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("1")),
    /// Webhook deliveries (lib/server/webhooks): retries after a failed attempt, and the first retry's
    /// delay in seconds (each later one about doubles).
    WEBHOOK_RETRY_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(20).default(5)),
    WEBHOOK_RETRY_DELAY_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3600).default(10)),
    /// Signs session cookies and encrypts OAuth tokens at rest. AUTH_SECRET is accepted as an alias.
    /// Required with DATABASE_URL (see requireAuthSecret); the embedded default makes and keeps one.
    BETTER_AUTH_SECRET: z.preprocess(emptyAsUndefined, secret.optional()),
    AUTH_SECRET: z.preprocess(emptyAsUndefined, secret.optional()),
    /// The public address people open, e.g. https://debtboard.example.com. Sets the OIDC callback
    /// URL and the origins sign-in requests may come from; cookies are Secure when it is https.
    BETTER_AUTH_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    /// Single sign-on through any OpenID Connect provider (discovery at <issuer>/.well-known/openid-configuration).
    OIDC_ISSUER_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().trim().optional()),
    OIDC_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().trim().optional()),
    /// How long an invitation link (and the first-admin link `npm start` prints) stays usable.
    INVITATION_EXPIRY_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(720).default(72)),
    /// The least severe server log lines written (JSON, one per line on stdout).
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
    /// How many server processes `npm start` / scripts/serve.ts runs on the one port (node:cluster):
    /// Node renders pages on one core per process, so set it to the cores the app may use. 1 = no cluster.
    WEB_CONCURRENCY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).default(1)),
    /// Reads (page renders and API GETs) one server process runs at once; more wait their turn in
    /// arrival order, pages and API calls in the one line (lib/server/http/render-queue.ts). 0 = no limit.
    PAGE_RENDER_CONCURRENCY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(256).default(3)),
    /// How long a stopping server lets in-flight requests finish before cutting them off.
    SHUTDOWN_TIMEOUT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(600).default(25)),
    /// What the sign-in button says: "Continue with <name>".
    OIDC_PROVIDER_NAME: z.preprocess(emptyAsUndefined, z.string().trim().max(60).default("single sign-on")),
    /// Reverse proxies whose X-Forwarded-For is believed (IPs / CIDR ranges). Unset: none — the
    /// client is the connection's own address, whatever headers say (sign-in rate limits use it).
    TRUSTED_PROXIES: z.preprocess(emptyAsUndefined, proxyList.default([])),
    /// POST /api/v1/lineage: which team owns entities first seen in an OpenLineage namespace, and
    /// which namespaces name models (lib/domain/openlineage/map-events.ts). JSON, e.g.
    /// {"teams":{"postgres://db:5432":"team-ranking"},"models":["model://"]}. Unset: no rules.
    OPENLINEAGE_MAPPING: z.preprocess(emptyAsUndefined, lineageMapping.default(EMPTY_MAPPING)),
    /// The dbt connector: which team owns what a manifest holds when its meta.team / meta.owner /
    /// group owner does not name a team (lib/domain/connectors/dbt/owners.ts). JSON, e.g.
    /// {"owners":{"analytics@example.com":"team-bi"},"paths":{"models/ml/":"team-ml"},"default":"team-data"}.
    DBT_MAPPING: z.preprocess(emptyAsUndefined, dbtMapping.default(EMPTY_DBT_MAPPING)),
    /// Requests one API token may make per minute (429 with Retry-After beyond); 0 turns it off.
    API_RATE_LIMIT_PER_MINUTE: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(1_000_000).default(600),
    ),
    /// Failed password sign-ins per account per 15 minutes before the account's sign-in pauses.
    SIGN_IN_FAILURES_PER_ACCOUNT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(10_000).default(10),
    ),
  })
  .superRefine((value, ctx) => {
    // Half an OIDC configuration is a mistake worth stopping for, not a silently missing button.
    if (value.OIDC_ISSUER_URL && !value.OIDC_CLIENT_ID)
      ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_ID"], message: "is required when OIDC_ISSUER_URL is set" });
    if (value.DATABASE_OWNER_URL && !value.DATABASE_URL)
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when DATABASE_OWNER_URL is set" });
    if (
      value.DATABASE_OWNER_URL &&
      value.DATABASE_URL &&
      userOf(value.DATABASE_OWNER_URL) === userOf(value.DATABASE_URL)
    )
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_OWNER_URL"],
        message:
          "must connect as a different role than DATABASE_URL (the owner migrates; the app's role only reads and writes rows)",
      });
    if (value.OIDC_CLIENT_ID && !value.OIDC_ISSUER_URL)
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER_URL"], message: "is required when OIDC_CLIENT_ID is set" });
  });

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username || "postgres");
}

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

/** Where people open the app: BETTER_AUTH_URL, else http://HOST:PORT (localhost for 0.0.0.0). */
export function publicUrlOf(settings: Env): string {
  return (
    settings.BETTER_AUTH_URL ?? `http://${settings.HOST === "0.0.0.0" ? "localhost" : settings.HOST}:${settings.PORT}`
  );
}

/** The secret that signs sessions: BETTER_AUTH_SECRET, else its alias AUTH_SECRET. */
export function authSecretOf(settings: Env): string | undefined {
  return settings.BETTER_AUTH_SECRET ?? settings.AUTH_SECRET;
}

/**
 * On a real database sessions must outlive the process and be valid on every instance, so a
 * secret is required; only the embedded default may make one up (scripts/start.ts keeps it in
 * the data directory). Scripts that only migrate or seed do not call this.
 */
export function requireAuthSecret(settings: Env): string {
  const value = authSecretOf(settings);
  if (!value) {
    throw new ConfigError(
      "Invalid settings:\n  BETTER_AUTH_SECRET: is required when DATABASE_URL is set (or set AUTH_SECRET); generate one with `openssl rand -base64 32`",
    );
  }
  return value;
}
