import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (csp: string) =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("contentSecurityPolicy", () => {
  it.each([
    [{ nonce: "abc", dev: false, https: false }, "script-src", "'self' 'nonce-abc' 'strict-dynamic'"],
    [{ nonce: "abc", dev: true, https: false }, "script-src", "'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'"],
    [{ nonce: "abc", dev: false, https: false }, "frame-ancestors", "'none'"],
    [{ nonce: "abc", dev: false, https: false }, "object-src", "'none'"],
    [{ nonce: "abc", dev: false, https: false }, "form-action", "'self'"],
    [{ nonce: "abc", dev: false, https: false }, "connect-src", "'self'"],
    [{ nonce: "abc", dev: false, https: true }, "upgrade-insecure-requests", ""],
  ])("%j has %s %s", (options, name, value) => {
    expect(directives(contentSecurityPolicy(options))[name]).toBe(value);
  });

  it("never allows inline scripts or eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: false, https: true });
    expect(directives(csp)["script-src"]).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("does not upgrade requests on plain http (a LAN deployment would break)", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: false })).not.toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it.each([
    [false, "X-Content-Type-Options", "nosniff"],
    [false, "X-Frame-Options", "DENY"],
    [false, "Strict-Transport-Security", undefined],
    [true, "Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
  ])("https=%s: %s = %s", (https, name, value) => {
    expect(securityHeaders({ https })[name]).toBe(value);
  });

  it.each([
    [true, "no-store"],
    [false, undefined],
  ])("api=%s: Cache-Control = %s", (api, value) => {
    expect(securityHeaders({ https: false, api })["Cache-Control"]).toBe(value);
  });
});
