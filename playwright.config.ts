// End-to-end tests in Debian's Chromium against a production build on a freshly seeded local database.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3000);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/irf_e2e";
/** Where the server writes mail during e2e runs (no SMTP); the portal journeys read it. */
export const E2E_OUTBOX_DIR = process.env.E2E_OUTBOX_DIR ?? ".data/e2e-outbox";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "api", testMatch: "api/**/*.spec.ts", use: chromium },
    { name: "ui", testMatch: "ui/**/*.spec.ts", use: chromium },
    { name: "portal", testMatch: "portal/**/*.spec.ts", use: chromium },
  ],
  webServer: {
    // Prepare (migrate + seed) the e2e database, build, then serve the build against it.
    // The production server (scripts/serve.ts: honest 503s, cache headers, graceful shutdown) as `npm start` runs it.
    command: `tsx tests/e2e/prepare-database.ts && next build && PORT=${PORT} node --import tsx scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}/api/v1/procedures`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      MAIL_OUTBOX_DIR: E2E_OUTBOX_DIR,
      // The journeys check that an approval shows in search at once; the in-process search cache (5 s) has its own tests.
      SEARCH_CACHE_TTL_MS: "0",
      // `next start` runs in production mode, where the portal refuses to work without a secret.
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-auth-secret-never-used-in-production-0001",
    },
    stdout: "pipe",
  },
});
