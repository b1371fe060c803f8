import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// scripts/test.ts provides a seeded database, a free port and a production build.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Guard: end-to-end tests write to their database; never point them at anything but loopback.
const e2eDatabase = process.env.E2E_DATABASE_URL;
if (e2eDatabase && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(e2eDatabase).hostname)) {
  throw new Error("E2E_DATABASE_URL must be a local database (127.0.0.1 / localhost).");
}
// A real OpenID Connect provider for the single sign-on tests (e2e/support/oidc-idp-server.ts).
const idpPort = Number(process.env.E2E_IDP_PORT ?? port + 1);
const idpIssuer = `http://127.0.0.1:${idpPort}`;
const idpSecret = randomBytes(24).toString("hex");
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // Screenshots the specs save (testInfo.outputPath) and failure traces: the run's output directory.
  outputDir: process.env.TEST_OUT_DIR
    ? path.join(path.resolve(process.env.TEST_OUT_DIR), "e2e-output")
    : "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    // Charts (components/charts) switch their animations off under reduced motion.
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs in once per role through the real sign-in page; saves e2e/.auth/<role>.json.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "ui",
      dependencies: ["setup"],
      // Everyone is signed in as the demo maintainer unless a test says otherwise:
      //   test.use({ storageState: authFile("admin") })   (e2e/support/auth.ts)
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        storageState: "e2e/.auth/maintainer.json",
      },
    },
  ],
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/support/oidc-idp-server.ts",
      url: `${idpIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_IDP_PORT: String(idpPort), E2E_APP_URL: baseURL, E2E_IDP_SECRET: idpSecret },
    },
    {
      // The production server as `npm start` runs it (request ids, JSON logs, graceful shutdown).
      command: `node_modules/.bin/tsx scripts/serve.ts`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        DATABASE_POOL_MAX: process.env.E2E_POOL_MAX ?? "5",
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXT_TELEMETRY_DISABLED: "1",
        // A throwaway session secret per run; the demo sign-in buttons are on (the e2e database
        // is the seeded demo with demo passwords, see scripts/test.ts).
        BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
        BETTER_AUTH_URL: baseURL,
        DEBTBOARD_DEMO: "1",
        OIDC_ISSUER_URL: idpIssuer,
        OIDC_CLIENT_ID: "debtboard",
        OIDC_CLIENT_SECRET: idpSecret,
        OIDC_PROVIDER_NAME: "Test IdP",
      },
    },
  ],
});
