// The one wrapper every /api/v1 route handler goes through: bearer-token principal, zod
// validation, authorisation, and one error shape: { "error": { "code", "message", "details" } }.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getRequestPrincipal } from "@/lib/server/auth/session";
import { env } from "@/lib/config/env";
import { MAX_BODY_BYTES } from "@/lib/domain/http/limits";
import { findUnstorable, MAX_DEPTH, urlProblem } from "@/lib/domain/http/storable";
import { isUnstorableText, UNSTORABLE_MESSAGE } from "@/lib/server/db/unstorable-text";
import { db } from "@/lib/server/db/client";
import {
  API_CODE_OF,
  AppError,
  ForbiddenError,
  InvalidInputError,
  RateLimitedError,
  RefusedError,
  STATUS_OF,
} from "@/lib/server/errors";
import { consumeRate } from "./rate-limit";
import { logSecurityEvent, principalFields } from "@/lib/server/http/security-log";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";
import { logger } from "@/lib/server/log/logger";
import type { Principal } from "@/lib/domain/auth/permissions";

export function apiError(status: number, code: string, message: string, details?: unknown) {
  return NextResponse.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

export function errorResponse(error: unknown): NextResponse {
  // Next's own control-flow errors (e.g. "this route is dynamic" during a build) are not ours to answer.
  unstable_rethrow(error);
  // A form shows field errors beside the fields; an API caller has only the message, so it names them.
  if (error instanceof InvalidInputError && Object.keys(error.fieldErrors).length > 0) {
    const named = Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
    return apiError(400, error.code, `Invalid input. ${named.join("; ")}`, error.details);
  }
  if (error instanceof BodyTooLargeError) return apiError(413, "too_large", error.message);
  if (error instanceof RateLimitedError) {
    const response = apiError(429, error.code, error.message, error.details);
    response.headers.set("retry-after", String(error.retryAfter));
    return response;
  }
  if (error instanceof AppError)
    return apiError(STATUS_OF[error.code], API_CODE_OF[error.code], error.message, error.details);
  // Text the checks let through but Postgres refused (22021): the caller's input, not our bug.
  if (isUnstorableText(error)) return apiError(400, "invalid", UNSTORABLE_MESSAGE);
  // Postgres down or restarting: say so (503), so a caller knows to retry; the pool reconnects by itself.
  if (isDatabaseUnavailable(error)) {
    logger.warn("API: database unavailable", { error: error instanceof Error ? error.message : String(error) });
    return NextResponse.json(
      {
        error: {
          code: "unavailable",
          message: "The database is unavailable right now; nothing was changed. Try again in a few seconds.",
        },
      },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  // Unknown errors are logged without request bodies (they may hold tokens) and reported generically.
  logger.error("API: unexpected error", { error });
  return apiError(500, "internal", "Something went wrong on our side.");
}

/** Max JSON body the API reads (the import page's limit too); larger requests get 413. */
export { MAX_BODY_BYTES };
/** Deeper JSON than this is refused before any schema sees it. */
export const MAX_JSON_DEPTH = MAX_DEPTH;

class BodyTooLargeError extends AppError {
  constructor(limit: number = MAX_BODY_BYTES) {
    super(
      "invalid",
      `Request body is larger than ${limit / 1024 / 1024} MB (${limit} bytes); split it into smaller requests.`,
    );
  }
}

/** The body as text, reading no further than `limit` bytes (a missing or lying content-length included). */
export async function readText(request: Request, limit: number = MAX_BODY_BYTES): Promise<string> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: true });
  try {
    return text.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid", "Request body is not valid UTF-8.");
  }
}

/** `array`: the route also takes a JSON list (a batch), which is returned as is after the checks. */
export async function readJson(request: Request, options: { array?: boolean } = {}): Promise<unknown> {
  const text = await readText(request);
  let value: unknown;
  try {
    value = text === "" ? {} : JSON.parse(text);
  } catch (error) {
    // V8 parses nesting deep enough to overflow its stack as a RangeError.
    if (error instanceof RangeError)
      throw new AppError("invalid", `Request body is nested too deeply (the limit is ${MAX_JSON_DEPTH} levels).`);
    throw new AppError(
      "invalid",
      `Request body is not valid JSON: ${error instanceof Error ? error.message : "parse error"}.`,
    );
  }
  // Every route takes an object; `null`, a list or a bare value would reach code that reads its fields.
  if (typeof value !== "object" || value === null || (Array.isArray(value) && !options.array))
    throw new AppError(
      "invalid",
      `The body must be a JSON object ({ … })${options.array ? " or a list of them" : ""}.`,
    );
  const found = findUnstorable(value, MAX_JSON_DEPTH);
  if (found) throw new AppError("invalid", `${found.path || "The body"} ${found.problem}.`);
  return value;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(
      "invalid",
      result.error.issues.map((i) => `${i.path.map(String).join(".") || "body"}: ${i.message}`).join("; "),
      { issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
    );
  }
  return result.data;
}

/** Each token may make API_RATE_LIMIT_PER_MINUTE requests a minute (counted in Postgres, so across instances). */
async function withinTokenRate(principal: Principal): Promise<void> {
  const limit = env().API_RATE_LIMIT_PER_MINUTE;
  if (!principal.token || limit === 0) return;
  const decision = await consumeRate(db(), `api-token:${principal.token.id}`, limit, 60);
  if (decision.allowed) return;
  if (decision.count === limit + 1)
    logSecurityEvent("api.rate-limited", { ...principalFields(principal), limit, retryAfter: decision.retryAfter });
  throw new RateLimitedError(
    `This token made more than ${limit} requests in a minute; try again in ${decision.retryAfter} s.`,
    decision.retryAfter,
  );
}

type Handler<C> = (request: Request, context: C, principal: Principal) => Promise<Response>;

/** Wraps a route handler: requires a principal (bearer token) and maps errors to the shape. */
export function apiRoute<C>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    let principal: Principal | null = null;
    try {
      // A path or query string that is not storable text is refused before anything reads it.
      const problem = urlProblem(request.url);
      if (problem) throw new AppError("invalid", problem);
      principal = await getRequestPrincipal(request);
      if (!principal) throw new AppError("unauthenticated", "Send an API token: Authorization: Bearer <token>.");
      await withinTokenRate(principal);
      return await handler(request, context, principal);
    } catch (error) {
      // The permission gate logs its own refusals (with the permission); the rest are logged here.
      if (error instanceof ForbiddenError && !(error instanceof RefusedError))
        logSecurityEvent("forbidden", {
          ...principalFields(principal),
          method: request.method,
          path: new URL(request.url).pathname,
          message: error.message,
        });
      return errorResponse(error);
    }
  };
}
