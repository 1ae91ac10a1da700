// When the database is unreachable, the search page still answers with a friendly, accessible error (a second
// server on the same production build, pointed at a database that does not exist).
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { blockTiles, collectPageErrors, expectNoAxeViolations } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3000) + 1;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT)], {
    stdio: "ignore",
    env: {
      ...process.env,
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
  await page.goto(`http://127.0.0.1:${PORT}/search?near=10001&procedure=kyphoplasty`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t load results just now");
  await expect(page.getByText("This is a problem on our side, not something you did.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", /near=10001/);
  await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue("10001");
  await expectNoAxeViolations(page, "search with the database down");
  expect(errors).toEqual([]);
});
