// Runs every row of the role × action matrix (./role-matrix/rows.ts) as every role, through the
// server-action layer (a real better-auth session cookie; next/headers is the only thing faked,
// because there is no HTTP request in a test) and through the API (a real bearer token against
// the route handler). Allowed attempts must succeed; refused ones must be refused for want of
// permission (not a validation slip: the refusal's code is unauthenticated or forbidden) and
// change nothing. A row with `serverAction` runs the app's own server action (a form that
// reshapes its fields first). Rows with no form (`serverAction: null`) or no endpoint (no `api`)
// generate no cases for that layer, so nothing is skipped.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defineAction, type ActionState } from "@/lib/server/actions/define-action";
import { db } from "@/lib/server/db/client";
import { ROLE_MATRIX } from "./role-matrix/rows";
import { ROLES, type ApiCaller, type FormInput, type World } from "./role-matrix/types";
import { buildWorld } from "./role-matrix/world";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
// The app's server actions refresh the page on success; outside a request there is no page.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  refresh: () => {},
}));

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => {
  await db().$disconnect();
});

/** The import lists a missing right among the batch's problems (a field error naming it), not as a 403. */
const NAMES_A_RIGHT = /may not/i;

function toForm(input: FormInput): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

const withForm = ROLE_MATRIX.filter((row) => row.serverAction !== null);
const withApi = ROLE_MATRIX.filter((row) => row.api !== undefined);

describe.each(withForm.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  it.each(ROLES.map((role) => [role, row.allowed.includes(role)] as const))(
    "server action as %s → allowed: %s",
    async (role, allowed) => {
      const attempt = await row.prepare(world, role);
      request.cookie = role === "signedOut" ? "" : world.people[role].cookie;
      const before = await attempt.state();
      const action = row.serverAction ?? defineAction(row.action);
      const state: ActionState = await action({ ok: false }, toForm(attempt.input)).finally(
        () => (request.cookie = ""),
      );
      if (allowed) {
        expect(state, state.message).toMatchObject({ ok: true });
        expect(await attempt.state()).not.toEqual(before);
      } else {
        expect(state.ok).toBe(false);
        if (role !== "signedOut" && row.refusedAsProblem?.includes(role)) {
          expect(state.code, state.message).toBe("invalid");
          expect(JSON.stringify(state.fieldErrors), state.message).toMatch(NAMES_A_RIGHT);
        } else {
          expect(state.fieldErrors, "refused for a validation error, not for permission").toBeUndefined();
          expect(state.code, state.message).toBe(role === "signedOut" ? "unauthenticated" : "forbidden");
        }
        expect(await attempt.state()).toEqual(before);
      }
    },
  );
});

const callers: ApiCaller[] = [...ROLES, "teamToken"];
describe.each(withApi.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  it.each(callers.map((caller) => [caller, (row.apiAllowed ?? row.allowed).includes(caller)] as const))(
    "API as %s → allowed: %s",
    async (caller, allowed) => {
      const attempt = await row.prepare(world, caller);
      const call = row.api!(attempt, world);
      const token =
        caller === "signedOut" ? null : caller === "teamToken" ? world.teamToken : world.people[caller].token;
      const before = await attempt.state();
      const response = await call.handler(
        new Request(`http://localhost:3000${call.path}`, {
          method: call.method,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": "application/json" },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        }),
        { params: Promise.resolve(call.params) },
      );
      const text = await response.clone().text();
      if (allowed) {
        expect([200, 201], `${response.status} ${text}`).toContain(response.status);
        expect(await attempt.state()).not.toEqual(before);
      } else if (row.refusedAsProblem?.includes(caller)) {
        expect(response.status, text).toBe(400);
        expect(JSON.parse(text)).toMatchObject({ error: { code: "invalid" } });
        expect(text).toMatch(NAMES_A_RIGHT);
        expect(await attempt.state()).toEqual(before);
      } else {
        expect(response.status, text).toBe(caller === "signedOut" ? 401 : 403);
        expect(JSON.parse(text)).toMatchObject({
          error: { code: caller === "signedOut" ? "unauthenticated" : "forbidden" },
        });
        expect(await attempt.state()).toEqual(before);
      }
    },
  );
});
