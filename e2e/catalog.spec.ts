// A maintainer of Ranking builds a bit of lineage by hand, imports more as code (dry run first),
// and finds the result with the list filters. Runs as the demo maintainer (the ui project's
// default storage state, saved by auth.setup.ts).
import { expect, test, type Page } from "@playwright/test";

const n = Date.now().toString(36);
const feature = `e2e-clicks-${n}`;
const consumer = `e2e-bidder-${n}`;
const model = `e2e-ctr-${n}`;
const imported = `e2e-imported-${n}`;

async function create(page: Page, kindSlug: string, name: string, fill?: (page: Page) => Promise<void>) {
  await page.goto(`/catalog/new?kind=${kindSlug}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await expect(page.getByLabel("Owner team")).toHaveValue("team-ranking");
  await fill?.(page);
  await page.getByRole("button", { name: /^Create / }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("create a model, link a feature and a consumer, import YAML with a dry run, find it with filters", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await create(page, "features", feature);
  await create(page, "consumers", consumer);
  await create(page, "models", model, async (p) => {
    await p.getByLabel("Lifecycle").selectOption("PRODUCTION");
    await p.getByLabel("Framework").fill("xgboost");
  });

  // Link the feature upstream and the consumer downstream from the model's page.
  const lineage = page.locator("section").filter({ has: page.getByRole("heading", { name: "Lineage" }) });
  await lineage.getByLabel("Other entity").fill(`feature:${feature}`);
  await lineage.getByRole("button", { name: "Link", exact: true }).click();
  await expect(lineage.getByText(`Linked feature:${feature} → model:${model}.`)).toBeVisible();
  await lineage.getByLabel("Direction").selectOption("downstream");
  await lineage.getByLabel("Other entity").fill(`consumer:${consumer}`);
  await lineage.getByRole("button", { name: "Link", exact: true }).click();
  await expect(lineage.getByRole("link", { name: consumer })).toBeVisible();
  await expect(lineage.getByRole("link", { name: feature })).toBeVisible();

  // A relation no data flow allows is refused next to the field.
  await lineage.getByLabel("Direction").selectOption("upstream");
  await lineage.getByLabel("Other entity").fill(`consumer:${consumer}`);
  await lineage.getByRole("button", { name: "Link", exact: true }).click();
  await expect(lineage.getByText("Data cannot flow from a consumer into a model.")).toBeVisible();

  // Unlink the consumer from its row (each side of the table is one form; the button names the
  // other end): the row goes, the feature's stays, and the typed reference is still there.
  await lineage.getByRole("button", { name: `Unlink model:${model} → consumer:${consumer}` }).click();
  await expect(lineage.getByRole("link", { name: consumer })).toHaveCount(0);
  await expect(lineage.getByRole("link", { name: feature })).toBeVisible();
  await expect(lineage.getByText("Nothing is recorded as depending on this entity.")).toBeVisible();
  await expect(lineage.getByLabel("Other entity")).toHaveValue(`consumer:${consumer}`);
  // Linked again for the import below, which expects the model's lineage as it was.
  await lineage.getByLabel("Direction").selectOption("downstream");
  await lineage.getByRole("button", { name: "Link", exact: true }).click();
  await expect(lineage.getByRole("link", { name: consumer })).toBeVisible();

  // Import a model as code: the dry run shows what would be created and writes nothing.
  await page.goto("/catalog/import");
  const yaml = `apiVersion: debtboard/v1
kind: Model
metadata: { name: ${imported}, title: Imported by e2e }
spec: { owner: team-ranking, lifecycle: production, servingMode: streaming, uses: [feature:${feature}] }
`;
  await page
    .getByLabel("YAML files")
    .setInputFiles({ name: "ranking.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml) });
  await page.getByRole("button", { name: "Preview (dry run)" }).click();
  await expect(page.getByText(/Dry run — nothing was written\. Would be: 2 created/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Dry run result" }).getByText(`model:${imported}`, { exact: true }),
  ).toBeVisible();
  await page.goto(`/catalog?kind=models&q=${imported}`);
  await expect(page.getByText(`No models match`)).toBeVisible();

  await page.goto("/catalog/import");
  await page
    .getByLabel("YAML files")
    .setInputFiles({ name: "ranking.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/^Imported: 2 created/)).toBeVisible();

  // Find it with the list filters: search, lifecycle, serving mode.
  await page.goto("/catalog?kind=models");
  await page.getByRole("searchbox").fill("e2e-");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=e2e-/);
  await page.getByLabel("Lifecycle").selectOption("production");
  await expect(page).toHaveURL(/lifecycle=production/);
  await page.getByLabel("Serving").selectOption("streaming");
  await expect(page).toHaveURL(/detail=streaming/);
  const rows = page.getByRole("table").getByRole("link", { name: imported });
  await expect(rows).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: model })).toHaveCount(0);
  await rows.click();
  await expect(page.getByRole("heading", { level: 1, name: imported })).toBeVisible();
  await expect(page.getByRole("link", { name: feature })).toBeVisible();
});

test("an entity page lists its latest assessments and, on request, its whole history", async ({ page }) => {
  await page.goto("/catalog/models/ctr-predictor-v3");
  const history = page.locator("#assessments");
  const rows = history.getByRole("row");
  await expect(rows).toHaveCount(1 + 5); // the header and the latest five
  await expect(history.getByText("Showing the latest 5.")).toBeVisible();
  await history.getByRole("link", { name: "Show all assessments" }).click();
  await expect(page).toHaveURL(/[?&]history=all/);
  const all = await rows.count();
  expect(all).toBeGreaterThan(1 + 5);
  // The count it states is the rows it shows; the newest (#N) and the first (#1) are both listed.
  await expect(history.getByText(`Showing all ${all - 1}.`)).toBeVisible();
  await expect(history.getByRole("link", { name: /^Open assessment #1,/ })).toBeVisible();
  await history.getByRole("link", { name: "Show the latest 5" }).click();
  await expect(page).not.toHaveURL(/history=all/);
  await expect(rows).toHaveCount(1 + 5);
});
