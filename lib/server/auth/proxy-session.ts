// The signed-in person proxy.ts has just checked (signed cookie + session row), handed to the page
// it lets through, so rendering does not check the same session a second time (a query and an
// HMAC per request). The request header carries this process's random secret in front of the user:
// a client cannot forge it (the secret never leaves the process; proxy.ts also drops any incoming
// copy), and a request the proxy did not handle — no header, or a header without the secret —
// falls back to checking the cookie (session.ts). The proxy and the pages run in one process and
// share globalThis; if they ever did not, the secrets would differ and every page would fall back.
import { randomBytes, timingSafeEqual } from "node:crypto";

export const PROXY_SESSION_HEADER = "x-debtboard-session";

export interface HandedUser {
  id: string;
  name: string;
  email: string;
  image: string | null;
}

const shared = globalThis as unknown as { debtboardProxySecret?: Buffer };
const secret = () => (shared.debtboardProxySecret ??= randomBytes(32));

/** The header value for a checked user: secret, then the user as base64url JSON. */
export function sealHandedUser(user: Omit<HandedUser, "image"> & { image?: string | null }): string {
  const { id, name, email } = user;
  const json = JSON.stringify({ id, name, email, image: user.image ?? null });
  return `${secret().toString("base64url")}.${Buffer.from(json).toString("base64url")}`;
}

/** The user in a header value this process sealed; null for anything else. */
export function openHandedUser(value: string | null): HandedUser | null {
  if (!value) return null;
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const given = Buffer.from(value.slice(0, dot), "base64url");
  const mine = secret();
  if (given.length !== mine.length || !timingSafeEqual(given, mine)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value.slice(dot + 1), "base64url").toString("utf8"));
    if (!parsed || typeof parsed !== "object") return null;
    const { id, name, email, image } = parsed as Record<string, unknown>;
    if (typeof id !== "string" || typeof name !== "string" || typeof email !== "string") return null;
    return { id, name, email, image: typeof image === "string" ? image : null };
  } catch {
    return null;
  }
}
