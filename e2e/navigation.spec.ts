// The walking skeleton: every section of the navigation is a real page over the demo data.
import { expect, test } from "@playwright/test";

const SECTIONS = [
  { link: "Overview", path: "/", heading: "Overview" },
  { link: "Teams", path: "/teams", heading: "Teams" },
  { link: "Catalog", path: "/catalog", heading: "Catalog" },
  { link: "Hotspots", path: "/hotspots", heading: "Hotspots" },
  { link: "Review", path: "/review", heading: "Review" },
] as const;

test("each section of the navigation opens a page with demo data", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation").first();
  for (const section of SECTIONS) {
    await nav.getByRole("link", { name: section.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${section.path === "/" ? "/$" : section.path}`));
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${section.link.toLowerCase()}.png`, fullPage: true });
  }
});

test("the overview lists the demo teams and links into a team page", async ({ page }) => {
  await page.goto("/");
  const teams = page.getByRole("table", { name: /^Debt by team and category/ });
  await expect(teams).toBeVisible();
  await teams.getByRole("link", { name: "Ranking", exact: true }).click();
  await expect(page).toHaveURL(/\/teams\/team-ranking$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ranking" })).toBeVisible();
});

test("the catalog pages through features on the server and opens an entity", async ({ page }) => {
  await page.goto("/catalog?kind=features");
  await expect(page.getByRole("heading", { level: 1, name: "Catalog" })).toBeVisible();
  const rows = page.getByRole("table").first().getByRole("row");
  // 25 per page plus the header: the page never renders the whole table.
  await expect(rows).toHaveCount(26);
  const first = rows.nth(1).getByRole("link").first();
  const name = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lineage" }).first()).toBeVisible();
});
