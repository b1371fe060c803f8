// Findings into the lineage graph: a correction cascade and a feedback loop opened from the
// findings list, with their members highlighted in the graph; then a finding of the maintainer's
// team accepted with a written justification, seen under "accepted", and reopened. Runs as the
// demo maintainer (Ranking), the ui project's default storage state.
import { expect, test, type Page } from "@playwright/test";

async function openInLineage(page: Page, list: string, titleText: RegExp) {
  await page.goto(list);
  const item = page
    .locator("li[data-finding]")
    .filter({ has: page.getByRole("heading", { name: titleText }) })
    .first();
  await expect(item).toBeVisible();
  await item.getByRole("link", { name: "View in lineage" }).click();
  await expect(page).toHaveURL(/\/lineage\?hops=\d&finding=/);
  // A 150-entity graph page: give its server render time on a busy machine.
  await expect(page.getByTestId("focused-finding")).toContainText(titleText, { timeout: 15_000 });
  return page.getByTestId("lineage-graph");
}

test("a cascade and a loop from the findings list, highlighted in the lineage graph", async ({ page }) => {
  test.setTimeout(90_000);
  // The overview's card opens the list filtered to a kind.
  await page.goto("/");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Open findings" }) });
  await card.getByRole("link", { name: /Feedback loop/ }).click();
  await expect(page).toHaveURL(/\/findings\?kind=feedback-loop&team=all$/);
  await expect(
    page.getByRole("navigation", { name: "Finding kind" }).getByRole("link", { name: /Feedback loop/ }),
  ).toHaveAttribute("aria-current", "page");

  const cascade = await openInLineage(
    page,
    "/findings?kind=correction-cascade&team=team-ranking",
    /Correction cascade: ctr-predictor-v3 → feed-ranker-v4/,
  );
  for (const name of ["ctr-predictor-v3", "ctr-predictor-v3-score", "feed-ranker-v4"]) {
    const node = cascade.locator(`[data-entity="${name}"]`);
    await expect(node).toBeVisible();
    await expect(node).toHaveAttribute("data-focus", "true");
    await expect(node).toHaveAttribute("data-highlight", /cascade|both/);
  }

  const loop = await openInLineage(page, "/findings?kind=feedback-loop&team=team-ranking", /home-feed-service/);
  const members = loop.locator(
    '[data-highlight="cycle"][data-focus="true"], [data-highlight="both"][data-focus="true"]',
  );
  expect(await members.count()).toBeGreaterThanOrEqual(4);
  for (const name of ["feed-ranker-v4", "home-feed-service", "events.feed_impressions", "user-feed-impressions-7d"]) {
    await expect(loop.locator(`[data-entity="${name}"][data-focus="true"]`)).toBeVisible();
  }

  // Clicking a node moves to that entity's own lineage.
  await loop.locator('[data-entity="home-feed-service"]').click();
  await expect(page).toHaveURL(/\/catalog\/consumers\/home-feed-service\/lineage/);
  await expect(page.getByRole("heading", { level: 1, name: "home-feed-service" })).toBeVisible();
});

test("accept a finding of my team with a justification, then reopen it", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/findings?kind=underutilized-feature&team=team-ranking");
  const item = page.locator("li[data-finding]").first();
  const title = (await item.getAttribute("aria-label")) ?? "";
  expect(title).not.toBe("");
  const justification = `Kept for the winter experiment; delete after it ends (e2e ${Date.now().toString(36)}).`;

  await item.getByRole("button", { name: `Accept ${title}` }).click();
  const form = item.getByRole("form", { name: `Accept ${title}` });
  await form.getByLabel("Why is this acceptable?").fill(justification);
  await form.getByRole("button", { name: "Accept finding" }).click();
  await expect(page.locator(`li[aria-label="${title}"]`)).toHaveCount(0);

  await page.goto("/findings?kind=underutilized-feature&team=team-ranking&status=accepted");
  const accepted = page.locator(`li[aria-label="${title}"]`);
  await expect(accepted).toContainText("Accepted");
  await expect(accepted).toContainText(justification);
  await expect(accepted).toContainText("Accepted by Morgan Maintainer");

  await accepted.getByRole("button", { name: `Reopen ${title}` }).click();
  await expect(accepted).toHaveCount(0);
  await page.goto("/findings?kind=underutilized-feature&team=team-ranking");
  await expect(page.locator(`li[aria-label="${title}"]`)).toBeVisible();
});
