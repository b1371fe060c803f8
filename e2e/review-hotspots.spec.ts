// A team review's "Top hotspots" are that team's hotspots: on the review page, on the slide and
// in the Markdown export, every row names the team under review (the organisation's top
// hotspots include other teams' entities, so a dropped team filter shows up here at once).
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("a team review lists only that team's hotspots, on the page, the slide and in the Markdown", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `E2E hotspots ${Date.now().toString(36)}`;
  await page.goto("/review");
  await page.getByRole("combobox", { name: "Scope" }).selectOption({ label: "Ranking" });
  await page.getByRole("textbox", { name: /Title/ }).fill(title);
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });

  const section = page.locator("section", { has: page.getByRole("heading", { name: "7. Top hotspots" }) });
  const rows = section.getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toContain("· Ranking");
  const reviewUrl = page.url();

  // The slides read the same agenda; a long section continues on the next slide ("Top hotspots
  // (1 of 2)"), so walk every slide and check the rows of each hotspots slide.
  await page.goto(`${reviewUrl}/present?s=1`);
  const count = Number((await page.getByRole("progressbar").getAttribute("aria-valuemax")) ?? "0");
  const slideTitle = page.locator("#slide-title");
  const slideTexts: string[] = [];
  for (let i = 1; i <= count; i++) {
    await expect(page).toHaveURL(new RegExp(`s=${i}$`));
    if (((await slideTitle.textContent()) ?? "").startsWith("Top hotspots")) {
      const slideRows = page.locator("[data-presenter] section").getByRole("listitem");
      await expect(slideRows.first()).toBeVisible();
      slideTexts.push(...(await slideRows.allTextContents()));
    }
    if (i < count) await page.keyboard.press("ArrowRight");
  }
  expect(slideTexts.length).toBe(texts.length);
  for (const text of slideTexts) expect(text).toContain("· Ranking");

  await page.goto(reviewUrl);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown" }).click(),
  ]);
  const md = await readFile(await download.path(), "utf8");
  const part = md.slice(md.indexOf("## 7. Top hotspots"), md.indexOf("## 8."));
  // The table's body rows: after the header and its |---| line.
  const body = part.split("\n").filter((line) => line.startsWith("| ") && !/^\| (Entity|---) \|/.test(line));
  expect(body.length).toBe(texts.length);
  for (const line of body) expect(line).toContain("(Ranking)");
});
