// Real API tokens and a small HTTP client for the read API's tests (over a RouteServer).
import type { Permission, Principal } from "@/lib/domain/auth/permissions";
import { mintApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db/client";
import type { RouteServer } from "./route-server";

/** A stored token: a personal one of `p`, or (p null) a team token of `teamId`. */
export async function mintToken(p: Principal | null, scopes: readonly Permission[], teamId?: string): Promise<string> {
  const minted = mintApiToken();
  await db().apiToken.create({
    data: {
      name: "api test",
      tokenHash: minted.hash,
      prefix: minted.prefix,
      userId: p?.userId ?? null,
      teamId: teamId ?? null,
      scopes: [...scopes],
    },
  });
  return minted.secret;
}

export type Json = Record<string, unknown> & { error?: { code: string; message: string } };

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of any other content type. */
  body: unknown;
  json: Json;
}

export function apiClient(server: () => RouteServer) {
  async function call(method: string, path: string, bearer: string | null, body?: unknown): Promise<ApiAnswer> {
    const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${server().url}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get("content-type") ?? "";
    const parsed: unknown = type.includes("json") ? await response.json() : await response.text();
    return { status: response.status, headers: response.headers, body: parsed, json: (parsed ?? {}) as Json };
  }
  return {
    get: (path: string, bearer: string | null) => call("GET", path, bearer),
    post: (path: string, bearer: string | null, body?: unknown) => call("POST", path, bearer, body),
  };
}
