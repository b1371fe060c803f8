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
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, "the page scrolls sideways").toBeLessThanOrEqual(PHONE.width);
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
