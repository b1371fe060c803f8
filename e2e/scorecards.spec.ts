// "Why is this a C?" as a team lead asks it: the team's rating opens the failing and partial items
// behind it (note, evidence, weight, days, most principal first) and the fewest fixes to the next
// rating; an item opens the submitted assessment it comes from, read-only, with what changed since
// the previous one. The entity page's rating and per-category breakdown open the same items.
// Every page passes axe; screenshots (desktop, projector, phone; light and dark) land in
// screenshots/scorecards/ to be looked at.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  projector: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
};

async function shots(page: Page, name: string) {
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `screenshots/scorecards/${name}-${label}-${scheme}.png`,
        fullPage: label !== "projector",
      });
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.emulateMedia({ colorScheme: "light" });
}

test("team rating → failing items → read-only assessment → what changed", async ({ page }) => {
  // Four pages, two axe scans and twelve screenshots.
  test.setTimeout(180_000);
  await page.goto("/teams/team-ranking");
  await expect(page.getByRole("heading", { level: 1, name: "Ranking" })).toBeVisible();
  await page
    .getByRole("link", { name: /^Why debt rating [A-E]: failing and partial items$/ })
    .first()
    .click();

  await expect(page).toHaveURL(/\/teams\/team-ranking\/why$/);
  await expect(page.getByRole("heading", { level: 1, name: "Why Ranking has its rating" })).toBeVisible();
  const items = page.getByRole("table", { name: /Failing and partial answers/ });
  await expect(items.getByRole("row").nth(1)).toBeVisible();
  // Most principal first: the Principal column never grows down the table.
  const principal = (await items.getByRole("row").locator("td:nth-child(6)").allTextContents()).map((t) =>
    Number.parseFloat(t.replace(/[^\d.]/g, "")),
  );
  expect(principal.length).toBeGreaterThan(1);
  expect(principal).toEqual([...principal].sort((a, b) => b - a));
  await expect(page.getByRole("region", { name: "Next rating" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await shots(page, "team-why");

  // An item from a later submission opens it read-only, with the diff against the one before.
  const link = items.getByRole("link", { name: /^Assessment #([2-9]|\d{2,}) of / }).first();
  const label = (await link.getAttribute("aria-label")) ?? "";
  const [, seq, entity] = /^Assessment #(\d+) of (.+)$/.exec(label) ?? [];
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: `Debt assessment #${seq} of ${entity}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Score: #${Number(seq) - 1} → #${seq}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `What changed since #${Number(seq) - 1}` })).toBeVisible();
  await expect(page.getByText("Principal moved", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "All answers" })).toBeVisible();
  // No form controls: a submitted assessment is read-only.
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);
  await shots(page, "assessment-diff");

  // Back one: the previous submission, read-only too.
  await page
    .getByRole("navigation", { name: "Other submissions" })
    .getByRole("link", { name: `#${Number(seq) - 1}` })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Debt assessment #${Number(seq) - 1} of ${entity}` }),
  ).toBeVisible();
});

test("entity rating and per-category breakdown open the items behind them", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/teams/team-ranking/why");
  const first = page
    .getByRole("table", { name: /Failing and partial answers/ })
    .getByRole("row")
    .nth(1);
  const entityLink = first.getByRole("link").first();
  const entity = ((await entityLink.textContent()) ?? "").trim();
  await entityLink.click();
  // The entity page streams its header after its data; on a busy machine that takes over 5 s.
  await expect(page.getByRole("heading", { level: 1, name: entity })).toBeVisible({ timeout: 20_000 });
  const breakdown = page.getByRole("table", { name: /Debt by category/ });
  await expect(breakdown).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shots(page, "entity");

  // The entity's rating opens its items.
  await page.getByRole("link", { name: /^Why debt rating [A-E]: failing and partial items$/ }).click();
  await expect(page).toHaveURL(/\/why$/);
  await expect(page.getByRole("link", { name: "Why this rating" })).toHaveAttribute("aria-current", "page");
  const rows = page.getByRole("table", { name: /Failing and partial answers/ }).getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
  await shots(page, "entity-why");

  // A category of the breakdown narrows the items to it, in the URL.
  const categories = page.getByRole("table", { name: /Debt by category/ });
  const category = categories.getByRole("link").first();
  const name = ((await category.textContent()) ?? "").trim();
  await category.click();
  await expect(page).toHaveURL(/\/why\?category=[a-z-]+$/);
  await expect(page.getByRole("heading", { name: `Debt in ${name}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Failing and partial items · ${name}` })).toBeVisible();
});
