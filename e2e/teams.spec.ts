// An organisation admin creates a team from /teams, renames it, finds it in the list and
// archives it (which takes it off the list). Field errors show next to their field. Fields are
// found by role, not label: Next keeps the previous page (hidden) in the document, and getByRole
// skips hidden elements where getByLabel may pick the hidden page's "Team name".
import { expect, test } from "@playwright/test";
import { authFile } from "./support/auth";

test.use({ storageState: authFile("admin") });

const n = Date.now().toString(36);
const slug = `e2e-team-${n}`;

test("create, rename and archive a team", async ({ page }) => {
  await page.goto("/teams");
  await page.getByRole("link", { name: "New team" }).click();

  // A slug the schema refuses is reported beside the slug field, and nothing is created.
  await page.getByRole("textbox", { name: "Slug" }).fill("Not A Slug");
  await page.getByRole("textbox", { name: "Team name" }).fill(`E2E team ${n}`);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Use a team slug: lowercase letters, digits and '-'.")).toBeVisible();

  await page.getByRole("textbox", { name: "Slug" }).fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E team ${n}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "YAML", exact: true })).toHaveAttribute(
    "href",
    `/catalog/export?format=yaml&team=${slug}`,
  );

  await page.getByRole("link", { name: "Edit team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit E2E team ${n}` })).toBeVisible();
  await page.getByRole("textbox", { name: "Team name" }).fill(`E2E renamed ${n}`);
  await page.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByText(`Saved ${slug}.`)).toBeVisible();

  await page.goto("/teams");
  await expect(page.getByRole("link", { name: `E2E renamed ${n}` })).toBeVisible();

  await page.goto(`/teams/${slug}/edit`);
  await page.getByRole("button", { name: "Archive team" }).click();
  await expect(page.getByText(`Archived ${slug}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore team" })).toBeVisible();
  await page.goto("/teams");
  await expect(page.getByRole("link", { name: `E2E renamed ${n}` })).toHaveCount(0);
});
