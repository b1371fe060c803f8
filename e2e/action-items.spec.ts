// The demo maintainer (team-ranking) turns a finding into an action item with the one-click
// button, marks it won't do with a reason on its page, finds it in the filtered list and
// downloads the list as CSV. Screenshots go to screenshots/action-items/ (gitignored).
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const n = Date.now().toString(36);
const title = `E2E action ${n}: break the "loop", then re-assess`;
const reason = "Replaced by the new ranker next quarter; fixing this one would be wasted effort.";
const shots = "screenshots/action-items";

test("create an action item from a finding, mark it won't do, export it as CSV", async ({ page }) => {
  await page.goto("/findings?team=team-ranking&status=open");
  const finding = page.locator("li[data-finding]").first();
  await expect(finding).toBeVisible();
  await finding.getByRole("button", { name: /^Action item:/ }).click();

  const dialog = page.getByRole("dialog", { name: "New action item" });
  await expect(dialog).toBeVisible();
  // Prefilled with the finding's title; the creator will own it.
  await expect(dialog.getByRole("textbox", { name: "Title" })).not.toHaveValue("");
  await dialog.getByRole("textbox", { name: "Title" }).fill(title);
  await dialog.getByRole("textbox", { name: /Estimate/ }).fill("2.5");
  await page.screenshot({ path: `${shots}/01-dialog.png` });
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Create action item" }).click();
  await expect(dialog).toBeHidden();
  await expect(finding.getByRole("status").filter({ hasText: "Created" })).toBeVisible();

  await finding.getByRole("link", { name: "Open action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("#main").getByText("Morgan Maintainer")).toBeVisible();
  await page.screenshot({ path: `${shots}/02-item.png`, fullPage: true });

  // Won't do asks for a reason, and keeps it.
  await page.getByRole("combobox", { name: "Status" }).selectOption("WONT_DO");
  await page.getByRole("textbox", { name: "Why won't it be done?" }).fill(reason);
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByText(/is now won't do/)).toBeVisible();
  await expect(page.getByText(reason).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/03-wont-do.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // Edit: a due date and a longer description; the form keeps the values and says so.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit action item" })).toBeVisible();
  await page.getByRole("textbox", { name: "Due date" }).fill("2027-03-31");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Saved “E2E action/)).toBeVisible();
  await page.screenshot({ path: `${shots}/03b-edit.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // The list, filtered in the URL, shows it; the CSV of the same filters contains it.
  await page.goto("/action-items?team=team-ranking&status=wont-do");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText("Principal against planned pay-down")).toBeVisible();
  await page.screenshot({ path: `${shots}/04-list.png`, fullPage: true });
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^debtboard-action-items-team-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^id,title,status,team,owner,/);
  expect(csv).toContain(
    `"E2E action ${n}: break the ""loop"", then re-assess",Won't do,team-ranking,Morgan Maintainer,`,
  );
  expect(csv).toContain(`,${reason},`);
  expect(csv).toContain(",2027-03-31,2.5,");
});

test("the list and its filters", async ({ page }) => {
  await page.goto("/action-items");
  await expect(page.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).selectOption("all");
  await expect(page).toHaveURL(/status=all/);
  await page.getByRole("checkbox", { name: "Overdue only" }).check();
  await expect(page).toHaveURL(/overdue=1/);
  await page.screenshot({ path: `${shots}/05-overdue.png`, fullPage: true });
  await page.goto("/action-items?status=done");
  await page.screenshot({ path: `${shots}/06-done.png`, fullPage: true });

  // The full form: the maintainer's one team is chosen for them; the new item opens.
  await page.getByRole("link", { name: "New action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New action item" })).toBeVisible();
  await page.getByRole("textbox", { name: "Title" }).fill(`E2E planned ${n}`);
  await page.getByRole("textbox", { name: "Due date" }).fill("2027-02-15");
  await page.getByRole("textbox", { name: "Estimate, days" }).fill("4");
  await page.screenshot({ path: `${shots}/07-new.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Create action item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E planned ${n}` })).toBeVisible();
  await expect(page.locator("#main").getByText("15 Feb 2027")).toBeVisible();
});
