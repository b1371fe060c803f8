// The dbt connector over HTTP and on the page: the Ranking maintainer makes a team token, posts a
// dbt manifest.json (e2e/fixtures/dbt-manifest.json: `dbt parse` of test/connectors/dbt/project
// with macros, docs and compiled SQL dropped and its owners renamed to the demo's team-ranking) to
// POST /api/v1/connectors/dbt/runs, and the data source's page shows its pipeline signals, each
// with what it counts and the dbt nodes behind it. Screenshots go to screenshots/dbt/ (gitignored).
import { readFileSync } from "node:fs";
import { expect, request, test } from "@playwright/test";

const shots = "screenshots/dbt";

test("a dbt manifest posted to the API, its signals on the data source's page", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(`e2e dbt ${Date.now()}`);
  await page.getByLabel("Acts as").selectOption({ label: "Ranking (team token, as a maintainer)" });
  await page.getByRole("checkbox", { name: /catalog:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())?.trim() ?? "";

  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  try {
    const manifest = readFileSync("e2e/fixtures/dbt-manifest.json", "utf8");
    const res = await api.post("/api/v1/connectors/dbt/runs", {
      data: manifest,
      headers: { "Content-Type": "application/json", "X-File-Name": "manifest.json" },
    });
    expect(res.status()).toBe(200);
    const report = (await res.json()) as { applied: boolean; errors: string[]; skipped: string[] };
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.skipped.join("\n")).toContain("model.shop_ml.scratch_margins): not imported");
  } finally {
    await api.dispose();
  }

  await page.goto("/catalog/data-sources/shop_ml.customer_features");
  const card = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Pipeline (dbt)" }) })
    .last();
  await expect(card).toBeVisible();
  await expect(card).toContainText(
    "2 transformations lie between raw data and this table on its longest chain (the deepest imported from the project is 3).",
  );
  await expect(card).toContainText("It selects from 4 nodes directly");
  await expect(card.getByRole("link", { name: "shop_ml.stg_orders" })).toBeVisible();
  await expect(card).toContainText("2 exposures read it, directly or not");
  // The number's nodes lead to their pages.
  await card.getByRole("link", { name: "shop_ml.stg_churn_scores" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "shop_ml.stg_churn_scores" })).toBeVisible();
  await expect(page.getByText("Source from source").first()).toBeVisible();

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [label, width, height] of [
      ["desktop", 1440, 900],
      ["projector", 1280, 720],
      ["phone", 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto("/catalog/data-sources/shop_ml.customer_features");
      await expect(page.getByRole("heading", { name: "Pipeline (dbt)" })).toBeVisible();
      await page.screenshot({ path: `${shots}/customer-features-${label}-${scheme}.png`, fullPage: true });
    }
  }
  await page.goto("/catalog/data-sources/shop_ml.raw.orders");
  await expect(page.getByRole("heading", { name: "Pipeline (dbt)" })).toBeVisible();
  await page.screenshot({ path: `${shots}/raw-orders-desktop-dark.png`, fullPage: true });
});
