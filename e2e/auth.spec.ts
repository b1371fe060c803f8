// Sign-in, sign-out, the demo's one-click sign-in, refusals the page explains, API tokens made
// in the UI working (and then not) against the API, and pages running under the CSP.
import { expect, test, type Page } from "@playwright/test";
import { authFile, demoUser, SIGNED_OUT, signInWithPassword } from "./support/auth";

const accountMenu = (page: Page) => page.getByRole("button", { name: /Account menu/ });

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("every page sends you to sign in, and back where you were going afterwards", async ({ page }) => {
    await page.goto("/settings/audit?action=token.create");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Faudit%3Faction%3Dtoken\.create$/);
    await expect(page.getByRole("heading", { name: "Sign in to debtboard" })).toBeVisible();
    const admin = demoUser("admin");
    await signInWithPassword(page, admin.email, admin.password);
    await expect(page).toHaveURL(/\/settings\/audit\?action=token\.create$/);
    await expect(accountMenu(page)).toContainText("Avery Admin");
  });

  test("a wrong password gets a message that gives nothing away", async ({ page }) => {
    await page.goto("/sign-in");
    await signInWithPassword(page, demoUser("member").email, "not-the-password");
    await expect(
      page.getByRole("alert").filter({ hasText: "That email and password don't match an account that can sign in." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the demo offers one-click sign-in as each demo person, and says it is a demo", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByText("This is a demo organisation")).toBeVisible();
    await expect(page.getByText(/made-up sample data/)).toBeVisible();
    await page.getByRole("button", { name: /Sam Member/ }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(accountMenu(page)).toContainText("Sam Member");
    await expect(accountMenu(page)).toContainText(/Member · /);
  });

  test("signing out ends the session", async ({ page }) => {
    const member = demoUser("member");
    await page.goto("/sign-in");
    await signInWithPassword(page, member.email, member.password);
    await page.waitForURL((url) => url.pathname === "/");
    await accountMenu(page).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/teams");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fteams$/);
  });

  test("the API answers 401 without a token, and ignores session cookies", async ({ request }) => {
    const response = await request.get("/api/v1/me");
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });
});

test("a member is refused a maintainer action, and the page says so", async ({ browser }) => {
  // The Ranking team's id, as its maintainer's token form offers it.
  const maintainer = await browser.newContext({ storageState: authFile("maintainer") });
  const maintainerPage = await maintainer.newPage();
  await maintainerPage.goto("/settings/tokens");
  const rankingId = await maintainerPage
    .getByLabel("Acts as")
    .locator("option", { hasText: "Ranking" })
    .getAttribute("value");
  await maintainer.close();
  expect(rankingId).toBeTruthy();

  const member = await browser.newContext({ storageState: authFile("member") });
  const page = await member.newPage();
  await page.goto("/settings/tokens");
  const actsAs = page.getByLabel("Acts as");
  await expect(actsAs.locator("option")).toHaveCount(1); // members may only make personal tokens
  // Ask for a Ranking team token anyway, as a hand-crafted request would: the server decides.
  await actsAs.evaluate((select, id) => {
    const option = document.createElement("option");
    option.value = id!;
    option.text = "Ranking (not offered)";
    select.appendChild(option);
  }, rankingId);
  await actsAs.selectOption(rankingId!);
  await page.getByLabel("Name").fill("should not exist");
  await page.getByRole("checkbox", { name: /catalog:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You are not allowed to do that." })).toBeVisible();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: /should not exist/ })).toHaveCount(0);

  // Admin-only pages say who may use them instead of failing.
  await page.goto("/settings/members");
  await expect(page.getByText("Only organisation admins can do this")).toBeVisible();
  await member.close();
});

test("a token made in the UI works against the API until it is revoked", async ({ page, request }) => {
  const name = `e2e script ${Date.now()}`;
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: /catalog:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())?.trim();
  expect(secret).toMatch(/^dbt_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ name: "Morgan Maintainer", token: { scopes: ["catalog:write"] } });

  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(secret!)).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(secret!.slice(0, 12));

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("button", { name: `Confirm revoking ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  expect((await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);

  await page.goto("/settings/audit?action=token.revoke");
  await expect(page.getByRole("row", { name: /Revoked API token/ }).first()).toContainText("Morgan Maintainer");
});

test.describe("as the admin", () => {
  test.use({ storageState: authFile("admin") });

  test("changes someone's team role, and the audit trail shows it", async ({ page }) => {
    await page.goto("/settings/members?q=Sam");
    await page.getByRole("link", { name: /Manage Sam Member/ }).click();
    const role = page.getByLabel("Role in Forecasting", { exact: true });
    const save = page.getByRole("button", { name: "Save role in Forecasting" });
    if ((await role.inputValue()) !== "NONE") {
      // Left over from an interrupted earlier attempt (a retry): start from the seeded state.
      await role.selectOption("NONE");
      await save.click();
      await expect(page.getByText("Sam Member is no longer in Forecasting.")).toBeVisible();
    }
    await role.selectOption("MEMBER");
    await save.click();
    await expect(page.getByText("Sam Member is now a member of Forecasting.")).toBeVisible();
    await expect(role).toHaveValue("MEMBER");
    const history = page.getByRole("row", { name: /Added to team/ });
    await expect(history.first()).toContainText("Avery Admin");
    // Put it back, so other tests see the demo as seeded.
    await role.selectOption("NONE");
    await save.click();
    await expect(page.getByText("Sam Member is no longer in Forecasting.")).toBeVisible();
  });
});

test("pages run under the Content-Security-Policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/teams", "/catalog", "/settings/tokens", "/settings/audit"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
    await page.waitForLoadState("networkidle");
  }
  // Interactive: the account menu is a client component, so it only opens once scripts ran.
  await accountMenu(page).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe("single sign-on", () => {
  test.use({ storageState: SIGNED_OUT });

  test("signs in through the organisation's OpenID Connect provider", async ({ page }) => {
    await page.goto("/review");
    await page.getByRole("button", { name: "Continue with Test IdP" }).click();
    // On the identity provider's own login page now.
    await expect(page.getByRole("heading", { name: "Test IdP" })).toBeVisible();
    await page.getByLabel("Email").fill(demoUser("maintainer").email);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(accountMenu(page)).toContainText("Morgan Maintainer");
  });
});
