// WCAG 2.2 AA checks with axe on every public page and every state a patient can reach on it (search results,
// empty, errors, "Did you mean", filters and suggestions open, map popup open, report form open / invalid / sent,
// 404s), each at 1280 px and at 375 px.
import { expect, test, type Page } from "@playwright/test";
import { blockTiles, expectNoAxeViolations } from "./support";
import { queryE2e } from "../sessions";

type TCase = {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  /** Gets the page into the state to check, after it has loaded. */
  act?: (page: Page) => Promise<void>;
  /** For pages answered with a 404. */
  status?: number;
};

const firstResult = async (page: Page, what: "physician" | "location") => {
  const res = await page.request.get("/api/v1/search?near=10001&procedure=kyphoplasty&pageSize=1");
  const body = (await res.json()) as { results: Array<{ physician: { slug: string }; location: { slug: string } }> };
  const r = body.results[0];
  if (!r) throw new Error("the demo directory has no kyphoplasty result near 10001");
  return what === "physician" ? `/physicians/${r.physician.slug}` : `/clinics/${r.location.slug}`;
};

const isWide = (page: Page) => (page.viewportSize()?.width ?? 0) >= 1024;
const PIN = ".leaflet-marker-pane .map-pin";

/** Wide screens show the map beside the list: wait until its pins are drawn. */
const mapReady = async (page: Page) => {
  if (isWide(page)) await expect(page.locator(PIN).first()).toBeVisible();
};

/** The filter form: folded behind a button on small screens, always shown on wide ones. */
const openFilters = async (page: Page) => {
  const toggle = page.getByRole("button", { name: /Change search and filters/ });
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.getByLabel("Language spoken")).toBeVisible();
};

const openMapPopup = async (page: Page) => {
  if (!isWide(page)) await page.getByRole("button", { name: /^Map/ }).click();
  const pin = page.locator(PIN).first();
  await expect(pin).toBeVisible();
  await pin.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-popup")).toBeVisible();
};

const openReportForm = async (page: Page) => {
  await page.getByText("Report incorrect information").click();
  await expect(page.getByRole("button", { name: "Send report" })).toBeVisible();
};

const CASES: TCase[] = [
  { name: "home", path: "/" },
  { name: "search with results", path: "/search?near=10001&procedure=kyphoplasty", act: mapReady },
  { name: "search, nothing within the radius", path: "/search?near=88001&radius=5&procedure=kyphoplasty", act: mapReady },
  { name: "search, unknown ZIP (error state)", path: "/search?near=00000&procedure=kyphoplasty" },
  { name: "search, invalid input (error state)", path: "/search?near=10001&radius=999" },
  { name: "search, no location yet", path: "/search?procedure=kyphoplasty" },
  { name: "search, did you mean (ambiguous city)", path: "/search?near=boston&procedure=vertebroplasty" },
  { name: "search, did you mean (misspelled city)", path: "/search?near=Bostn%2C%20MA&procedure=kyphoplasty" },
  { name: "search, unknown term (condition and procedure index)", path: "/search?near=10001&procedure=xylophone" },
  { name: "search, filters open", path: "/search?near=10001&procedure=kyphoplasty&acceptingNewPatients=true", act: openFilters },
  {
    name: "search, procedure suggestions open",
    path: "/search?near=10001",
    act: async (page) => {
      await openFilters(page);
      await page.getByRole("combobox", { name: "Procedure or condition" }).fill("kyph");
      await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
    },
  },
  { name: "search, map popup open", path: "/search?near=10001&procedure=kyphoplasty", act: openMapPopup },
  { name: "physician profile", path: (page) => firstResult(page, "physician") },
  { name: "physician profile, report form open", path: (page) => firstResult(page, "physician"), act: openReportForm },
  {
    name: "physician profile, report form with errors",
    path: (page) => firstResult(page, "physician"),
    act: async (page) => {
      await openReportForm(page);
      await page.getByRole("button", { name: "Send report" }).click();
      await expect(page.locator(".report-form [role=alert]").first()).toBeVisible();
    },
  },
  {
    name: "physician profile, report sent",
    path: (page) => firstResult(page, "physician"),
    act: async (page) => {
      // Every e2e request comes from 127.0.0.1: clear the per-address report limit other runs may have used up.
      await queryE2e("DELETE FROM rate_limit_bucket WHERE key LIKE 'report:%'");
      await openReportForm(page);
      await page.getByLabel("What is wrong?").selectOption("PHONE");
      await page.getByLabel("Details").fill("The phone number reaches a different office now.");
      await page.getByRole("button", { name: "Send report" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
    },
  },
  { name: "clinic page", path: (page) => firstResult(page, "location") },
  { name: "condition: vertebral compression fractures", path: "/conditions/vertebral-compression-fractures" },
  { name: "procedure: vertebroplasty", path: "/procedures/vertebroplasty" },
  { name: "procedure: kyphoplasty", path: "/procedures/kyphoplasty" },
  { name: "procedure without a written guide", path: "/procedures/port-placement" },
  { name: "conditions and procedures index", path: "/procedures" },
  { name: "404: a doctor who is not listed", path: "/physicians/no-such-doctor-0000000000", status: 404 },
  { name: "404: an address that does not exist", path: "/no-such-page", status: 404 },
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
        const res = await page.goto(path);
        expect(res?.status()).toBe(c.status ?? 200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await c.act?.(page);
        await expectNoAxeViolations(page, `${c.name} at ${viewport.width} px`);
      });
    }
  });
}
