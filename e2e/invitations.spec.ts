// Invitations end to end: an admin creates a link in Settings, a signed-out person opens it, sets
// a password (a mistake keeps what they typed), lands signed in with the invited role; the link
// then no longer works, and a withdrawn link says so. Screenshots go to screenshots/invitations/.
import { expect, test, type Browser } from "@playwright/test";
import { authFile, SIGNED_OUT } from "./support/auth";

const shots = "screenshots/invitations";

async function createInvitation(browser: Browser, email: string, role: "Member" | "Organisation admin") {
  const context = await browser.newContext({ storageState: authFile("admin") });
  const page = await context.newPage();
  await page.goto("/settings/invitations");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toBeVisible();
  const url = (await link.textContent()) ?? "";
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return { page, context, url };
}

test("an invited person sets a password, is signed in with the invited role, and the link works once", async ({
  browser,
}) => {
  const email = `invitee-${Date.now()}@example.test`;
  const admin = await createInvitation(browser, email, "Member");
  await expect(admin.page.getByRole("row").filter({ hasText: email })).toContainText("Open");
  await admin.page.setViewportSize({ width: 1440, height: 900 });
  await admin.page.screenshot({ path: `${shots}/01-settings.png`, fullPage: true });

  const guest = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await guest.newPage();
  await page.goto(new URL(admin.url).pathname);
  await expect(page.getByRole("heading", { name: "Join debtboard" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.screenshot({ path: `${shots}/02-accept.png` });

  await page.getByLabel("Your name").fill("Ines Invitee");
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Password again").fill("a different password!");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Ines Invitee");

  await page.getByLabel("Password again").fill("a long enough password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("button", { name: /Account menu/ })).toContainText("Ines Invitee");

  // Used: the link now says so, even to someone signed out.
  const later = await browser.newContext({ storageState: SIGNED_OUT });
  const again = await later.newPage();
  await again.goto(new URL(admin.url).pathname);
  // (Next's route announcer is an alert too, an empty one.)
  await expect(again.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();

  await admin.page.reload();
  await expect(admin.page.getByRole("row").filter({ hasText: email })).toContainText("Accepted");
  await Promise.all([admin.context.close(), guest.close(), later.close()]);
});

test("a withdrawn invitation's link stops working; the page looks right on a phone", async ({ browser }) => {
  const email = `withdrawn-${Date.now()}@example.test`;
  const admin = await createInvitation(browser, email, "Organisation admin");
  const guest = await browser.newContext({ storageState: SIGNED_OUT, viewport: { width: 390, height: 844 } });
  const page = await guest.newPage();
  await page.goto(new URL(admin.url).pathname);
  await expect(page.getByText("You are invited as an organisation admin.")).toBeVisible();
  await page.screenshot({ path: `${shots}/03-accept-phone.png`, fullPage: true });

  const row = admin.page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: `Withdraw the invitation for ${email}` }).click();
  await row.getByRole("button", { name: "Confirm withdraw" }).click();
  await expect(row).toContainText("Withdrawn");

  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "withdrawn" })).toBeVisible();
  await page.getByRole("link", { name: "Go to sign-in" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await Promise.all([admin.context.close(), guest.close()]);
});

test("members cannot open the invitations page", async ({ page }) => {
  await page.goto("/settings/invitations");
  await expect(page.getByText("Invitations are made by organisation admins.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
});
