// Smoke test: the home page renders in Chromium without page errors.
import { expect, test } from "@playwright/test";

test("home page renders and links to a search", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
