// The one wrapper every /api/v1 route handler goes through: bearer-token principal, zod
// validation, authorisation, and one error shape: { "error": { "code", "message", "details" } }.
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getRequestPrincipal } from "@/lib/server/auth/session";
import { AppError, InvalidInputError, STATUS_OF } from "@/lib/server/errors";
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
  if (error instanceof AppError) return apiError(STATUS_OF[error.code], error.code, error.message, error.details);
  // Unknown errors are logged without request bodies (they may hold tokens) and reported generically.
  console.error("API error:", error instanceof Error ? error.message : error);
  return apiError(500, "internal", "Something went wrong on our side.");
}

/** Max JSON body the API reads; larger requests get 413 before parsing. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function readJson(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new AppError("invalid", `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("invalid", `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid", "Request body is not valid JSON.");
  }
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
