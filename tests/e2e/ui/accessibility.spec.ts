// WCAG 2.2 AA checks with axe on every public page type and search state, at desktop width and at 375 px.
import { expect, test, type Page } from "@playwright/test";
import { blockTiles, expectNoAxeViolations } from "./support";

type TCase = { name: string; path: string | ((page: Page) => Promise<string>); ready?: (page: Page) => Promise<void> };

const firstResult = async (page: Page, what: "physician" | "location") => {
  const res = await page.request.get("/api/v1/search?near=10001&procedure=kyphoplasty&pageSize=1");
  const body = (await res.json()) as { results: Array<{ physician: { slug: string }; location: { slug: string } }> };
  const r = body.results[0];
  if (!r) throw new Error("the demo directory has no kyphoplasty result near 10001");
  return what === "physician" ? `/physicians/${r.physician.slug}` : `/clinics/${r.location.slug}`;
};

const mapReady = async (page: Page) => {
  if ((page.viewportSize()?.width ?? 0) >= 1024)
    await expect(page.locator(".leaflet-marker-pane .map-pin, .leaflet-marker-pane .map-cluster").first()).toBeVisible();
};

const CASES: TCase[] = [
  { name: "home", path: "/" },
  { name: "search with results", path: "/search?near=10001&procedure=kyphoplasty", ready: mapReady },
  { name: "search, nothing within the radius", path: "/search?near=88001&radius=5&procedure=kyphoplasty", ready: mapReady },
  { name: "search, unknown ZIP (error state)", path: "/search?near=00000&procedure=kyphoplasty" },
  { name: "search, invalid input (error state)", path: "/search?near=10001&radius=999" },
  { name: "search, no location yet", path: "/search?procedure=kyphoplasty" },
  { name: "physician profile", path: (page) => firstResult(page, "physician") },
  { name: "clinic page", path: (page) => firstResult(page, "location") },
  { name: "condition: vertebral compression fractures", path: "/conditions/vertebral-compression-fractures" },
  { name: "procedure: vertebroplasty", path: "/procedures/vertebroplasty" },
  { name: "procedure: kyphoplasty", path: "/procedures/kyphoplasty" },
  { name: "procedure without a written guide", path: "/procedures/port-placement" },
  { name: "conditions and procedures index", path: "/procedures" },
];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`axe at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const c of CASES) {
      test(c.name, async ({ page }) => {
        await blockTiles(page);
        const path = typeof c.path === "string" ? c.path : await c.path(page);
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await c.ready?.(page);
        await expectNoAxeViolations(page, `${c.name} at ${viewport.width} px`);
      });
    }
  });
}

test("search with the map open on a small screen, and the report form open on a profile", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await blockTiles(page);
  await page.goto("/search?near=10001&procedure=kyphoplasty");
  await page.getByRole("button", { name: /^Map/ }).click();
  await expect(page.locator(".leaflet-marker-pane .map-pin, .leaflet-marker-pane .map-cluster").first()).toBeVisible();
  await page.getByRole("button", { name: /Change search and filters/ }).click();
  await expectNoAxeViolations(page, "search, map view and filters open, 375 px");
  await page.goto(await firstResult(page, "physician"));
  await page.getByText("Report incorrect information").click();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.locator(".report-form [role=alert]")).toBeVisible();
  await expectNoAxeViolations(page, "profile with report form errors, 375 px");
});
