// A member's draft reaches the score: the member (who may draft but not submit) marks it ready
// for review, the team's maintainer opens it from the entity page, changes an answer, and
// submits it; the history then names both the author and the submitter.
import { expect, test, type Page } from "@playwright/test";
import { authFile, demoUser } from "./support/auth";

test.use({ storageState: authFile("member") });

const model = "story-ranker-v2";
const items = (page: Page) => page.locator("[data-item]");
const answer = (page: Page, index: number, label: string) =>
  items(page).nth(index).locator("label").filter({ hasText: label }).click();
const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText("All changes saved");

test("a member marks a draft ready for review; a maintainer changes and submits it with both names recorded", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const member = demoUser("member");
  const maintainer = demoUser("maintainer");

  await page.goto(`/catalog/models/${model}/assess`);
  await page.getByRole("button", { name: /^Start (blank|the assessment)$/ }).click();
  await page.locator("[data-ready]").waitFor();
  await answer(page, 0, "Fail");
  await answer(page, 1, "Partial");
  await answer(page, 2, "Pass");
  await saved(page);
  const progress = (await page.getByTestId("progress").textContent()) ?? "";
  // A member cannot submit; the draft goes to the maintainers instead.
  await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mark ready for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ready for review" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw from review" })).toBeVisible();

  const other = await browser.newContext({
    storageState: authFile("maintainer"),
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1440, height: 900 },
  });
  const lead = await other.newPage();
  await lead.goto(`/catalog/models/${model}`);
  const history = lead.locator("section").filter({ has: lead.getByRole("heading", { name: "Debt assessments" }) });
  await expect(history.getByText("Ready for review")).toBeVisible();
  await lead.getByRole("link", { name: `Review ${member.name}’s draft` }).click();
  await expect(lead).toHaveURL(new RegExp(`/catalog/models/${model}/assess\\?draft=`));
  await lead.locator("[data-ready]").waitFor();
  await expect(lead.getByText(`${member.name}’s draft, ready for review`)).toBeVisible();
  await expect(lead.getByTestId("progress")).toHaveText(progress);
  await expect(items(lead).nth(0).locator("input:checked")).toHaveValue("FAIL");
  // The maintainer changes one answer, then submits.
  await answer(lead, 1, "Fail");
  await saved(lead);
  await lead.getByRole("button", { name: "Submit assessment" }).click();
  const dialog = lead.getByRole("dialog", { name: /Submit assessment/ });
  await expect(dialog).toContainText(member.name);
  await dialog.getByRole("button", { name: /^Submit/ }).click();
  await expect(lead).toHaveURL(new RegExp(`/catalog/models/${model}\\?submitted=\\d+$`));
  const seq = /submitted=(\d+)/.exec(lead.url())?.[1];
  const row = history.getByRole("row").filter({ hasText: `#${seq}` });
  await expect(row).toContainText(member.name);
  await expect(row).toContainText(`submitted by ${maintainer.name}`);
  await lead.screenshot({ path: "screenshots/checklist/handoff-history.png" });
  await other.close();

  // The member's draft became that assessment: they start afresh next time.
  await page.goto(`/catalog/models/${model}`);
  await expect(page.getByRole("link", { name: "Assess", exact: true })).toBeVisible();
});
