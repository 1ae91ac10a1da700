// When the database is unreachable, pages answer 503 with Retry-After and still show a friendly, accessible error
// (a second production server, scripts/serve.ts on the same build, pointed at a database that does not exist).
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { blockTiles, collectPageErrors, expectNoAxeViolations } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3000) + 1;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/irf_e2e_missing_database",
      LOG_LEVEL: "silent",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/robots.txt`);
      return;
    } catch {
      if (Date.now() > until) throw new Error("the second server did not start");
      await new Promise((r) => setTimeout(r, 300));
    }
  }
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
});

test("search with the database down: a friendly error, the form still there, no uncaught errors, no axe violations", async ({ page }) => {
  await blockTiles(page);
  const errors = collectPageErrors(page);
  const response = await page.goto(`http://127.0.0.1:${PORT}/search?near=10001&procedure=kyphoplasty`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("5");
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t load results just now");
  await expect(page.getByText("This is a problem on our side, not something you did.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", /near=10001/);
  await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue("10001");
  await expectNoAxeViolations(page, "search with the database down");
  expect(errors).toEqual([]);
});

test("a physician page with the database down: 503 with Retry-After and the friendly error page", async ({ page }) => {
  await blockTiles(page);
  const response = await page.goto(`http://127.0.0.1:${PORT}/physicians/jane-doe-9000000001`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("5");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t load this page just now");
});

test("the API and FHIR with the database down: 503 UNAVAILABLE with Retry-After; liveness still 200, readiness 503", async ({
  request,
}) => {
  const api = await request.get(`http://127.0.0.1:${PORT}/api/v1/search?near=10001`);
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("5");
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
  const fhir = await request.get(`http://127.0.0.1:${PORT}/fhir/Practitioner?_count=1`);
  expect(fhir.status()).toBe(503);
  expect(((await fhir.json()) as { resourceType: string }).resourceType).toBe("OperationOutcome");
  expect((await request.get(`http://127.0.0.1:${PORT}/api/health/live`)).status()).toBe(200);
  expect((await request.get(`http://127.0.0.1:${PORT}/api/health/ready`)).status()).toBe(503);
});
