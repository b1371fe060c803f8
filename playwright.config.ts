import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// scripts/test.ts provides a seeded database, a free port and a production build.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Guard: end-to-end tests write to their database; never point them at anything but loopback.
const e2eDatabase = process.env.E2E_DATABASE_URL;
if (e2eDatabase && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(e2eDatabase).hostname)) {
  throw new Error("E2E_DATABASE_URL must be a local database (127.0.0.1 / localhost).");
}
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "ui", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      DATABASE_POOL_MAX: process.env.E2E_POOL_MAX ?? "5",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
