// The whole app at every size and in both colour schemes: every page passes axe (WCAG 2.2 A/AA and
// best practices — heading order, 24 × 24 px targets — nothing of impact moderate or worse) in
// light and in dark; dark mode follows prefers-color-scheme; at 390 × 844 the navigation
// collapses behind a menu button, no page scrolls sideways, titles and cards stay inside the
// screen and wide tables scroll inside their card. Screenshots of the overview, team and
// checklist pages (projector, phone; light, dark) go to the run's output directory to be looked
// at (TEST_OUT_DIR, see playwright.config.ts).
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { APP_PAGES, openAppPage } from "./support/pages";

const PHONE = { width: 390, height: 844 };
const PROJECTOR = { width: 1280, height: 720 };
const SCHEMES = ["light", "dark"] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** Elements (by description) that stick out of the viewport's width: the page would scroll sideways. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const width = document.documentElement.clientWidth;
    return elements
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} “${(e.textContent ?? "").trim().slice(0, 40)}” ${e.getBoundingClientRect().right}px`,
      );
  });
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme, storageState: authFile("admin") });
    for (const target of APP_PAGES) {
      test(`${target.name} passes axe`, async ({ page }) => {
        // axe over the biggest pages (overview, hotspots) takes over 30 s on a busy 2-core machine.
        test.setTimeout(60_000);
        await openAppPage(page, target);
        // Dark mode follows the system: the page's background is dark exactly when asked.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
        const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        if (scheme === "dark") expect(luminance, background).toBeLessThan(0.2);
        else expect(luminance, background).toBeGreaterThan(0.9);
        await expectNoAxeViolations(page);
      });
    }

    test(`screenshots at 1280×720 (${scheme})`, async ({ page }) => {
      await page.setViewportSize(PROJECTOR);
      for (const target of APP_PAGES.filter((p) => ["overview", "team", "entity checklist"].includes(p.name))) {
        await openAppPage(page, target);
        await shot(page, `${target.name.replace(/ /g, "-")}-1280-${scheme}`);
      }
    });
  });
}

test.describe("on a phone, 390 × 844", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("the navigation collapses behind a menu button and opens as a drawer", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    const menu = page.getByRole("button", { name: "Open navigation" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: "Close navigation" })).toHaveAttribute("aria-expanded", "true");
    await nav.getByRole("link", { name: "Teams", exact: true }).click();
    await expect(page).toHaveURL(/\/teams$/);
    await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
    // Following a link closes the drawer; so does Escape.
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(nav).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
  });

  for (const target of APP_PAGES) {
    test(`${target.name}: nothing clipped, nothing scrolls sideways`, async ({ page }) => {
      await openAppPage(page, target);
      const { scroll, culprits } = await page.evaluate(() => {
        // What sticks out: each element wider than the screen whose parent still fits.
        const width = document.documentElement.clientWidth;
        const out = (e: Element | null) => e !== null && e.getBoundingClientRect().right > width + 1;
        // Inside a box that clips or scrolls sideways, sticking out moves nothing, unless the element
        // is positioned outside that box's reach (an absolute sr-only label under a static scroller).
        const contained = (e: Element) => {
          if (["absolute", "fixed"].includes(getComputedStyle(e).position)) return false;
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== "visible") return true;
          return false;
        };
        const culprits = [...document.querySelectorAll("body *")]
          .filter(
            (e) => out(e) && !contained(e) && (!out(e.parentElement) || getComputedStyle(e).position !== "static"),
          )
          .slice(0, 8)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 4).join(".")} “${(e.textContent ?? "").trim().slice(0, 30)}”`,
          );
        return { scroll: document.documentElement.scrollWidth, culprits };
      });
      expect(scroll, `the page scrolls sideways: ${culprits.join("; ")}`).toBeLessThanOrEqual(PHONE.width);
      expect(await overflowing(page, "main h1, main h2, main section")).toEqual([]);
      // A wide table keeps its width and scrolls inside its card (Table's overflow-x-auto box).
      const tables = await page.locator("main table").evaluateAll((all) =>
        all.map((t) => {
          const scroller = t.parentElement;
          return {
            fits: t.getBoundingClientRect().width <= document.documentElement.clientWidth,
            scrolls: scroller !== null && ["auto", "scroll"].includes(getComputedStyle(scroller).overflowX),
          };
        }),
      );
      for (const t of tables)
        expect(t.fits || t.scrolls, "a table wider than the screen scrolls in its card").toBe(true);
      if (target.name === "overview" || target.name === "team") {
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await shot(page, `${target.name}-phone-${scheme}`);
        }
      }
    });
  }
});

