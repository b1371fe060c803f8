// Sign-in: better-auth with sessions in Postgres (the User/Session/Account/Verification models),
// email and password, and single sign-on through any OpenID Connect provider. `createAuth` takes
// its settings explicitly so tests can build an instance against their own identity provider;
// the app uses the `auth()` singleton configured from the environment.
//
// Passwords: better-auth's default hasher is scrypt (N=16384, r=16, p=1, 64-byte key, random
// 16-byte salt; @better-auth/utils/password), which needs 128·N·r = 32 MiB of memory per hash:
// memory-hard, so guessing in bulk on GPUs is expensive. We keep that default on purpose.
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { env, requireAuthSecret } from "@/lib/config/env";
import { db as appDb, type Db } from "@/lib/server/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { consumeRate, rateReached } from "@/lib/server/api/rate-limit";
import { logSecurityEvent } from "@/lib/server/http/security-log";
import { authDb } from "./auth-db";

/** The prefix of better-auth's cookie names (debtboard.session_token). */
export const AUTH_COOKIE_PREFIX = "debtboard";

/** better-auth's id for the configured OpenID Connect provider (callback: /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret?: string;
  name: string;
}

export interface AuthSettings {
  db: Db;
  secret: string;
  /** The public address, e.g. https://debtboard.example.com; unset → taken from each request. */
  baseURL?: string;
  oidc?: OidcSettings;
  /** Failed password sign-ins per account in ACCOUNT_WINDOW before that account's sign-in pauses. */
  signInFailuresPerAccount?: number;
}

const DAY = 24 * 60 * 60;
/** The per-account window: 15 minutes. */
const ACCOUNT_WINDOW = 15 * 60;

/** The account a password sign-in names, normalised; counted whether or not it exists (so the limit reveals nothing). */
function accountOf(body: unknown): string | null {
  const email = body && typeof body === "object" ? (body as { email?: unknown }).email : undefined;
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase().slice(0, 320) : null;
}

