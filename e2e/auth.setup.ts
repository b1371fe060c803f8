// Signs in once per demo role through the real sign-in page (email and password), and saves
// the browser state to e2e/.auth/<role>.json for the "ui" project's tests.
import { expect, test as setup } from "@playwright/test";
import { authFile, DEMO_ROLES, demoUser, signInWithPassword } from "./support/auth";

for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    // The first sign-in meets a cold production server (first render of every route it needs);
    // on a loaded machine that alone can exceed the default 30 s.
    setup.setTimeout(90_000);
    const user = demoUser(role);
    await page.goto("/sign-in");
    await signInWithPassword(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("button", { name: /Account menu/ })).toContainText(user.name);
    await page.context().storageState({ path: authFile(role) });
  });
}