test("the team's entities table fits its card on a desktop", async ({ page }) => {
  for (const viewport of [{ width: 1440, height: 900 }, PROJECTOR]) {
    await page.setViewportSize(viewport);
    await page.goto("/teams/team-ranking");
    const table = page
      .getByRole("table")
      .filter({ has: page.getByRole("columnheader", { name: /Principal/ }) })
      .last();
    await expect(table).toBeVisible();
    const fit = await table.evaluate((t) => {
      const card = t.closest("section")!;
      return { table: t.getBoundingClientRect().right, card: card.getBoundingClientRect().right };
    });
    expect(fit.table, `at ${viewport.width} px`).toBeLessThanOrEqual(fit.card);
  }
});

test("the pay-down chart draws principal and pay-down as two plots, one scale each", async ({ page }) => {
  await page.goto("/action-items?team=team-ranking");
  const plots = page.getByTestId("paydown-plots").getByRole("img");
  await expect(plots).toHaveCount(2);
  for (const plot of await plots.all()) {
    // Recharts 3 draws an axis in layers: its tick labels are one group per y axis.
    const yTickLabels = plot.locator(".recharts-yAxis-tick-labels");
    await expect(yTickLabels.first()).toBeVisible();
    expect(await yTickLabels.count(), "y axes on one plot").toBe(1);
  }
});

test("hotspots offer a treemap beside the table: area = principal, colour = rating, grouped by team", async ({
  page,
}) => {
  await page.goto("/hotspots");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Principal by team and entity" }) });
  const leaves = card.locator("[data-treemap-leaf]");
  await expect(leaves.first()).toBeVisible();
  const fills = await leaves.evaluateAll((all) => all.map((g) => g.querySelector("rect")?.getAttribute("fill") ?? ""));
  expect(fills.length).toBeGreaterThan(3);
  for (const fill of fills) expect(fill).toMatch(/^var\(--rating-([a-e]|none)\)$/);
  // Grouped by team: the tiles' tooltips name their team, and more than one team shows.
  const teams = await leaves.evaluateAll((all) =>
    all.map((g) => /\(([^)]+)\):/.exec(g.querySelector("title")?.textContent ?? "")?.[1] ?? ""),
  );
  expect(new Set(teams).size).toBeGreaterThan(1);
  await page.screenshot({ path: test.info().outputPath("hotspots-treemap.png"), fullPage: true });
  await card.getByRole("button", { name: "View as table" }).click();
  await expect(card.getByRole("table")).toBeVisible();
  expect(await card.getByRole("table").getByRole("row").count()).toBe(fills.length + 1);
});

test("a lineage graph opens at a readable zoom with nodes coloured by rating", async ({ page }) => {
  await page.goto("/teams/team-ranking/graph");
  const graph = page.getByTestId("lineage-graph");
  await expect(graph.locator("[data-entity]").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const zoom = await graph
    .locator(".react-flow__viewport")
    .evaluate((v) => new DOMMatrixReadOnly(getComputedStyle(v).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.79);
  const nodes = await graph.locator("[data-rating]").evaluateAll((all) =>
    all.map((n) => {
      const rating = n.getAttribute("data-rating") ?? "none";
      const probe = document.createElement("div");
      probe.style.background = `var(--rating-${rating.toLowerCase()})`;
      document.body.append(probe);
      const expected = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { rating, background: getComputedStyle(n).backgroundColor, expected };
    }),
  );
  const rated = nodes.filter((n) => n.rating !== "none");
  expect(rated.length).toBeGreaterThan(0);
  for (const n of rated) expect(n.background, `a node rated ${n.rating}`).toBe(n.expected);
  await page.screenshot({ path: test.info().outputPath("team-graph.png") });
});

test.describe("as a member", () => {
  test.use({ storageState: authFile("member") });

  test("controls a member may not use are disabled, with who may", async ({ page }) => {
    await page.goto("/teams/team-ranking");
    const edit = page.getByRole("button", { name: "Edit team" });
    await expect(edit).toBeDisabled();
    await expect(edit).toHaveAccessibleDescription("Only Ranking maintainers can edit this team.");

    await page.goto("/catalog");
    await expect(page.getByRole("button", { name: "New entity" })).toBeDisabled();
    await expect(page.getByText("Only team maintainers can add or import entities.")).toBeVisible();

    await page.goto("/action-items?team=team-ranking");
    const create = page.getByRole("button", { name: "New action item" });
    await expect(create).toBeDisabled();
    await expect(create).toHaveAccessibleDescription("Only Ranking maintainers can create action items.");

    await page.goto("/teams/team-ranking");
    const entity = page
      .getByRole("table")
      .filter({ has: page.getByRole("columnheader", { name: /Open findings/ }) })
      .getByRole("row")
      .nth(1)
      .getByRole("link")
      .first();
    await entity.click();
    const editEntity = page.getByRole("button", { name: "Edit" });
    await expect(editEntity).toBeDisabled();
    await expect(editEntity).toHaveAccessibleDescription("Only Ranking maintainers can edit this entity.");
  });
});
