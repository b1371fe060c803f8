// The one wrapper every /api/v1 route handler goes through: bearer-token principal, zod
// validation, authorisation, and one error shape: { "error": { "code", "message", "details" } }.
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getRequestPrincipal } from "@/lib/server/auth/session";
import { AppError, InvalidInputError, STATUS_OF } from "@/lib/server/errors";
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
  if (error instanceof AppError) return apiError(STATUS_OF[error.code], error.code, error.message, error.details);
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
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Deeper JSON than this is refused before any schema sees it. */
export const MAX_JSON_DEPTH = 64;

class BodyTooLargeError extends AppError {
  constructor() {
    super(
      "invalid",
      `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB (${MAX_BODY_BYTES} bytes); split it into smaller requests.`,
    );
  }
}

/** The body as text, reading no further than MAX_BODY_BYTES (a missing or lying content-length included). */
async function readLimited(request: Request): Promise<string> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new BodyTooLargeError();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError();
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

/**
 * Strings Postgres cannot store (a NUL character; an unpaired UTF-16 surrogate, which has no
 * UTF-8 form) and nesting deeper than MAX_JSON_DEPTH, found without recursion; the path names
 * the first offending value.
 */
function unstorable(value: unknown): string | null {
  const stack: [unknown, string, number][] = [[value, "body", 0]];
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\u0000")) return `${path} contains a NUL character (\\u0000), which cannot be stored.`;
      if (!v.isWellFormed()) return `${path} contains an unpaired UTF-16 surrogate, which is not valid Unicode.`;
    } else if (v && typeof v === "object") {
      if (depth >= MAX_JSON_DEPTH) return `${path} is nested more than ${MAX_JSON_DEPTH} levels deep.`;
      for (const [k, child] of Object.entries(v)) {
        if (!k.isWellFormed() || k.includes("\u0000")) return `${path} has a key that is not valid Unicode text.`;
        stack.push([child, `${path}.${k}`, depth + 1]);
      }
    }
  }
  return null;
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await readLimited(request);
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
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new AppError("invalid", "The body must be a JSON object ({ … }).");
  const problem = unstorable(value);
  if (problem) throw new AppError("invalid", problem.replace(/^body\./, ""));
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

type Handler<C> = (request: Request, context: C, principal: Principal) => Promise<Response>;

/** Wraps a route handler: requires a principal (bearer token) and maps errors to the shape. */
export function apiRoute<C>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const principal = await getRequestPrincipal(request);
      if (!principal) throw new AppError("unauthenticated", "Send an API token: Authorization: Bearer <token>.");
      return await handler(request, context, principal);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
