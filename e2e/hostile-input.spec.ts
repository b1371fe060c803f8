// Names, titles, descriptions and notes that carry markup render as text. A team token made in
// the UI creates (over the API) a model and a feature whose titles and descriptions hold
// <script> and <img onerror> payloads, declares the relation between them and submits an
// assessment whose note holds a payload too; then the catalogue, entity, lineage-bearing and
// findings pages must show the payloads literally, with no dialog opened, no payload element
// in the DOM and no payload code run (each handler would set window.__xss).
import { expect, request, test, type Page } from "@playwright/test";

const n = Date.now().toString(36);
const SCRIPT = `<script>window.__xss=1;alert(1)</script>`;
const IMG = `<img src=x onerror="window.__xss=1;alert(1)">`;
const SVG = `<svg onload="window.__xss=1">`;
const MODEL = `xss-model-${n}`;
const FEATURE = `xss-feature-${n}`;

async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs, "no dialog opened").toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    "no payload code ran",
  ).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload], script:text-matches("__xss")').count(),
    "no payload element in the DOM",
  ).toBe(0);
}

test("markup in titles, descriptions and notes renders as text", async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(`e2e hostile ${n}`);
  await page.getByLabel("Acts as").selectOption({ label: "Ranking (team token, as a maintainer)" });
  await page.getByRole("checkbox", { name: /catalog:write/ }).check();
  await page.getByRole("checkbox", { name: /assessment:submit/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())?.trim() ?? "";

  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  try {
    const feature = await api.post("/api/v1/entities", {
      data: {
        kind: "FEATURE",
        name: FEATURE,
        team: "team-ranking",
        title: `Feature ${IMG}`,
        description: `Reads ${SVG} and ${SCRIPT}`,
      },
    });
    expect(feature.status(), await feature.text()).toBe(201);
    const model = await api.post("/api/v1/entities", {
      data: {
        kind: "MODEL",
        name: MODEL,
        team: "team-ranking",
        title: `Model ${SCRIPT}`,
        description: `Scores ${IMG} & "quotes" 'too' </div>`,
        model: { framework: `torch ${SVG}` },
      },
    });
    expect(model.status(), await model.text()).toBe(201);
    expect(
      (await api.post("/api/v1/relations", { data: { from: `feature:${FEATURE}`, to: `model:${MODEL}` } })).status(),
    ).toBe(201);
    const items = (await (await api.get(`/api/v1/entities/models/${MODEL}/assessments`)).json()) as {
      items: { key: string }[];
    };
    const submitted = await api.post(`/api/v1/entities/models/${MODEL}/assessments`, {
      data: {
        answers: [{ itemKey: items.items[0]?.key, value: "FAIL", note: `Broken: ${SCRIPT} ${IMG}` }],
        basedOnSeq: null,
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
  } finally {
    await api.dispose();
  }

  // The catalogue list shows the title under the name.
  await page.goto(`/catalog?kind=MODEL&q=${MODEL}`);
  await expect(page.getByText(`Model ${SCRIPT}`).first()).toBeVisible();
  await page.screenshot({ path: "screenshots/stress/hostile-catalog.png", fullPage: true });
  await expectInert(page, dialogs);

  // The entity page: title, description, framework, the related feature's title.
  await page.goto(`/catalog/models/${MODEL}`);
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(`Scores ${IMG}`, { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: "screenshots/stress/hostile-entity.png", fullPage: true });
  await expectInert(page, dialogs);

  await page.goto(`/catalog/features/${FEATURE}`);
  await expect(page.getByText(`Feature ${IMG}`, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(`Reads ${SVG}`, { exact: false }).first()).toBeVisible();
  await expectInert(page, dialogs);

  // Findings list entities by name and title; whatever shows there must be inert too.
  await page.goto("/findings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: "screenshots/stress/hostile-findings.png", fullPage: true });
  await expectInert(page, dialogs);

  // The submitted assessment's note, where the app shows answers (the checklist page starts from it).
  await page.goto(`/catalog/models/${MODEL}/assess`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectInert(page, dialogs);
});
