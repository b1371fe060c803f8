// The role × action matrix: every mutation, tried as every role, through the server-action
// layer (defineAction: session cookie → can() → run) and through the API (bearer token →
// apiRoute → runAuthorized). A row says who may; the runner checks the answer, and that a
// refused attempt changed nothing. To add your actions, write rows like ./auth-rows.ts and
// list them in ./rows.ts.
import type { ActionDefinition, ActionState } from "@/lib/server/actions/define-action";
import type { RouteHandler } from "../support/route-server";

export const ROLES = ["admin", "maintainer", "member", "outsider", "signedOut"] as const;
/** admin: organisation admin; maintainer/member: of world.team; outsider: signed in, in no team. */
export type Role = (typeof ROLES)[number];
/** Over the API there is one more caller: a team token of world.team (acts as its maintainer). */
export type ApiCaller = Role | "teamToken";

export interface WorldPerson {
  id: string;
  email: string;
  /** Cookie header of a live session. */
  cookie: string;
  /** A personal token with every scope, so the API answer reflects the role, not the scopes. */
  token: string;
}

export interface World {
  team: { id: string; slug: string };
  otherTeam: { id: string; slug: string };
  people: Record<Exclude<Role, "signedOut">, WorldPerson>;
  /** A team token of `team` with every scope a team token may have. */
  teamToken: string;
}

export type FormInput = Record<string, string | string[]>;

export interface Attempt {
  /** The form fields (server action) — also what the API call is built from. */
  input: FormInput;
  /** Everything the action could change, read fresh; compared before and after a refused attempt. */
  state: () => Promise<unknown>;
}

export interface ApiCall {
  handler: RouteHandler;
  method: string;
  path: string;
  params: Record<string, string>;
  body?: unknown;
}

/** A server action as a form posts to it (`useActionState`). */
export type ServerAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export interface MatrixRow {
  /** e.g. "members.set-org-role"; shown in the test name. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows hold definitions of every input and result type
  action: ActionDefinition<any, any>;
  /** Roles whose attempt must succeed; everyone else must be refused. */
  allowed: readonly Role[];
  /** Fresh data for one attempt by `role` (called once per role and layer). */
  prepare: (world: World, role: ApiCaller) => Promise<Attempt>;
  /** The same change over /api/v1; omit when the action has no endpoint (say why in a comment). */
  api?: (attempt: Attempt, world: World) => ApiCall;
  /** Callers allowed over the API; defaults to `allowed` (the team token refused). */
  apiAllowed?: readonly ApiCaller[];
  /**
   * The server action the UI posts to, when it is not `defineAction(action)` itself (a form that
   * reshapes its fields first, e.g. lib/server/catalog/actions.ts); `null` when the action has no UI at
   * all (API only: say why in a comment). The form fields come from `prepare`'s input.
   */
  serverAction?: ServerAction | null;
  /**
   * Callers whose refusal is reported as one of the batch's problems (catalogue import: 400 with
   * field errors naming the right they lack) rather than a 403, because the import validates the
   * whole batch, rights on every team touched included, and lists every problem at once.
   */
  refusedAsProblem?: readonly ApiCaller[];
}