export function createAuth(settings: AuthSettings) {
  const { db } = settings;
  const failuresPerAccount = settings.signInFailuresPerAccount ?? 10;
  return betterAuth({
    appName: "debtboard",
    secret: settings.secret,
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    trustedOrigins: trustedOriginsFor(settings.baseURL),
    database: prismaAdapter(authDb(db), { provider: "postgresql" }),
    // People arrive through single sign-on or are given an account (the demo users); an open
    // sign-up form would let anyone who can reach the app read the whole catalogue.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    // Self-service profile changes are off: a person could otherwise rename themselves to someone
    // else (and change how the audit trail reads), or change the email their identity hangs on.
    // Admins rename people in /settings/members (audited); accounts are deactivated, never deleted.
    disabledPaths: ["/update-user", "/change-email", "/delete-user", "/delete-user/callback", "/update-session"],
    user: {
      additionalFields: {
        // Read-only to better-auth: only /settings/members changes roles, and never from a form field of sign-in.
        orgRole: { type: "string", required: false, input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY },
    account: {
      // Tokens from the identity provider are encrypted at rest with the secret.
      encryptOAuthTokens: true,
      // A person already known by email (seeded, or signed in before with a password) is linked
      // to their SSO account only when the provider says the email is verified (better-auth's rule).
      accountLinking: { enabled: true },
    },
    rateLimit: {
      // On in every environment (better-auth's default is production only), and in Postgres so
      // the counts hold across restarts and instances (the RateLimit model), through the same
      // fixed-window counter as the API's per-token limit, whose sweep expires old rows. Keyed
      // by client address: the connection's own, or what a TRUSTED_PROXIES proxy says (the
      // server resolves it into X-Forwarded-For before the app sees the request).
      enabled: true,
      customStorage: {
        consume: async (key, rule) => {
          const decision = await consumeRate(db, key, rule.max, rule.window);
          return { allowed: decision.allowed, retryAfter: decision.allowed ? null : decision.retryAfter };
        },
      },
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/*": { window: 60, max: 20 },
        "/callback/*": { window: 60, max: 20 },
      },
    },
    advanced: {
      cookiePrefix: AUTH_COOKIE_PREFIX,
      // Secure whenever the app is served over https (better-auth also prefixes the name __Secure-).
      useSecureCookies: settings.baseURL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      // Explicit, because better-auth turns origin checks off by default under test runners; we
      // want tests to see exactly what production does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Ids come from Prisma's @default(cuid()), like every other table. Joins: checking a
      // session reads its row and its user in one statement instead of two (every page and
      // action checks one; issue 17).
      database: { generateId: false, joins: true },
    },
    telemetry: { enabled: false },
    hooks: {
      // Per account, on top of per address: an attacker spreading guesses over many addresses
      // still gets failuresPerAccount tries per account per 15 minutes.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const account = accountOf(ctx.body);
        if (!account) return;
        const { reached, retryAfter } = await rateReached(
          db,
          `sign-in-account:${account}`,
          failuresPerAccount,
          ACCOUNT_WINDOW,
        );
        if (!reached) return;
        logSecurityEvent("sign-in.rate-limited", { account, ip: ctx.request?.headers.get("x-forwarded-for") ?? null });
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { message: `Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfter / 60)} minutes.` },
          { "Retry-After": String(retryAfter) },
        );
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || !isAPIError(ctx.context.returned)) return;
        const account = accountOf(ctx.body);
        logSecurityEvent("sign-in.failed", {
          account,
          status: ctx.context.returned.statusCode,
          ip: ctx.request?.headers.get("x-forwarded-for") ?? null,
        });
        if (account && ctx.context.returned.statusCode === 401)
          await consumeRate(db, `sign-in-account:${account}`, failuresPerAccount, ACCOUNT_WINDOW);
      }),
    },
    databaseHooks: {
      user: {
        create: {
          // The very first person becomes an organisation admin, so a fresh deployment can be
          // administered by whoever set it up and signed in first.
          before: async (user) => {
            if ((await db.user.count()) > 0) return;
            return { data: { ...user, orgRole: "ADMIN" } };
          },
        },
      },
      session: {
        create: {
          // Deactivated people keep their history but may not sign in (the caller sees the same
          // generic failure as for a wrong password).
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            if (!user || user.deactivatedAt) return false;
          },
          after: async (session, context) => {
            const via = context?.path?.startsWith("/callback") ? "sso" : "password";
            await db.$transaction((tx) =>
              recordAuditEvent(tx, {
                actor: { userId: session.userId, name: "", orgRole: "MEMBER", teamRoles: {} },
                action: "auth.sign-in",
                targetType: "User",
                targetId: session.userId,
                after: { via },
              }),
            );
          },
        },
      },
    },
    plugins: [
      ...(settings.oidc ? [oidcPlugin(settings.oidc)] : []),
      // Lets server actions that call auth.api (sign-out) set cookies; must stay last.
      nextCookies(),
    ],
  });
}

function oidcPlugin(oidc: OidcSettings) {
  return genericOAuth({
    config: [
      {
        providerId: OIDC_PROVIDER_ID,
        name: oidc.name,
        discoveryUrl: `${oidc.issuerUrl}/.well-known/openid-configuration`,
        clientId: oidc.clientId,
        clientSecret: oidc.clientSecret,
        scopes: ["openid", "email", "profile"],
        pkce: true,
        // Identity comes from the ID token, so insist it is verified against the provider's keys.
        requireIdTokenVerification: true,
        mapProfileToUser: (profile) => ({
          name:
            stringOr(profile.name) ??
            stringOr(profile.preferred_username) ??
            stringOr(profile.email)?.split("@")[0] ??
            "Unnamed",
        }),
      },
    ],
  });
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Sign-in requests must come from the app's own origin; on loopback, from either spelling of it. */
export function trustedOriginsFor(baseURL: string | undefined): string[] {
  if (!baseURL) return [];
  const url = new URL(baseURL);
  const origins = [url.origin];
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    for (const host of ["localhost", "127.0.0.1"])
      origins.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
  }
  return [...new Set(origins)];
}

export type Auth = ReturnType<typeof createAuth>;

/** Settings from the environment; fails naming BETTER_AUTH_SECRET when there is none. */
export function authSettingsFromEnv(): AuthSettings {
  const settings = env();
  const oidc =
    settings.OIDC_ISSUER_URL && settings.OIDC_CLIENT_ID
      ? {
          issuerUrl: settings.OIDC_ISSUER_URL,
          clientId: settings.OIDC_CLIENT_ID,
          clientSecret: settings.OIDC_CLIENT_SECRET,
          name: settings.OIDC_PROVIDER_NAME,
        }
      : undefined;
  return {
    db: appDb(),
    secret: secretFor(settings),
    baseURL: settings.BETTER_AUTH_URL,
    oidc,
    signInFailuresPerAccount: settings.SIGN_IN_FAILURES_PER_ACCOUNT,
  };
}

/**
 * `next dev` started by hand (not through `npm run dev`) may run without a secret: it gets a
 * fixed development-only one, with a warning, so a hot-reloading server keeps its sessions.
 * Anything else without a secret stops, naming BETTER_AUTH_SECRET.
 */
function secretFor(settings: ReturnType<typeof env>): string {
  if (process.env.NODE_ENV === "development" && !settings.BETTER_AUTH_SECRET && !settings.AUTH_SECRET) {
    console.warn(
      "[debtboard] BETTER_AUTH_SECRET is not set: using a development-only secret. Never run like this in production.",
    );
    return "debtboard-development-only-secret-do-not-use-in-production";
  }
  return requireAuthSecret(settings);
}

/** Whether single sign-on is configured (the sign-in page shows its button). */
export function oidcProviderName(): string | null {
  const settings = env();
  return settings.OIDC_ISSUER_URL && settings.OIDC_CLIENT_ID ? settings.OIDC_PROVIDER_NAME : null;
}

const globalForAuth = globalThis as unknown as { debtboardAuth?: Auth };

/** The app's one better-auth instance. */
export function auth(): Auth {
  globalForAuth.debtboardAuth ??= createAuth(authSettingsFromEnv());
  return globalForAuth.debtboardAuth;
}
