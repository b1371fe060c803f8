// Every page naming something that does not exist answers 404 (not 200 with the not-found page
// inside), and the not-found page says so in its h1. The request gate decides before anything
// streams (proxy.ts, lib/server/http/page-subject-exists.ts).
import { expect, test } from "@playwright/test";

const MISSING = [
  "/review/no-such-review",
  "/review/no-such-review/present?s=2",
  "/review/no-such-review/print",
  "/catalog/no-such-kind/x",
  "/catalog/no-such-kind/x/lineage",
  "/catalog/features/no-such-feature/assess",
  "/action-items/no-such-item",
  "/action-items/no-such-item/edit",
];

test("unknown reviews, kinds and action items answer 404 with a not-found page that has an h1", async ({ page }) => {
  // Eleven page loads, several of them first renders of their route on a cold server.
  test.setTimeout(90_000);
  for (const path of MISSING) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Nothing here" }), path).toBeVisible();
  }
  // The ML Test Score is for models only: a feature's asks for a page that does not exist.
  await page.goto("/catalog?kind=features");
  const feature = (
    await page.getByRole("table").first().getByRole("row").nth(1).getByRole("link").first().textContent()
  )
    ?.trim()
    .toString();
  expect(feature).toBeTruthy();
  const mlTestScore = await page.goto(`/catalog/features/${encodeURIComponent(feature ?? "")}/assess/ml-test-score`);
  expect(mlTestScore?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Nothing here" })).toBeVisible();
  // A real review still opens.
  await page.goto("/review");
  await page
    .getByRole("link", { name: /^Ranking debt review, / })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Ranking debt review, / })).toBeVisible();
  expect((await page.goto(page.url()))?.status()).toBe(200);
});
