import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it.each([
    ["empty environment gives the embedded defaults", {}, { DATABASE_URL: undefined, PORT: 3000, DATABASE_POOL_MAX: 10, STALE_AFTER_DAYS: 90 }],
    ["blank DATABASE_URL means not set", { DATABASE_URL: "  " }, { DATABASE_URL: undefined }],
    ["postgres URL accepted", { DATABASE_URL: "postgres://u:p@db:5432/x" }, { DATABASE_URL: "postgres://u:p@db:5432/x" }],
    ["postgresql URL accepted", { DATABASE_URL: "postgresql://db/x" }, { DATABASE_URL: "postgresql://db/x" }],
    ["numbers coerced", { PORT: "8080", DATABASE_POOL_MAX: "1", STALE_AFTER_DAYS: "30" }, { PORT: 8080, DATABASE_POOL_MAX: 1, STALE_AFTER_DAYS: 30 }],
  ])("%s", (_label, source, expected) => {
    const parsed: Record<string, unknown> = parseEnv(source);
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, parsed[k]]));
    expect(picked).toEqual(expected);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://root:hunter2@db/x" }, "must be a postgres"],
    ["DATABASE_URL", { DATABASE_URL: "not a url with s3cret" }, "must be a postgres"],
    ["PORT", { PORT: "70000" }, ""],
    ["PORT", { PORT: "http" }, ""],
    ["DATABASE_POOL_MAX", { DATABASE_POOL_MAX: "0" }, ""],
    ["STALE_AFTER_DAYS", { STALE_AFTER_DAYS: "-5" }, ""],
    ["DEBTBOARD_DEMO", { DEBTBOARD_DEMO: "yes" }, ""],
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
