// The planning meeting on a 1280 × 720 projector, as the Ranking maintainer: every presenter slide
// fits the screen (long sections continue on further slides, nothing below the fold), status
// badges are at least 16 px, N opens the note box and the note shows on the slide, the quick
// action-item dialog sets owner and due date, closing asks first, and a closed review can be
// reopened (audited) — while a member sees the close button disabled with the reason.
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

const n = Date.now().toString(36);
const title = `Projector review ${n}`;
const note = `Ship the hold-out first ${n}`;
const itemTitle = `Owned in the meeting ${n}`;

test.use({ viewport: { width: 1280, height: 720 } });

async function slideFits(page: Page): Promise<{ title: string; overflow: number }> {
  const viewport = page.locator("[data-slide-viewport]");
  return {
    title: (await page.locator("#slide-title").textContent()) ?? "",
    overflow: await viewport.evaluate((v) => v.scrollHeight - v.clientHeight),
  };
}

test("present a review at 1280×720: slides fit, notes by key, owned action items, close and reopen", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/review");
  await page.getByRole("combobox", { name: "Scope" }).selectOption({ label: "Ranking" });
  await page.getByRole("textbox", { name: /Title/ }).fill(title);
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  const reviewUrl = page.url();

  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(/\/present\?s=1$/);
  const slideTitle = page.locator("#slide-title");
  await expect(slideTitle).toContainText("since last time");
  await page.screenshot({ path: test.info().outputPath("presenter-1280-light.png") });
  await expectNoAxeViolations(page);

  // Walk every slide: none scrolls, every status badge is readable from the back of the room.
  const count = Number((await page.getByRole("progressbar").getAttribute("aria-valuemax")) ?? "0");
  expect(count).toBeGreaterThan(8);
  const titles: string[] = [];
  for (let i = 1; i <= count; i++) {
    await expect(page).toHaveURL(new RegExp(`s=${i}$`));
    const fit = await slideFits(page);
    expect(fit.overflow, `slide ${i} “${fit.title}” is taller than the screen`).toBeLessThanOrEqual(0);
    titles.push(fit.title);
    const sizes = await page
      .locator("[data-presenter] [data-badge]")
      .evaluateAll((badges) => badges.map((b) => Number.parseFloat(getComputedStyle(b).fontSize)));
    for (const size of sizes) expect(size, `a badge on slide ${i}`).toBeGreaterThanOrEqual(16);
    if (i < count) await page.keyboard.press("ArrowRight");
  }
  // The team's five hotspots do not fit one slide: they continue on the next.
  expect(titles).toContain("Top hotspots (1 of 2)");
  expect(titles).toContain("Top hotspots (2 of 2)");

  // N opens the note box on the current slide; the note appears on the slide once added.
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect(slideTitle).toHaveText(/^Rating and principal changes/);
  await page.keyboard.press("n");
  const box = page.getByRole("textbox", { name: "Note or decision on Rating and principal changes" });
  await expect(box).toBeFocused();
  await box.fill(note);
  await page
    .getByRole("complementary", { name: "Notes and decisions" })
    .getByRole("button", { name: "Record decision" })
    .click();
  const notes = page.getByRole("complementary", { name: "Notes and decisions" });
  await expect(notes.getByText(note)).toBeVisible();
  await expect(notes.getByText("Decision:")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(box).toBeHidden();
  await expect(notes.getByText(note)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("presenter-notes-1280-light.png") });
  expect((await slideFits(page)).overflow).toBeLessThanOrEqual(0);
  // On to the next slide (the same section's next part when it has more than one).
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/s=3$/);
  await expect(slideTitle).toHaveText(titles[2] ?? "");

  // The quick action item, from a hotspot row: owner and due date set in the dialog.
  const hotspots = titles.indexOf("Top hotspots (1 of 2)") + 1;
  await page.goto(`${reviewUrl}/present?s=${hotspots}`);
  await expect(slideTitle).toHaveText("Top hotspots (1 of 2)");
  await page
    .getByRole("button", { name: /^Action item: Pay down debt in / })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "New action item" });
  await dialog.getByRole("textbox", { name: "Title" }).fill(itemTitle);
  await dialog.getByRole("combobox", { name: "Owner" }).selectOption({ label: "Sam Member" });
  await dialog.getByLabel(/Due date/).fill("2031-03-15");
  await page.screenshot({ path: test.info().outputPath("presenter-dialog-1280-light.png") });
  await dialog.getByRole("button", { name: "Create action item" }).click();
  const created = page.getByRole("status").filter({ hasText: "Created" });
  await expect(created).toBeVisible();
  const itemHref = await created.getByRole("link", { name: "Open action item" }).getAttribute("href");
  await page.keyboard.press("End");
  await expect(slideTitle).toHaveText("Action items from this review");
  const status = page.locator("[data-presenter] [data-badge]", { hasText: "Open" }).first();
  await expect(status).toBeVisible();
  expect(await status.evaluate((b) => Number.parseFloat(getComputedStyle(b).fontSize))).toBeGreaterThanOrEqual(16);
  await page.goto(itemHref!);
  await expect(page.getByRole("heading", { level: 1, name: itemTitle })).toBeVisible();
  await expect(page.getByText("Sam Member").first()).toBeVisible();
  await expect(page.getByText(/15 Mar 2031/).first()).toBeVisible();

  // A member sees the close button, disabled, with who may close instead.
  const memberContext = await browser.newContext({
    storageState: authFile("member"),
    viewport: { width: 1280, height: 720 },
  });
  const member = await memberContext.newPage();
  await member.goto(reviewUrl);
  const disabled = member.getByRole("button", { name: "Close review" });
  await expect(disabled).toBeDisabled();
  await expect(disabled).toHaveAccessibleDescription("Only Ranking maintainers can close this review.");
  await expect(member.getByText("Only Ranking maintainers can close this review.")).toBeVisible();

  // Closing asks first; Cancel changes nothing.
  await page.goto(reviewUrl);
  await page.getByRole("button", { name: "Close review" }).click();
  const confirm = page.getByRole("dialog", { name: "Close this review?" });
  await expect(confirm).toContainText("1 note and 1 action item");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Close review" }).click();
  await confirm.getByRole("button", { name: "Close review" }).click();
  await expect(page.getByText("Closed", { exact: true }).filter({ visible: true })).toBeVisible();

  // The member now sees reopen disabled with the reason; the maintainer reopens it.
  await member.reload();
  await expect(member.getByRole("button", { name: "Reopen" })).toBeDisabled();
  await expect(member.getByText("Only Ranking maintainers can reopen this review.")).toBeVisible();
  await memberContext.close();
  await page.getByRole("button", { name: "Reopen" }).click();
  await page
    .getByRole("dialog", { name: "Reopen this review?" })
    .getByRole("button", { name: "Reopen review" })
    .click();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Note or decision on New findings" })).toBeVisible();
  await expect(page.getByText(note).filter({ visible: true })).toBeVisible();

  // Audited: the admin's audit log names the reopening.
  const adminContext = await browser.newContext({ storageState: authFile("admin") });
  const admin = await adminContext.newPage();
  await admin.goto("/settings/audit");
  await expect(admin.getByRole("table").getByText("Reopened review").first()).toBeVisible();
  await adminContext.close();

  // Close it again (confirming), so later specs meet a closed review.
  await page.getByRole("button", { name: "Close review" }).click();
  await page.getByRole("dialog", { name: "Close this review?" }).getByRole("button", { name: "Close review" }).click();
  await expect(page.getByText("Closed", { exact: true }).filter({ visible: true })).toBeVisible();
  // A newer review of the scope ends the chance to reopen this one.
  await page.goto("/review");
  await page.getByRole("combobox", { name: "Scope" }).selectOption({ label: "Ranking" });
  await page.getByRole("textbox", { name: /Title/ }).fill(`${title} follow-up`);
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} follow-up` })).toBeVisible({ timeout: 30_000 });
  await page.goto(reviewUrl);
  await expect(page.getByText("Closed", { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toHaveCount(0);
});
