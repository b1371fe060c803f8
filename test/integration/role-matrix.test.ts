// Runs every row of the role × action matrix (./role-matrix/rows.ts) as every role, through the
// server-action layer (a real better-auth session cookie; next/headers is the only thing faked,
// because there is no HTTP request in a test) and through the API (a real bearer token against
// the route handler). Allowed attempts must succeed; refused ones must be refused for want of
// permission (not a validation slip) and change nothing. A row with `serverAction` runs the app's
// own server action (a form that reshapes its fields first); `serverAction: null` = API only.
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

/** How a refusal for want of rights reads (ForbiddenError's default, or a message naming the right). */
const REFUSED = /not allowed|may not|only revoke your own|only the draft's author/i;

function toForm(input: FormInput): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

describe.each(ROLE_MATRIX.map((row) => [row.name, row] as const))("%s", (_name, row) => {
  it.skipIf(row.serverAction === null).each(ROLES.map((role) => [role, row.allowed.includes(role)] as const))(
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
          expect(JSON.stringify(state.fieldErrors), state.message).toMatch(REFUSED);
        } else {
          expect(state.fieldErrors, "refused for a validation error, not for permission").toBeUndefined();
          expect(state.message).toMatch(role === "signedOut" ? /sign in/i : REFUSED);
        }
        expect(await attempt.state()).toEqual(before);
      }
    },
  );

  const callers: ApiCaller[] = [...ROLES, "teamToken"];
  it
    .skipIf(!row.api)
    .each(callers.map((caller) => [caller, (row.apiAllowed ?? row.allowed).includes(caller)] as const))(
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
        expect(text).toMatch(REFUSED);
        expect(await attempt.state()).toEqual(before);
      } else {
        expect(response.status, text).toBe(caller === "signedOut" ? 401 : 403);
        expect(await attempt.state()).toEqual(before);
      }
    },
  );
});
