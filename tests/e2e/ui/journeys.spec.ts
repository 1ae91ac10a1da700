// Patient journeys in a real browser against the production build on the seeded demo directory.
import { expect, test } from "@playwright/test";
import { blockTiles, cardDistances, collectPageErrors, mapMarkerCount, summaryTotal } from "./support";
import { queryE2e } from "../sessions";

const NYC = { latitude: 40.7506, longitude: -73.9972 };

test.describe("search journeys (desktop)", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("keyboard only: home form → kyphoplasty near 10001 → a profile", async ({ page }) => {
    await blockTiles(page);
    const errors = collectPageErrors(page);
    await page.goto("/");
    const focusedIs = (sel: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel);
    for (let i = 0; i < 15 && !(await focusedIs("input[autocomplete=postal-code]")); i++) await page.keyboard.press("Tab");
    expect(await focusedIs("input[autocomplete=postal-code]")).toBe(true);
    await page.keyboard.type("10001");
    await page.keyboard.press("Tab"); // Use my location
    await page.keyboard.press("Tab"); // procedure combobox
    expect(await focusedIs("[role=combobox]")).toBe(true);
    await page.keyboard.type("kypho");
    await expect(page.getByRole("option", { name: /Kyphoplasty/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("combobox", { name: "Procedure or condition" })).toHaveValue(/Kyphoplasty/);
    await page.keyboard.press("Tab"); // distance
    await page.keyboard.press("Tab"); // submit
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?/);
    expect(new URL(page.url()).searchParams.get("procedure")).toBe("kyphoplasty");
    expect(new URL(page.url()).searchParams.get("near")).toBe("10001");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    for (let i = 0; i < 60 && !(await focusedIs(".result__name a")); i++) await page.keyboard.press("Tab");
    expect(await focusedIs(".result__name a")).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/physicians\//);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("ZIP 10001 + kyphoplasty: nearest first, map matches list, filters narrow, reload and Back restore, profile shows kyphoplasty", async ({
    page,
  }) => {
    const tiles = await blockTiles(page);
    const errors = collectPageErrors(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("near New York, NY 10001");

    const distances = await cardDistances(page);
    expect(distances.length).toBe(20);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const d of distances) expect(d).toBeLessThanOrEqual(25);
    for (const card of await page.locator(".result-list .result").all()) {
      await expect(card.locator(".chip--match")).toContainText("Kyphoplasty");
    }

    // The map: one marker (or a cluster member) per listed doctor, the state basemap under failed tiles.
    await expect(page.locator(".leaflet-marker-pane .map-pin, .leaflet-marker-pane .map-cluster").first()).toBeVisible();
    await expect.poll(() => mapMarkerCount(page)).toBe(20);
    await expect.poll(() => page.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(40);
    expect(tiles.blocked()).toBeGreaterThan(0);

    // Hovering a card highlights its marker, and hovering a marker highlights its card.
    await page.locator(".result-list .result").first().hover();
    await expect(page.locator(".leaflet-marker-pane .is-active")).toHaveCount(1);
    const pin = page.locator(".leaflet-marker-pane .map-pin").last();
    const pinId = await pin.getAttribute("data-marker-id");
    await pin.hover();
    await expect(page.locator(`.result[data-result-id="${pinId}"]`)).toHaveAttribute("data-highlighted", "");

    const all = await summaryTotal(page);
    await page.getByLabel("are accepting new patients").check();
    await page.waitForURL(/acceptingNewPatients=true/);
    await expect(page.locator(".results-region[aria-busy=false]")).toBeVisible();
    const accepting = await summaryTotal(page);
    expect(accepting).toBeGreaterThan(0);
    expect(accepting).toBeLessThan(all);
    for (const card of await page.locator(".result-list .result").all()) {
      await expect(card.locator(".pill--yes")).toHaveText("Accepting new patients");
    }

    await page.getByLabel("Language spoken").selectOption("es");
    await page.waitForURL(/language=es/);
    await expect(page.locator(".results-region[aria-busy=false]")).toBeVisible();
    const spanish = await summaryTotal(page);
    expect(spanish).toBeLessThan(accepting);
    await expect(page.locator(".result-list .result").first()).toContainText("Spanish");

    await page.reload();
    await expect(page.getByLabel("are accepting new patients")).toBeChecked();
    await expect(page.getByLabel("Language spoken")).toHaveValue("es");
    expect(await summaryTotal(page)).toBe(spanish);

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("language"));
    await expect(page.getByLabel("Language spoken")).toHaveValue("");
    await expect.poll(() => summaryTotal(page)).toBe(accepting);

    await page.locator(".result__name a").first().click();
    await page.waitForURL(/\/physicians\//);
    // Profiles lead with the procedures in plain words; CPT codes sit under "Billing codes" (issue 14).
    await expect(page.locator(".at-a-glance")).toContainText("Kyphoplasty");
    await expect(page.locator(".demo-notice")).toContainText("Demo data");
    expect(errors).toEqual([]);
  });

  test("typing 'compression' suggests the fracture, vertebroplasty and kyphoplasty", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Procedure or condition" }).fill("compression");
    const options = page.getByRole("option");
    await expect(options.first()).toBeVisible();
    const names = await options.locator(".combo__name").allInnerTexts();
    expect(names.slice(0, 3)).toEqual(["Vertebral compression fracture", "Vertebroplasty", "Kyphoplasty (balloon vertebral augmentation)"]);
  });

  test("nothing within the radius: says so, lists the nearest, and widens in one click", async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=88001&radius=5&procedure=kyphoplasty");
    await expect(page.getByRole("heading", { name: "Nobody within 5 miles yet" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Nearest doctors beyond the search radius" }).getByRole("listitem").first()).toBeVisible();
    // The demo directory moved to ordinary ZIPs in issue 14, so the nearest match's distance (and the radius offered) changed.
    await page.getByRole("link", { name: /Widen the search to \d+ miles/ }).click();
    await page.waitForURL((u) => Number(u.searchParams.get("radius")) > 5);
    expect(await summaryTotal(page)).toBeGreaterThan(0);
  });

  test("unknown ZIP: says so plainly and keeps the form filled", async ({ page }) => {
    await page.goto("/search?near=00000&procedure=kyphoplasty");
    await expect(page.locator(".panel[role=alert]")).toContainText("We couldn't find ZIP code 00000");
    await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue("00000");
    await expect(page.getByRole("combobox", { name: "Procedure or condition" })).toHaveValue(/Kyphoplasty/);
  });

  test("tiles blocked: list, basemap and markers still work, no uncaught errors; 'Search this area' after moving the map", async ({
    page,
  }) => {
    const tiles = await blockTiles(page);
    const errors = collectPageErrors(page);
    await page.goto("/search?near=Boston%2C%20MA&radius=25&procedure=vertebroplasty");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    await expect.poll(() => page.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(40);
    await expect.poll(() => mapMarkerCount(page)).toBe(await page.locator(".result-list .result").count());
    expect(tiles.blocked()).toBeGreaterThan(0);

    // Markers are reachable by keyboard and open a popup linking to the profile.
    const firstPin = page.locator(".leaflet-marker-pane .map-pin").first();
    await firstPin.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".leaflet-popup-content a")).toHaveAttribute("href", /\/physicians\//);

    await page.locator(".results-map__canvas").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Search this area" }).click();
    await page.waitForURL((u) => /^-?\d+\.\d+,-?\d+\.\d+$/.test(u.searchParams.get("near") ?? ""));
    // A point reads as its nearest town (issue 14), not as bare coordinates or "the selected location".
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/near [A-Z][\w .'-]+, MA \(selected location\)/);
    expect(errors).toEqual([]);
  });
});

test.describe("geolocation", () => {
  test("granted: 'Use my location' searches around the browser's position", async ({ browser }) => {
    const context = await browser.newContext({ geolocation: NYC, permissions: ["geolocation"], viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await blockTiles(page);
    await page.goto("/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue("My current location");
    await page.getByRole("combobox", { name: "Procedure or condition" }).fill("kyphoplasty");
    await page.getByRole("button", { name: "Find doctors" }).click();
    await page.waitForURL(/\/search\?/);
    expect(new URL(page.url()).searchParams.get("near")).toBe("40.7506,-73.9972");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/near [A-Z][\w .'-]+, NY \(selected location\)/);
    // After a reload the location field names the town too, not the coordinates.
    await page.reload();
    await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue(/, NY \(selected location\)/);
    expect((await cardDistances(page))[0]).toBeLessThan(5);
    await context.close();
  });

  test("denied: explains, and the person can type a ZIP instead", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clearPermissions();
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Location access is turned off" })).toBeVisible();
    await expect(page.locator("input[autocomplete=postal-code]")).toBeFocused();
    await page.keyboard.type("02118");
    await page.getByRole("button", { name: "Find doctors" }).click();
    await page.waitForURL(/near=02118/);
    await context.close();
  });
});

test.describe("small screens (375 px)", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("list first; the map loads only when asked for, and a toggle switches back", async ({ page }) => {
    await blockTiles(page);
    const errors = collectPageErrors(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    await expect(page.locator(".leaflet-container")).toHaveCount(0);
    await page.getByRole("button", { name: /^Map/ }).click();
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(page.locator(".result-list")).toBeHidden();
    await expect.poll(() => mapMarkerCount(page)).toBe(20);
    await page.getByRole("button", { name: "List" }).click();
    await expect(page.locator(".result-list")).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe("report incorrect information", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("validates, then thanks the reporter", async ({ page, request }) => {
    // Every e2e request comes from 127.0.0.1 (X-Forwarded-For is not believed without TRUSTED_PROXIES), so the
    // per-address report limit is cleared first, in case earlier runs against this server used it up.
    await queryE2e("DELETE FROM rate_limit_bucket WHERE key LIKE 'report:%'");
    await blockTiles(page);
    const found = (await (await request.get("/api/v1/search?near=10001&procedure=kyphoplasty&pageSize=1")).json()) as {
      results: Array<{ physician: { slug: string } }>;
    };
    await page.goto(`/physicians/${found.results[0]?.physician.slug}`);
    await page.getByText("Report incorrect information").click();
    await page.getByLabel("What is wrong?").selectOption("PHONE");
    await page.getByLabel("Details").fill("short");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.locator("#report-message-error")).toContainText("at least 10 characters");
    await expect(page.getByLabel("What is wrong?")).toHaveValue("PHONE");
    await page.getByLabel("Details").fill("The phone number reaches a different office now.");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
  });
});
