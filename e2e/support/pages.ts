// Every page of the app, for the specs that sweep them all (e2e/everywhere.spec.ts): a fixed path,
// or one found by following the first matching link from a list page, so the sweep follows the
// demo data instead of hard-coding ids.
import { expect, type Page } from "@playwright/test";

export interface AppPage {
  name: string;
  path: string | ((page: Page) => Promise<string>);
}

/** The href of the first link in `from` whose href matches `pattern`. */
export function firstLink(from: string, pattern: RegExp): (page: Page) => Promise<string> {
  return async (page) => {
    await page.goto(from);
    // Lists stream in after the page's header (Suspense): wait for a matching link to arrive.
    let href: string | undefined;
    await expect
      .poll(
        async () => {
          const hrefs = await page
            .locator("main a[href]")
            .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
          href = hrefs.find((h): h is string => h !== null && pattern.test(h));
          return href;
        },
        { message: `a link matching ${pattern} on ${from}`, timeout: 20_000 },
      )
      .toBeDefined();
    return href!;
  };
}

const anEntity = firstLink("/catalog?kind=models", /^\/catalog\/models\/[^/?]+$/);
const aReview = firstLink("/review", /^\/review\/[^/?]+$/);
const anActionItem = firstLink("/action-items", /^\/action-items\/(?!new$|export)[^/?]+$/);
const then = (base: (page: Page) => Promise<string>, suffix: string) => async (page: Page) =>
  `${await base(page)}${suffix}`;

export const APP_PAGES: readonly AppPage[] = [
  { name: "overview", path: "/" },
  { name: "teams", path: "/teams" },
  { name: "team", path: "/teams/team-ranking" },
  { name: "team edit", path: "/teams/team-ranking/edit" },
  { name: "team graph", path: "/teams/team-ranking/graph" },
  { name: "gates", path: "/gates" },
  { name: "team gates", path: "/gates?team=team-ranking" },
  { name: "catalog", path: "/catalog" },
  { name: "catalog new", path: "/catalog/new" },
  { name: "catalog import", path: "/catalog/import" },
  { name: "entity", path: anEntity },
  { name: "entity edit", path: then(anEntity, "/edit") },
  { name: "entity checklist", path: then(anEntity, "/assess") },
  { name: "entity ML Test Score", path: then(anEntity, "/assess/ml-test-score") },
  { name: "entity lineage", path: then(anEntity, "/lineage") },
  { name: "entity impact", path: then(anEntity, "/impact") },
  { name: "findings", path: "/findings" },
  { name: "hotspots", path: "/hotspots" },
  { name: "trends", path: "/trends" },
  { name: "reviews", path: "/review" },
  { name: "review", path: aReview },
  { name: "review print", path: then(aReview, "/print") },
  { name: "action items", path: "/action-items" },
  { name: "action item new", path: "/action-items/new" },
  { name: "action item", path: anActionItem },
  { name: "action item edit", path: then(anActionItem, "/edit") },
  { name: "settings", path: "/settings" },
  { name: "settings members", path: "/settings/members" },
  { name: "settings tokens", path: "/settings/tokens" },
  { name: "settings audit", path: "/settings/audit" },
  { name: "settings checklist", path: "/settings/checklist" },
  { name: "settings webhooks", path: "/settings/webhooks" },
  { name: "settings connectors", path: "/settings/connectors" },
];

/** Opens an app page and waits until it has streamed in (its h1 shown, the network quiet). */
export async function openAppPage(page: Page, target: AppPage): Promise<string> {
  const path = typeof target.path === "string" ? target.path : await target.path(page);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  return path;
}
