import { chromium } from "@playwright/test";
import { demoUser, signInWithPassword } from "../e2e/support/auth";
const base = "http://127.0.0.1:3914";
const pages = [
  ["findings", "/findings"],
  ["entity", process.argv[2] ?? "/catalog/models/ad-ctr-predictor"],
  ["team", process.argv[3] ?? "/teams/team-ranking"],
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const scheme of ["light", "dark"] as const) {
  for (const [vname, viewport] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    const ctx = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(base + "/sign-in");
    const u = demoUser("maintainer");
    await signInWithPassword(page, u.email, u.password);
    await page.waitForURL((url) => url.pathname === "/");
    for (const [name, path] of pages) {
      await page.goto(base + path);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `/tmp/i14-shots/${name}-${vname}-${scheme}.png`, fullPage: name !== "findings" || vname === "desktop" });
    }
    await ctx.close();
  }
}
await browser.close();
