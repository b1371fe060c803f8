// An admin runs a connector from Settings → Connectors: a dry run of a catalogue file shows what
// would change and writes nothing, the import writes it, the run appears in the run list and its
// page shows the report; the file stays chosen between the two. Screenshots of the page at
// desktop, projector and phone sizes, light and dark, go to screenshots/connectors/ (gitignored).
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test.use({ storageState: authFile("admin") });

const shots = "screenshots/connectors";
const n = Date.now().toString(36);
const yaml = `apiVersion: debtboard/v1
kind: DataSource
metadata: { name: e2e-conn-${n}, title: Connector e2e }
spec: { owner: team-ranking, system: BigQuery }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: e2e-system-${n} }
spec: { owner: team-ranking }
`;

function catalogCard(page: Page) {
  return page.getByRole("form", { name: "Run Catalogue files" });
}

test("dry run, import and the run's record from the settings page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/settings/connectors");
  await expect(page.getByRole("heading", { level: 2, name: "Feast" })).toBeVisible();
  const form = catalogCard(page);
  await form
    .getByLabel("YAML file")
    .setInputFiles({ name: "catalog.yaml", mimeType: "application/yaml", buffer: Buffer.from(yaml) });
  await form.getByRole("button", { name: "Dry run" }).click();
  const result = page.getByRole("region", { name: "Catalogue files: dry run result" });
  await expect(result.getByText(`source:e2e-conn-${n}`)).toBeVisible();
  await expect(result.getByText(/e2e-system-.*System/)).toBeVisible();
  await expect(page.getByText(/Dry run — nothing was written\. Would be: 1 created/)).toBeVisible();

  // The file is still chosen: the real run needs no second upload.
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Done: 1 created, 0 changed/)).toBeVisible();
  await page.getByRole("link", { name: "Open this run's record" }).click();
  await expect(page.getByRole("heading", { name: "Catalogue files run Applied" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What the run did" }).getByText(`source:e2e-conn-${n}`)).toBeVisible();
  await page.screenshot({ path: `${shots}/run-desktop-light.png`, fullPage: true });
  // The run's page (admins only, so outside the all-pages sweep): axe, and nothing wider than a phone.
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: `${shots}/run-phone-light.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The run list, filtered to the connector, shows it first.
  await page.goto("/settings/connectors?connector=catalog-files");
  await expect(page.getByRole("link", { name: "Catalogue files", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Applied");
  await expect(firstRow).toContainText("Settings page");
});

for (const scheme of ["light", "dark"] as const) {
  test(`connectors page screenshots (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [label, size] of [
      ["desktop", { width: 1440, height: 900 }],
      ["projector", { width: 1280, height: 720 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto("/settings/connectors");
      await expect(page.getByRole("heading", { level: 2, name: "Runs" })).toBeVisible();
      await page.screenshot({ path: `${shots}/connectors-${label}-${scheme}.png`, fullPage: true });
    }
  });
}
