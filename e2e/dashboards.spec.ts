// The dashboards as a person uses them: the overview, a drill from the teams × categories heatmap
// into a team, from the team's hotspots into an entity, back to the team to change the range and
// the table's sort, and the URL pasted into a new page showing the same view. Every dashboard page
// passes axe; screenshots land in screenshots/dashboards/ to be looked at.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const TWO_YEARS = /^24 mo(nths)?$/;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `screenshots/dashboards/${name}.png`, fullPage: true });

test("overview → heatmap → team → hotspot, then a shared link shows the same view", async ({ page, context }) => {
  // Six pages, three axe scans and a second browser page: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const heatmap = page.getByRole("region", { name: "Debt by team and category" });
  await expect(heatmap).toBeVisible();
  await expect(page.getByRole("heading", { name: "Top hotspots" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stale assessments" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Organisation debt over time" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shot(page, "overview");
  await expectNoAxeViolations(page);

  // A cell of the Ranking row with some debt: its accessible name says team, category and ratio.
  const cell = heatmap.getByRole("link", { name: /^Ranking, .+: [1-9][\d.]*\s%\sdebt ratio/ }).first();
  const cellName = (await cell.getAttribute("aria-label")) ?? "";
  const category = await cell.getAttribute("href");
  expect(category).toMatch(/^\/teams\/team-ranking\/why\?category=[a-z-]+$/);
  await cell.click();
  // The cell opens the failing items behind it; from there, the team ranked by that category.
  const categoryName = cellName.replace(/^Ranking, /, "").replace(/: .*$/, "");
  await expect(page).toHaveURL(/\/teams\/team-ranking\/why\?category=/);
  await expect(page.getByRole("heading", { name: `Debt in ${categoryName}` })).toBeVisible();
  await page.getByRole("link", { name: `The team's hotspots in ${categoryName}` }).click();
  await expect(page).toHaveURL(/\/teams\/team-ranking\?category=/);
  await expect(page.getByRole("heading", { level: 1, name: "Ranking" })).toBeVisible();
  // The team's hotspots are ranked by the category the cell was.
  await expect(page.getByRole("heading", { name: `Hotspots in ${categoryName}` })).toBeVisible();

  const hotspots = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Hotspot score" }) });
  await expect(hotspots).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shot(page, "team");
  await expectNoAxeViolations(page);

  const top = hotspots.getByRole("row").nth(1).getByRole("link").first();
  const entityName = ((await top.textContent()) ?? "").trim();
  expect(entityName).not.toBe("");
  await top.click();
  await expect(page.getByRole("heading", { level: 1, name: entityName })).toBeVisible();
  await shot(page, "hotspot-entity");

  // Back on the team page: a longer range and the entities sorted by principal.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Ranking" })).toBeVisible();
  await page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: TWO_YEARS }).click();
  await expect(page).toHaveURL(/range=24m/);
  await expect(page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: TWO_YEARS })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await entityTable(page)
    .getByRole("columnheader", { name: /Principal/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=principal/);
  await expect(page).toHaveURL(/range=24m/);
  await expect(entityTable(page).getByRole("columnheader", { name: /Principal/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const firstRows = await entityNames(page);

  // The link pasted in a meeting: a new page shows the same range, sort and rows.
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.getByRole("heading", { level: 1, name: "Ranking" })).toBeVisible();
  await expect(other.getByRole("navigation", { name: "Range" }).getByRole("link", { name: TWO_YEARS })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(entityTable(other).getByRole("columnheader", { name: /Principal/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  expect(await entityNames(other)).toEqual(firstRows);
  await other.close();
});

test("hotspots: ranked, filtered through the URL, mapped by category, accessible", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/hotspots");
  await expect(page.getByRole("heading", { level: 1, name: "Hotspots" })).toBeVisible();
  await expect(page.getByText("Preliminary")).toHaveCount(0);
  const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Hotspot score" }) });
  // One page of the ranking: 20 rows and a header.
  await expect(table.getByRole("row")).toHaveCount(21);
  await expect(page.getByRole("region", { name: /Debt by category, top 10 hotspots/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shot(page, "hotspots");
  await expectNoAxeViolations(page);

  // The next page continues the ranking at 21, from its own URL.
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/hotspots\?page=2$/);
  await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("21");

  // A filter starts the ranking over at its first page.
  await page.getByRole("combobox", { name: "Kind" }).selectOption("models");
  await expect(page).toHaveURL(/\/hotspots\?.*kind=models/);
  await expect(page).not.toHaveURL(/page=2/);
  // The filtered table streams in after the URL changes; under load that took over 5 s.
  await expect(table.getByRole("row").nth(1)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("combobox", { name: "Lifecycle" }).selectOption("production");
  await expect(page).toHaveURL(/lifecycle=production/);
  await expect(page).toHaveURL(/kind=models/);
  // The filtered view, reloaded from its URL, keeps its filters.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("models");
  await expect(page.getByRole("combobox", { name: "Lifecycle" })).toHaveValue("production");
  await shot(page, "hotspots-filtered");

  // The heatmap has a table view with the same numbers.
  await page
    .getByRole("group", { name: /Debt by category, top 10 hotspots: show as/ })
    .getByRole("button", { name: /table/ })
    .click();
  await expect(page.getByRole("region", { name: /debt ratio by entity and category/ })).toBeVisible();
});

const entityTable = (page: Page) =>
  page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: /Open findings/ }) });

async function entityNames(page: Page): Promise<string[]> {
  const table = entityTable(page);
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  return (await table.getByRole("row").locator("td:first-child").allTextContents()).map((s) => s.trim());
}

test("an unknown team or entity answers 404 with the not-found page", async ({ page }) => {
  for (const path of [
    "/teams/no-such-team-anywhere",
    "/teams/no-such-team-anywhere/graph",
    "/catalog/models/no-such-model",
    "/catalog/features/no%25such",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Nothing here")).toBeVisible();
  }
  // A real one still renders.
  expect((await page.goto("/teams/team-ranking"))?.status()).toBe(200);
});
