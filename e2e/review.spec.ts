// A planning-meeting review, end to end, as the ranking team's maintainer: start it, walk the
// agenda in presenter mode from the keyboard, turn a finding into an action item, record a
// decision, close it, print the report to PDF (Chromium's page.pdf) and read the PDF's text back,
// and download the Markdown. Screenshots of the review, presenter and print pages go to
// screenshots/review/ for a person to look at.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoAxeViolations } from "./support/axe";

const n = Date.now().toString(36);
const title = `E2E review ${n}`;
const itemTitle = `Break the loop ${n}`;
const decision = `Hold out five percent of traffic ${n}`;

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `screenshots/review/${name}.png`, fullPage });

test("run a review: present, act, decide, close, print and export", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Scope" })).toHaveValue(/.+/);
  await expect(page.getByText("Since the last review")).toBeVisible();
  await shot(page, "list");
  await page.getByRole("textbox", { name: /Title/ }).fill(title);
  // A period of its own (the last 120 days): another spec may have just closed a review of this
  // team, and "since the last review" would then have no new findings to act on.
  const since = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Since").fill(since);
  await expect(page.getByText("A custom period")).toBeVisible();
  await page.getByRole("button", { name: "Start review" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  const reviewUrl = page.url();
  expect(reviewUrl).toMatch(/\/review\/[^/]+$/);
  await expect(page.getByText(/compared with the (last review|records on)/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "3. New findings" })).toBeVisible();
  await shot(page, "review");
  await page
    .locator("section", { has: page.getByRole("heading", { name: "5. Checklist items that got worse" }) })
    .screenshot({ path: "screenshots/review/review-worse.png" });
  await expectNoAxeViolations(page);

  // Presenter mode, from the keyboard only.
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(/\/present\?s=1$/);
  const slideTitle = page.locator("#slide-title");
  await expect(slideTitle).toContainText("since last time");
  await shot(page, "presenter-1");
  await expectNoAxeViolations(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/s=2$/);
  // A section longer than one screen is split: "Rating and principal changes (1 of 6)".
  await expect(slideTitle).toHaveText(/^Rating and principal changes( \(1 of \d+\))?$/);
  await shot(page, "presenter-2");
  await page.keyboard.press("End");
  await expect(slideTitle).toHaveText(/^Action items from this review/);
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/s=1$/);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageUp");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/s=3$/);
  // Walk on to the first "New findings" slide, one key at a time (the URL follows each step).
  for (let s = 3; !/^New findings/.test((await slideTitle.textContent()) ?? ""); s++) {
    expect(s, "no 'New findings' slide within 40 slides").toBeLessThan(40);
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`s=${s + 1}$`));
  }
  const findingsSlide = (await slideTitle.textContent()) ?? "";
  await shot(page, "presenter-3");
  // The screen survives a reload: it is in the URL.
  await page.reload();
  await expect(slideTitle).toHaveText(findingsSlide);

  // One click on a finding opens a prefilled action item, linked to the finding and the review.
  const create = page.getByRole("button", { name: /^Action item: Resolve: / }).first();
  await create.click();
  const dialog = page.getByRole("dialog", { name: "New action item" });
  await expect(dialog.getByRole("textbox", { name: "Title" })).toHaveValue(/^Resolve: /);
  await dialog.getByRole("textbox", { name: "Title" }).fill(itemTitle);
  await dialog.getByRole("button", { name: "Create action item" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  await page.keyboard.press("End");
  await expect(slideTitle).toHaveText(/^Action items from this review/);

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(reviewUrl);
  // Next keeps the presenter (hidden) in the document; only the visible page counts.
  await expect(page.getByText(itemTitle).filter({ visible: true })).toBeVisible();

  // A decision on the new findings, then close: the review becomes read-only.
  await page.getByRole("textbox", { name: "Note or decision on New findings" }).fill(decision);
  await page
    .getByRole("form", { name: "Note on New findings" })
    .getByRole("button", { name: "Record decision" })
    .click();
  await expect(page.getByText(decision).filter({ visible: true })).toBeVisible();
  await page.getByRole("button", { name: "Close review" }).click();
  await page.getByRole("dialog", { name: "Close this review?" }).getByRole("button", { name: "Close review" }).click();
  await expect(page.getByText("Closed", { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Close review" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Note or decision on New findings" })).toHaveCount(0);

  // The printable report, printed by Chromium to PDF, and its text read back.
  await page.goto(`${reviewUrl}/print`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("[data-app-shell]")).toBeHidden();
  await shot(page, "print");
  await shot(page, "print-full", true);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await shot(page, "print-media");
  const pdf = await page.pdf({ format: "A4", printBackground: true, path: "screenshots/review/review.pdf" });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain(title);
  expect(flat).toContain("New findings");
  expect(flat).toContain(itemTitle);
  expect(flat).toContain(decision);
  await page.emulateMedia({ media: "screen" });

  // The Markdown download.
  await page.goto(reviewUrl);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`e2e-review-${n}.md`);
  const md = await readFile(await download.path(), "utf8");
  expect(md).toContain(`# ${title}\n`);
  expect(md).toContain("## 3. New findings");
  expect(md).toContain(`- **Decision:** ${decision}`);
  expect(md).toContain(`| ${itemTitle} |`);
});

test("a review recorded before full agendas shows its sections and notes", async ({ page }) => {
  await page.goto("/review");
  await page
    .getByRole("link", { name: /^Ranking debt review, / })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Ranking debt review, / })).toBeVisible();
  await expect(page.getByText("recorded before agendas were kept in full")).toBeVisible();
  await expect(page.getByText(/the cascade clean-up is paying off/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Close review" })).toHaveCount(0);
  await shot(page, "legacy");
  await expectNoAxeViolations(page);
});
