// Errors the server layer throws on purpose. Server actions turn them into form messages and
// the API into `{ error: { code, message, details } }` with the matching status.

export class AppError extends Error {
  constructor(
    readonly code: "invalid" | "forbidden" | "unauthenticated" | "not_found" | "conflict" | "rate_limited",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const STATUS_OF: Record<AppError["code"], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** Too many requests in the current window; `retryAfter` seconds until it ends. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super("rate_limited", message, { retryAfter });
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

/** Optimistic-concurrency conflict: someone else saved first. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly changedBy: string | null = null,
    readonly changedAt: Date | null = null,
  ) {
    super("conflict", message, { changedBy, changedAt: changedAt?.toISOString() ?? null });
  }
}
