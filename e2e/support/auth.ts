// Who the end-to-end tests are: the demo people (seeded by scripts/test.ts, with the demo
// password), and where each one's signed-in browser state is saved by auth.setup.ts.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/server/seed/demo-credentials";
import { DEMO_USERS } from "@/lib/server/seed/demo/people";

export type DemoRole = (typeof DEMO_USERS)[number]["key"];
export const DEMO_ROLES: readonly DemoRole[] = DEMO_USERS.map((u) => u.key);

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((u) => u.key === role);
  if (!user) throw new Error(`no demo user ${role}`);
  return { email: user.email, name: user.name, password: DEMO_PASSWORD };
}

/** Use in a spec: test.use({ storageState: authFile("admin") }). The "ui" project defaults to the maintainer. */
export const authFile = (role: DemoRole) => `e2e/.auth/${role}.json`;
/** A browser with no session at all. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** Signs in through the sign-in page's email-and-password form. */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
