import { describe, expect, it } from "vitest";
import { authSecretOf, ConfigError, parseEnv, requireAuthSecret } from "./env";

describe("parseEnv", () => {
  it.each([
    [
      "empty environment gives the embedded defaults",
      {},
      { DATABASE_URL: undefined, PORT: 3000, DATABASE_POOL_MAX: 10, STALE_AFTER_DAYS: 90 },
    ],
    ["blank DATABASE_URL means not set", { DATABASE_URL: "  " }, { DATABASE_URL: undefined }],
    [
      "postgres URL accepted",
      { DATABASE_URL: "postgres://u:p@db:5432/x" },
      { DATABASE_URL: "postgres://u:p@db:5432/x" },
    ],
    ["postgresql URL accepted", { DATABASE_URL: "postgresql://db/x" }, { DATABASE_URL: "postgresql://db/x" }],
    [
      "numbers coerced",
      { PORT: "8080", DATABASE_POOL_MAX: "1", STALE_AFTER_DAYS: "30" },
      { PORT: 8080, DATABASE_POOL_MAX: 1, STALE_AFTER_DAYS: 30 },
    ],
    [
      "SSO off by default, with a default button name",
      {},
      { OIDC_ISSUER_URL: undefined, OIDC_PROVIDER_NAME: "single sign-on" },
    ],
    [
      "SSO settings, trailing slash dropped",
      {
        OIDC_ISSUER_URL: "https://login.example.com/realms/ml/",
        OIDC_CLIENT_ID: "debtboard",
        OIDC_PROVIDER_NAME: "Okta",
      },
      {
        OIDC_ISSUER_URL: "https://login.example.com/realms/ml",
        OIDC_CLIENT_ID: "debtboard",
        OIDC_PROVIDER_NAME: "Okta",
      },
    ],
    [
      "owner and app roles, shutdown and logs",
      {
        DATABASE_URL: "postgres://debtboard_app:p@db/x",
        DATABASE_OWNER_URL: "postgres://debtboard_owner:q@db/x",
        LOG_LEVEL: "warn",
        SHUTDOWN_TIMEOUT_SECONDS: "5",
      },
      { DATABASE_OWNER_URL: "postgres://debtboard_owner:q@db/x", LOG_LEVEL: "warn", SHUTDOWN_TIMEOUT_SECONDS: 5 },
    ],
    ["logs at info, 25 s to drain by default", {}, { LOG_LEVEL: "info", SHUTDOWN_TIMEOUT_SECONDS: 25 }],
    ["three reads at once by default", {}, { PAGE_RENDER_CONCURRENCY: 3 }],
    ["reads unlimited with 0", { PAGE_RENDER_CONCURRENCY: "0" }, { PAGE_RENDER_CONCURRENCY: 0 }],
    [
      "public address",
      { BETTER_AUTH_URL: "https://debtboard.example.com/" },
      { BETTER_AUTH_URL: "https://debtboard.example.com" },
    ],
    [
      "no trusted proxies, per-token and per-account limits by default",
      {},
      { TRUSTED_PROXIES: [], API_RATE_LIMIT_PER_MINUTE: 600, SIGN_IN_FAILURES_PER_ACCOUNT: 10 },
    ],
    [
      "dbt mapping",
      { DBT_MAPPING: '{"owners":{"bi@example.com":"team-bi"},"default":"team-data"}' },
      { DBT_MAPPING: { owners: { "bi@example.com": "team-bi" }, paths: {}, default: "team-data" } },
    ],
    [
      "trusted proxies: addresses and ranges, both families",
      { TRUSTED_PROXIES: " 10.0.0.0/8, 192.168.1.5 ,::1, fd00::/8" },
      { TRUSTED_PROXIES: ["10.0.0.0/8", "192.168.1.5", "::1", "fd00::/8"] },
    ],
  ])("%s", (_label, source, expected) => {
    const parsed: Record<string, unknown> = parseEnv(source);
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, parsed[k]]));
    expect(picked).toEqual(expected);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://root:hunter2@db/x" }, "must be a postgres"],
    ["DATABASE_URL", { DATABASE_URL: "not a url with s3cret" }, "must be a postgres"],
    ["DATABASE_URL", { DATABASE_OWNER_URL: "postgres://owner@db/x" }, "required when DATABASE_OWNER_URL is set"],
    [
      "DATABASE_OWNER_URL",
      { DATABASE_URL: "postgres://same:a@db/x", DATABASE_OWNER_URL: "postgres://same:b@db/x" },
      "different role",
    ],
    ["LOG_LEVEL", { LOG_LEVEL: "verbose" }, ""],
    ["SHUTDOWN_TIMEOUT_SECONDS", { SHUTDOWN_TIMEOUT_SECONDS: "-1" }, ""],
    ["PAGE_RENDER_CONCURRENCY", { PAGE_RENDER_CONCURRENCY: "-1" }, ""],
    ["PAGE_RENDER_CONCURRENCY", { PAGE_RENDER_CONCURRENCY: "two" }, ""],
    ["PORT", { PORT: "70000" }, ""],
    ["PORT", { PORT: "http" }, ""],
    ["DATABASE_POOL_MAX", { DATABASE_POOL_MAX: "0" }, ""],
    ["STALE_AFTER_DAYS", { STALE_AFTER_DAYS: "-5" }, ""],
    ["DEBTBOARD_DEMO", { DEBTBOARD_DEMO: "yes" }, ""],
    ["BETTER_AUTH_SECRET", { BETTER_AUTH_SECRET: "short-secret" }, "at least 32 characters"],
    ["AUTH_SECRET", { AUTH_SECRET: "short-secret" }, "at least 32 characters"],
    ["BETTER_AUTH_URL", { BETTER_AUTH_URL: "ftp://x.example" }, "http"],
    ["OIDC_ISSUER_URL", { OIDC_ISSUER_URL: "not a url" }, "http"],
    ["OIDC_CLIENT_ID", { OIDC_ISSUER_URL: "https://login.example.com" }, "required when OIDC_ISSUER_URL is set"],
    ["OIDC_ISSUER_URL", { OIDC_CLIENT_ID: "debtboard-client" }, "required when OIDC_CLIENT_ID is set"],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "proxy.internal" }, "CIDR"],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "10.0.0.0/33" }, "CIDR"],
    ["TRUSTED_PROXIES", { TRUSTED_PROXIES: "300.1.1.1" }, "CIDR"],
    ["API_RATE_LIMIT_PER_MINUTE", { API_RATE_LIMIT_PER_MINUTE: "-1" }, ""],
    ["SIGN_IN_FAILURES_PER_ACCOUNT", { SIGN_IN_FAILURES_PER_ACCOUNT: "0" }, ""],
    ["DBT_MAPPING", { DBT_MAPPING: "{owners:" }, "must be JSON"],
    ["DBT_MAPPING.default", { DBT_MAPPING: '{"default":"Team Data"}' }, "team slug"],
  ])("a bad %s fails naming the setting, never echoing its value", (name, source, hint) => {
    let error: unknown;
    try {
      parseEnv(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`${name}:`);
    expect(message).toContain(hint);
    for (const value of Object.values(source)) expect(message).not.toContain(value);
  });
});

describe("the session secret", () => {
  const secret = "s".repeat(40);
  it.each([
    [{}, undefined],
    [{ BETTER_AUTH_SECRET: secret }, secret],
    [{ AUTH_SECRET: secret }, secret],
    [{ BETTER_AUTH_SECRET: secret, AUTH_SECRET: "a".repeat(40) }, secret],
  ])("%j → %s", (source, expected) => {
    expect(authSecretOf(parseEnv(source))).toBe(expected);
  });

  it("is required by name, without echoing anything, when there is none", () => {
    expect(() => requireAuthSecret(parseEnv({ DATABASE_URL: "postgres://u:hunter2@db/x" }))).toThrow(
      /BETTER_AUTH_SECRET: is required when DATABASE_URL is set/,
    );
    expect(() => requireAuthSecret(parseEnv({ DATABASE_URL: "postgres://u:hunter2@db/x" }))).not.toThrow(/hunter2/);
    expect(requireAuthSecret(parseEnv({ AUTH_SECRET: secret }))).toBe(secret);
  });
});
