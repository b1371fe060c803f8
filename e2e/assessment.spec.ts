// A maintainer fills a model's debt checklist from the keyboard, submits, sees the new rating
// and principal on the entity page, then re-assesses starting from the last answers. Runs as
// the demo maintainer (team-ranking), on models of that team.
import { expect, test, type Page } from "@playwright/test";

const scoreCard = (page: Page) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: "Debt score", exact: true }) });
const liveRating = (page: Page) => page.getByRole("complementary").getByRole("img", { name: /^Debt rating/ });

/** Answers every question with the keyboard from the first: a digit answers it, j moves on. */
async function answerAll(page: Page, keyFor: (index: number) => string) {
  const count = await page.locator("[data-item]").count();
  // The page opens on the first unanswered question (pre-filled findings come before it here).
  await page.locator("[data-item]").first().locator("input[type=radio]").first().focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(keyFor(i));
    if (i < count - 1) await page.keyboard.press("j");
  }
  return count;
}

/** Submit, then confirm in the summary (every question is answered: one "Submit"). */
async function submitAll(page: Page) {
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page
    .getByRole("dialog", { name: /Submit assessment/ })
    .getByRole("button", { name: "Submit", exact: true })
    .click();
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved");
}

test("fill a model's checklist from the keyboard, submit, re-assess from the last answers", async ({ page }) => {
  // Two full checklist passes plus the submit summary: longer than the 30 s default on a busy machine.
  test.setTimeout(90_000);
  const model = "feed-diversity-reranker";
  await page.goto(`/catalog/models/${model}`);
  const card = scoreCard(page);
  await expect(card.getByText(/From assessment #\d+/)).toBeVisible();
  const before = await card.textContent();
  const seq = Number(/From assessment #(\d+)/.exec(before ?? "")?.[1]);

  await page.getByRole("link", { name: /^(Assess|Continue draft)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/models/${model}/assess$`));
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.locator("[data-ready]").waitFor();

  // Mostly pass, every fifth fails, the third is n/a: all from the keyboard.
  const total = await answerAll(page, (i) => (i === 2 ? "4" : i % 5 === 0 ? "3" : "1"));
  // N/A is an answer too: every question is dealt with.
  await expect(page.getByTestId("progress")).toHaveText(`${total} of ${total}`);
  // Visible focus: the focused answer has an outline.
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement?.nextElementSibling ?? document.body).outlineStyle,
  );
  expect(outline).not.toBe("none");
  await waitSaved(page);
  const predicted = (await liveRating(page).textContent())?.trim();

  await submitAll(page);
  await expect(page).toHaveURL(new RegExp(`/catalog/models/${model}\\?submitted=${seq + 1}$`));
  await expect(card.getByText(`From assessment #${seq + 1}`)).toBeVisible();
  await expect(card.getByRole("img", { name: `Debt rating ${predicted}` })).toBeVisible();
  const after = await card.textContent();
  expect(after).not.toBe(before);
  expect(after).toContain("Principal");

  // Re-assess: start from the last answers, change one, submit.
  await page.getByRole("link", { name: "Assess", exact: true }).click();
  await page.getByRole("button", { name: `Start from assessment #${seq + 1}` }).click();
  await page.locator("[data-ready]").waitFor();
  await expect(page.getByTestId("progress")).toHaveText(`${total} of ${total}`);
  await page.keyboard.press("j");
  await page.keyboard.press("1");
  await waitSaved(page);
  const repredicted = (await liveRating(page).textContent())?.trim();
  await submitAll(page);
  await expect(card.getByText(`From assessment #${seq + 2}`)).toBeVisible();
  await expect(card.getByRole("img", { name: `Debt rating ${repredicted}` })).toBeVisible();

  // History keeps every submission.
  const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Debt assessments" }) });
  await expect(history.getByText(`#${seq + 2}`, { exact: true })).toBeVisible();
  await expect(history.getByText(`#${seq + 1}`, { exact: true })).toBeVisible();
  await expect(history.getByText(`#${seq}`, { exact: true })).toBeVisible();
});

test("a stale autosave from another tab is refused and says so", async ({ page, context }) => {
  const url = "/catalog/models/notification-ranker/assess";
  await page.goto(url);
  await page.getByRole("button", { name: /Start from assessment/ }).click();
  await page.locator("[data-ready]").waitFor();

  const other = await context.newPage();
  await other.goto(url);
  await other.locator("[data-ready]").waitFor();

  await page.keyboard.press("j");
  await page.keyboard.press("3");
  await waitSaved(page);

  await other.keyboard.press("j");
  await other.keyboard.press("2");
  await expect(other.getByRole("alert").filter({ hasText: "another tab" })).toBeVisible();
  await expect(other.getByTestId("save-status")).toHaveText(/Not saved/);
  await other.close();
});

test.describe("checklist administration", () => {
  test.use({ storageState: "e2e/.auth/admin.json" });

  test("an admin adds a question, edits it into a new version and retires it", async ({ page }) => {
    const question = `Does every consumer name an owner on call? ${Date.now()}`;
    await page.goto("/settings/checklist");
    const category = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Undeclared consumers", exact: true }) });
    await category.getByRole("button", { name: "Add a question" }).click();
    await category.getByLabel("Question").fill(question);
    await category.getByLabel("Guidance").fill("An owner to call is how a model change reaches the people it breaks.");
    await category.getByLabel("Models").uncheck();
    await category.getByLabel("Consumers").check();
    await category.getByRole("button", { name: "Add question" }).click();
    const row = category.getByRole("listitem").filter({ hasText: question });
    await expect(row).toContainText("v1");

    await row.getByRole("button", { name: /^Edit/ }).click();
    await category.getByLabel("Question").first().fill(`${question} (v2)`);
    await category.getByRole("button", { name: "Save as new version" }).click();
    const edited = category.getByRole("listitem").filter({ hasText: `${question} (v2)` });
    await expect(edited).toContainText("v2");

    page.once("dialog", (d) => void d.accept());
    await edited.getByRole("button", { name: /^Retire/ }).click();
    await expect(edited).toHaveCount(0);
    await category.getByText(/Retired versions/).click();
    await expect(category.getByText(`${question} (v2)`)).toBeVisible();
  });
});
