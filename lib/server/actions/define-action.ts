// The one wrapper every server action goes through: validate the form with zod, find who is
// asking, check they may, run the change, and report back in a shape forms can show
// (`{ ok, message, fieldErrors }`, field errors next to their fields). Nothing is changed when
// validation or authorisation fails.
import type { z } from "zod";
import { can, type Permission, type Principal } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import { AppError, ConflictError, ForbiddenError, InvalidInputError, RefusedError } from "@/lib/server/errors";
import { logSecurityEvent, principalFields } from "@/lib/server/http/security-log";
import { findUnstorable } from "@/lib/domain/http/storable";
import { isUnstorableText, UNSTORABLE_MESSAGE } from "@/lib/server/db/unstorable-text";

export interface ActionState<T = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** On a conflict: who saved first and when, so the form can say so and keep the input. */
  conflict?: { changedBy: string | null; changedAt: string | null };
  data?: T;
}

export const IDLE: ActionState = { ok: false };

export interface ActionDefinition<S extends z.ZodType, R> {
  schema: S;
  permission: Permission;
  /** The team that owns what the input would change (looked up on the server, never trusted from the form). */
  teamOf: (input: z.output<S>) => Promise<string | null>;
  run: (input: z.output<S>, principal: Principal) => Promise<R>;
  /** What to say on success. */
  success?: (result: R) => string;
}

/** Turns FormData into a plain object; repeated keys become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    const prev = out[key];
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Runs a definition against already-parsed input; shared by server actions and the API. */
export async function runAuthorized<S extends z.ZodType, R>(
  def: ActionDefinition<S, R>,
  raw: unknown,
  principal: Principal | null,
): Promise<R> {
  // NUL characters and lone surrogates never reach a query (Postgres would refuse them with a 500).
  const unstorable = findUnstorable(raw);
  if (unstorable)
    throw new InvalidInputError(`${unstorable.path || "The input"} ${unstorable.problem}.`, {
      [unstorable.path || "_form"]: [`This ${unstorable.problem}.`],
    });
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError("Some fields need attention.", zodFieldErrors(parsed.error));
  if (!principal) throw new AppError("unauthenticated", "Sign in to make changes.");
  const teamId = await def.teamOf(parsed.data);
  if (!can(principal, def.permission, { teamId })) {
    logSecurityEvent("forbidden", { ...principalFields(principal), permission: def.permission, teamId });
    throw new RefusedError();
  }
  return def.run(parsed.data, principal);
}

export function toActionState(error: unknown): ActionState {
  if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError)
    return {
      ok: false,
      message: error.message,
      conflict: { changedBy: error.changedBy, changedAt: error.changedAt?.toISOString() ?? null },
    };
  if (error instanceof ForbiddenError && !(error instanceof RefusedError))
    logSecurityEvent("forbidden", { via: "action", message: error.message });
  if (error instanceof AppError) return { ok: false, message: error.message };
  if (isUnstorableText(error)) return { ok: false, message: UNSTORABLE_MESSAGE };
  throw error;
}

/** A server action for `useActionState(action, IDLE)`. */
export function defineAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>) {
  return async (_previous: ActionState, form: FormData): Promise<ActionState<R>> => {
    try {
      const principal = await getSessionPrincipal();
      const result = await runAuthorized(def, formDataToObject(form), principal);
      return { ok: true, message: def.success?.(result) ?? "Saved.", data: result };
    } catch (error) {
      return toActionState(error) as ActionState<R>;
    }
  };
}
