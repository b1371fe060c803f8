// Errors the server layer throws on purpose. Each carries a machine `code`: server actions hand
// it to the form next to the message (ActionState.code), the API answers
// `{ error: { code, message, details } }` with the matching status. Clients and tests branch on
// the code, never on the message text.

export type ErrorCode =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  /** The change contradicts what is stored now (already closed, already accepted, last admin…). */
  | "conflict"
  /** Someone saved the same record since the form was loaded (optimistic concurrency). */
  | "stale_version"
  /** Someone submitted a newer assessment of the same entity and rubric meanwhile. */
  | "superseded"
  | "rate_limited";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const STATUS_OF: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  superseded: 409,
  rate_limited: 429,
};

/**
 * The API's `error.code`. Its vocabulary predates the finer conflict kinds, and scripts compare
 * against it, so every 409 is still reported there as "conflict".
 */
export const API_CODE_OF: Record<ErrorCode, string> = {
  ...Object.fromEntries(Object.keys(STATUS_OF).map((c) => [c, c])),
  stale_version: "conflict",
  superseded: "conflict",
} as Record<ErrorCode, string>;

/** Too many requests in the current window; `retryAfter` seconds until it ends. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super("rate_limited", message, { retryAfter });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to make changes.") {
    super("unauthenticated", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super("forbidden", message);
  }
}

/** Refused by the permission gate itself (`can()` said no); already logged where it was refused. */
export class RefusedError extends ForbiddenError {}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", `${what} was not found.`);
  }
}

/** Field-level problems: `fieldErrors` maps a form field / JSON path to its messages. */
export class InvalidInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super("invalid", message, { fieldErrors });
  }
}

/**
 * A refusal because of what is stored now; with who changed it and when, where that is known,
 * so the form can say so and keep the input. `code` says which kind (default "conflict").
 */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly changedBy: string | null = null,
    readonly changedAt: Date | null = null,
    code: "conflict" | "stale_version" | "superseded" = "conflict",
  ) {
    super(code, message, { changedBy, changedAt: changedAt?.toISOString() ?? null });
  }
}

/** Optimistic concurrency: someone else saved the record since the form was loaded. */
export class StaleVersionError extends ConflictError {
  constructor(message: string, changedBy: string | null = null, changedAt: Date | null = null) {
    super(message, changedBy, changedAt, "stale_version");
  }
}
