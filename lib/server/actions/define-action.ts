// The one wrapper every server action goes through: validate the form with zod, find who is
// asking, look up the team that owns what would change, check they may, run the change (handed
// the principal and that team, so it never re-reads or re-checks them), and report back in a
// shape forms can show: `{ ok, code, message, fieldErrors }`, field errors next to their fields,
// `code` the machine kind of a refusal (lib/server/errors.ts) for clients to branch on. Nothing
// is changed when validation or authorisation fails. The API runs the same definitions through
// runAuthorized.
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import type { z } from "zod";
import { can, type Permission, type Principal } from "@/lib/domain/auth/permissions";
import { getSessionPrincipal } from "@/lib/server/auth/session";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  RefusedError,
  UnauthenticatedError,
  type ErrorCode,
} from "@/lib/server/errors";
import { logSecurityEvent, principalFields } from "@/lib/server/http/security-log";
import { findUnstorable } from "@/lib/domain/http/storable";
import { isUnstorableText, UNSTORABLE_MESSAGE } from "@/lib/server/db/unstorable-text";

export interface ActionState<T = unknown> {
  ok: boolean;
  /** On a refusal: what kind it is (forbidden, not_found, invalid, stale_version, superseded, …). */
  code?: ErrorCode;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** On a conflict: who saved first and when, so the form can say so and keep the input. */
  conflict?: { changedBy: string | null; changedAt: string | null };
  data?: T;
}

export const IDLE: ActionState = { ok: false };

/** What a definition's `run` is handed once authorisation passed: who asked, and the team checked. */
export interface ActionContext {
  principal: Principal;
  /** What `teamOf` returned: the team the permission was checked against (null: organisation-wide). */
  teamId: string | null;
}

export interface ActionDefinition<S extends z.ZodType, R> {
  schema: S;
  permission: Permission;
  /** The team that owns what the input would change (looked up on the server, never trusted from the form). */
  teamOf: (input: z.output<S>) => Promise<string | null>;
  run: (input: z.output<S>, context: ActionContext) => Promise<R>;
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

/** Runs a definition: zod → principal → teamOf → can() → run. Shared by server actions and the API. */
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
  if (!principal) throw new UnauthenticatedError();
  const teamId = await def.teamOf(parsed.data);
  if (!can(principal, def.permission, { teamId })) {
    logSecurityEvent("forbidden", { ...principalFields(principal), permission: def.permission, teamId });
    throw new RefusedError();
  }
  return def.run(parsed.data, { principal, teamId });
}

/** A refusal as a form shows it; anything that is not an AppError is a bug and is rethrown. */
export function toActionState(error: unknown): ActionState {
  if (!(error instanceof AppError)) {
    if (isUnstorableText(error)) return { ok: false, code: "invalid", message: UNSTORABLE_MESSAGE };
    throw error;
  }
  const state: ActionState = { ok: false, code: error.code, message: error.message };
  if (error instanceof InvalidInputError) state.fieldErrors = error.fieldErrors;
  if (error instanceof ConflictError)
    state.conflict = { changedBy: error.changedBy, changedAt: error.changedAt?.toISOString() ?? null };
  if (error instanceof ForbiddenError && !(error instanceof RefusedError))
    logSecurityEvent("forbidden", { via: "action", message: error.message });
  return state;
}

export interface ActionOptions<R, D> {
  /** The definition's raw input from the posted form (default: the fields as they are, formDataToObject). */
  input?: (form: FormData) => unknown;
  /** Refresh the page the form was posted from after a success (a function: only for some results). */
  refresh?: boolean | ((result: R) => boolean);
  /** Open this path after a success instead of answering. */
  redirect?: (result: R) => string;
  /** The success message, when the form says it differently from the definition's `success`. */
  message?: (result: R) => string;
  /** What of the result travels back to the browser (default: all of it). */
  data?: (result: R) => D;
  /** Reshapes a refusal for the form (e.g. the schema's field names onto the form's). */
  refused?: (state: ActionState<D>, form: FormData) => ActionState<D> | Promise<ActionState<D>>;
}

/**
 * A server action for `useActionState(action, IDLE)`: the one action style. Export it from a
 * feature's `actions.ts` ("use server") as `export const saveX = defineAction(definition, options)`.
 */
export function defineAction<S extends z.ZodType, R, D = R>(
  def: ActionDefinition<S, R>,
  options: ActionOptions<R, D> = {},
): (previous: ActionState, form: FormData) => Promise<ActionState<D>> {
  return async (_previous, form) => {
    let result: R;
    try {
      const raw = options.input ? await options.input(form) : formDataToObject(form);
      result = await runAuthorized(def, raw, await getSessionPrincipal());
    } catch (error) {
      const state = toActionState(error) as ActionState<D>;
      return options.refused ? options.refused(state, form) : state;
    }
    if (options.redirect) redirect(options.redirect(result));
    const again = typeof options.refresh === "function" ? options.refresh(result) : options.refresh;
    if (again) refresh();
    const message = options.message?.(result) ?? def.success?.(result) ?? "Saved.";
    const data = options.data ? options.data(result) : (result as unknown as D);
    return data === undefined ? { ok: true, message } : { ok: true, message, data };
  };
}
