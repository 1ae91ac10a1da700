// Issue 14, "patient experience, second pass": one test per case the issue lists, on the seeded demo directory.
import { expect, test, type Page } from "@playwright/test";
import { blockTiles, collectPageErrors, expectNoAxeViolations, summaryTotal } from "./support";
import { AREA_CODES } from "../../../prisma/seed/area-codes";

const PHONE = { width: 375, height: 740 };
const focusedMatches = (page: Page, sel: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel);

test.describe("never lose what the patient typed", () => {
  test.use({ viewport: PHONE });

  test("a ZIP typed on the home page is kept when a Popular search is tapped", async ({ page }) => {
    await page.goto("/");
    await page.locator("input[autocomplete=postal-code]").fill("02108");
    await page.getByRole("link", { name: "Kyphoplasty" }).first().click();
    await page.waitForURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("near")).toBe("02108");
    expect(url.searchParams.get("procedure")).toBe("kyphoplasty");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Boston, MA 02108");
  });

  test("links to a new search from a guide keep the place of the last search", async ({ page }) => {
    await page.goto("/search?near=02108&procedure=vertebroplasty");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    // The search page remembers itself once it has hydrated, and the guide's link uses it once that page has.
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem("irf:last-search"))).toContain("02108");
    await page.goto("/procedures/kyphoplasty");
    await page.waitForLoadState("networkidle");
    await page.getByRole("link", { name: "Find a doctor near you" }).click();
    await page.waitForURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("near")).toBe("02108");
    expect(url.searchParams.get("procedure")).toBe("kyphoplasty");
  });

  test("“Find a doctor” in the header and footer, and the breadcrumb, reopen the last search — sent only when followed", async ({
    page,
  }) => {
    const searchRequests: string[] = [];
    page.on("request", (r) => {
      if (/[?&]near=/.test(r.url())) searchRequests.push(r.url());
    });
    await page.goto("/search?near=02108&procedure=vertebroplasty&acceptingNewPatients=true");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem("irf:last-search"))).toContain("02108");
    await page.locator(".result__name a").first().click();
    await page.waitForURL(/\/physicians\//);
    const header = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find a doctor" });
    const expected = /^\/search\?near=02108&procedure=vertebroplasty&acceptingNewPatients=true$/;
    await expect(header).toHaveAttribute("href", expected);
    await expect(page.locator(".site-footer").getByRole("link", { name: "Find a doctor" })).toHaveAttribute("href", expected);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Find a doctor" })).toHaveAttribute(
      "href",
      expected,
    );
    // Showing the links sends nothing (no prefetch): the only request with the search is the one the patient made.
    await page.waitForLoadState("networkidle");
    expect(searchRequests.filter((u) => !u.includes("/api/")).map((u) => new URL(u).pathname)).toEqual(["/search"]);
    await header.click();
    await page.waitForURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("near")).toBe("02108");
    expect(url.searchParams.get("procedure")).toBe("vertebroplasty");
    expect(url.searchParams.get("acceptingNewPatients")).toBe("true");
    await expect(page.getByLabel("are accepting new patients")).toBeChecked();
  });

  test("with no search in this tab, or without JavaScript, “Find a doctor” starts a new search", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      const page = await context.newPage();
      await page.goto("/procedures/kyphoplasty");
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find a doctor" })).toHaveAttribute(
        "href",
        "/search",
      );
      await context.close();
    }
  });

  test("an unknown ZIP: the error comes first on a phone, takes focus, marks the field invalid and keeps every field", async ({ page }) => {
    await page.goto("/search?near=00000&procedure=kyphoplasty&acceptingNewPatients=true&radius=50");
    const problem = page.locator(".search-problem");
    await expect(problem).toContainText("We couldn't find ZIP code 00000");
    await expect.poll(() => focusedMatches(page, ".search-problem")).toBe(true);
    const near = page.locator("input[autocomplete=postal-code]");
    await expect(near).toHaveAttribute("aria-invalid", "true");
    await expect(near).toHaveAttribute("aria-describedby", /search-problem-message/);
    // Above the form on a one-column screen, not below all the filters.
    const errorTop = (await problem.boundingBox())?.y ?? Infinity;
    const formTop = (await page.locator("#search-filters-panel").boundingBox())?.y ?? 0;
    expect(errorTop).toBeLessThan(formTop);
    await expect(near).toHaveValue("00000");
    await expect(page.getByRole("combobox", { name: "Procedure or condition" })).toHaveValue(/Kyphoplasty/);
    await expect(page.getByLabel("are accepting new patients")).toBeChecked();
    await expect(page.getByLabel("Distance")).toHaveValue("50");
    await expectNoAxeViolations(page, "unknown ZIP, 375 px");
  });

  test('"boston" offers the Bostons; choosing one keeps the procedure and filters', async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=boston&procedure=vertebroplasty&boardCertified=true");
    const choices = page.getByRole("list", { name: "Did you mean" });
    await expect(choices.getByRole("link", { name: "Boston, MA" })).toBeVisible();
    expect(await choices.getByRole("link").count()).toBeGreaterThan(1);
    await choices.getByRole("link", { name: "Boston, MA" }).click();
    await page.waitForURL(/near=Boston%2C(\+|%20)MA/);
    const url = new URL(page.url());
    expect(url.searchParams.get("procedure")).toBe("vertebroplasty");
    expect(url.searchParams.get("boardCertified")).toBe("true");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("near Boston, MA");
    await page.goto("/search?near=boston&procedure=vertebroplasty");
    await expectNoAxeViolations(page, "did you mean, 375 px");
  });

  test('a misspelled city ("Bostn, MA") suggests the place it probably is', async ({ page }) => {
    await page.goto("/search?near=Bostn%2C%20MA&procedure=kyphoplasty");
    await expect(page.locator(".search-problem")).toContainText("Did you mean");
    await expect(page.getByRole("list", { name: "Did you mean" }).getByRole("link", { name: "Boston, MA" })).toBeVisible();
    await expect(page.locator("input[autocomplete=postal-code]")).toHaveValue("Bostn, MA");
  });
});

test.describe("matching that understands patients", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('"cement" means spine cement, not IVC filter or port placement', async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=cement");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vertebral compression fracture near New York");
    await expect(page.locator(".results-header__explain")).toContainText("cement");
    const matched = await page.locator(".result-list .chip--match").allInnerTexts();
    expect(matched.length).toBeGreaterThan(0);
    for (const m of matched) expect(m).toMatch(/Vertebroplasty|Kyphoplasty/);
  });

  test('"spine" is the spine procedures, not every procedure with a spine word', async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=spine");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Vertebral compression fracture");
    const spine = await summaryTotal(page);
    await page.goto("/search?near=10001&procedure=vertebral-compression-fractures");
    expect(await summaryTotal(page)).toBe(spine);
  });

  for (const [typed, heading] of [
    ["back pain", "Vertebral compression fracture"],
    ["back pain after a fall", "Vertebral compression fracture"],
    ["kyfo", "Kyphoplasty"],
    ["kyphoplasy", "Kyphoplasty"],
    ["vertebraplasty", "Vertebroplasty"],
  ] as const) {
    test(`"${typed}" finds doctors (${heading}) instead of an error`, async ({ page }) => {
      await blockTiles(page);
      await page.goto(`/search?near=10001&procedure=${encodeURIComponent(typed)}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`${heading}`);
      await expect(page.locator(".result-list .result").first()).toBeVisible();
      await expect(page.getByText("We couldn’t run that search")).toHaveCount(0);
    });
  }

  test("an unknown term shows the condition and procedure index at the same place, not an error", async ({ page }) => {
    await page.goto("/search?near=10001&procedure=xylophone");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("We don’t know “xylophone” yet");
    await expectNoAxeViolations(page, "unknown term, 1280 px");
    const link = page.getByRole("link", { name: "Vertebral compression fracture" }).first();
    await expect(link).toHaveAttribute("href", /near=10001/);
    await link.click();
    await page.waitForURL(/procedure=vertebral-compression-fractures/);
    await expect(page.locator(".result-list .result").first()).toBeVisible();
  });
});

test.describe("scannable results on a phone", () => {
  test.use({ viewport: PHONE });

  test("compact cards: searched procedure shown, the rest behind a real disclosure; Call and Directions on every card", async ({
    page,
  }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    const cards = page.locator(".result-list .result");
    await expect(cards.first()).toBeVisible();
    const heights = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const average = heights.reduce((a, b) => a + b, 0) / heights.length;
    expect(average, `card heights ${heights.join(", ")}`).toBeLessThan(400); // about 700 px before issue 14
    for (const card of (await cards.all()).slice(0, 5)) {
      await expect(card.locator(".chip--match")).toContainText("Kyphoplasty");
      await expect(card.getByRole("link", { name: /Directions/ })).toBeVisible();
    }
    const disclosure = page.locator(".result__rest").first();
    await expect(disclosure.locator("p")).toBeHidden();
    await disclosure.locator("summary").click();
    await expect(disclosure.locator("p")).toBeVisible();
    await expectNoAxeViolations(page, "compact results, 375 px");
  });

  test('"Skip to results" jumps the filters for keyboard users', async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect(page.locator(".result-list .result").first()).toBeVisible();
    let tabs = 0;
    // Before it: the site skip link, the brand, two header links and the language switch ("Español").
    for (; tabs < 9 && !(await focusedMatches(page, ".skip-link--local")); tabs++) await page.keyboard.press("Tab");
    expect(await focusedMatches(page, ".skip-link--local")).toBe(true);
    await page.keyboard.press("Enter");
    let more = 0;
    for (; more < 6 && !(await focusedMatches(page, ".result__name a")); more++) await page.keyboard.press("Tab");
    expect(await focusedMatches(page, ".result__name a")).toBe(true);
    expect(tabs + more).toBeLessThan(11);
  });

  test('"Back to results" on a profile restores the search', async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty&acceptingNewPatients=true");
    await page.locator(".result__name a").first().click();
    await page.waitForURL(/\/physicians\//);
    await page.getByRole("link", { name: "Back to results" }).click();
    await page.waitForURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("near")).toBe("10001");
    expect(url.searchParams.get("procedure")).toBe("kyphoplasty");
    expect(url.searchParams.get("acceptingNewPatients")).toBe("true");
  });

  test("profiles lead with what a patient asks; codes under Billing codes; volumes in plain words", async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await page.locator(".result__name a").first().click();
    await page.waitForURL(/\/physicians\//);
    const glance = page.locator(".at-a-glance");
    await expect(glance).toContainText("Kyphoplasty");
    await expect(glance).toContainText(/accepting new patients|call to ask/i);
    await expect(
      glance
        .getByRole("link", { name: /^Call/ })
        .or(glance.getByRole("link", { name: /Directions/ }))
        .first(),
    ).toBeVisible();
    expect((await glance.boundingBox())?.y ?? 9999).toBeLessThan(PHONE.height * 1.2);
    // Codes are folded away, and the procedures are listed once above them.
    await expect(page.locator(".proc-table")).toBeHidden();
    await expect(page.getByText("Billing codes")).toBeVisible();
    await expect(page.getByText("Procedures here:")).toHaveCount((await page.locator(".location-block").count()) > 1 ? 1 : 0);
    const volumes = page.locator(".volume-summary");
    if (await volumes.count()) await expect(volumes).toContainText(/procedures billed to Medicare in \d{4}/);
    // One volumes section (the chart sits in its details), so its heading id is unique.
    expect(await page.locator('[id="volumes-heading"]').count()).toBeLessThanOrEqual(1);
    await expect(page.getByRole("heading", { name: "Before you call" })).toBeVisible();
    await expectNoAxeViolations(page, "profile, 375 px");
  });

  test("clinic pages put Call and Directions on the first screen", async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await page.locator(".result__clinic").first().click();
    await page.waitForURL(/\/clinics\//);
    const directions = page.locator(".contact-first").getByRole("link", { name: /Directions/ });
    await expect(directions).toBeVisible();
    const box = await directions.boundingBox();
    expect(box?.y ?? 9999).toBeLessThan(PHONE.height);
    await expectNoAxeViolations(page, "clinic, 375 px");
  });
});

test.describe("next steps", () => {
  test.use({ viewport: PHONE, permissions: ["clipboard-read", "clipboard-write"] });

  test("profiles say what to bring and ask, and can be printed, shared (copy fallback) and texted", async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect(page.getByText("Before you call")).toBeVisible();
    await page.locator(".result__name a").first().click();
    await page.waitForURL(/\/physicians\//);
    const url = new URL(page.url());
    await expect(page.getByRole("heading", { name: "Do I need a referral?" })).toBeVisible();
    await expect(page.getByText(/MRI/).first()).toBeVisible();
    const sms = page.getByRole("link", { name: "Text this to a relative" });
    expect(decodeURIComponent((await sms.getAttribute("href")) ?? "")).toContain(url.pathname);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    // Headless Chromium has no Web Share: the button copies the link instead and says so.
    await page.evaluate(() => Object.defineProperty(navigator, "share", { value: undefined }));
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByText(/Link copied|Couldn’t copy/)).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".share-actions")).toBeHidden();
    await expect(page.locator("h1")).toBeVisible();
  });
});

test.describe("trust details", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("one last-confirmed date for a doctor at a clinic on the card, the profile and the clinic page", async ({ page }) => {
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    const card = page.locator(".result-list .result").first();
    const cardDate = (await card.locator(".result__confirmed").innerText()).replace(/^.*confirmed /, "").trim();
    const clinicName = (await card.locator(".result__clinic").innerText()).trim();
    const doctorHref = (await card.locator(".result__name a").getAttribute("href")) as string;
    await card.locator(".result__name a").click();
    await page.waitForURL(/\/physicians\//);
    const block = page.locator(".location-block", { has: page.getByRole("link", { name: clinicName }) }).first();
    await expect(block.locator(".result__confirmed")).toContainText(cardDate);
    await block.locator("h3 a").click();
    await page.waitForURL(/\/clinics\//);
    const entry = page.locator(".doctor-list li", { has: page.locator(`a[href="${doctorHref}"]`) });
    await expect(entry.locator(".result__confirmed")).toContainText(cardDate);
  });

  test("demo clinics near New York sit at ordinary ZIPs with their own state's area codes", async ({ page }) => {
    await page.goto("/search?near=10001&radius=25");
    const cards = await page.locator(".result-list .result").all();
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      const place = await card.locator(".result__place").innerText();
      expect(place).not.toMatch(/Philip Morris|Marden Kane|Contest Mail/);
      const state = /, ([A-Z]{2})(?:\s|$|·)/.exec(place)?.[1] as string;
      const phone = await card.locator('a[href^="tel:"]').getAttribute("href");
      const area = Number(phone?.slice(6, 9));
      expect(AREA_CODES[state], `${place} ${phone}`).toContain(area);
    }
  });

  test("education pages: medical-review slot, sources and an unmistakable urgent-signs callout", async ({ page }) => {
    await page.goto("/conditions/vertebral-compression-fractures");
    await expect(page.locator(".article__review")).toContainText(/Medical(ly)? review/);
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    expect(await page.locator(".article__sources li").count()).toBeGreaterThan(1);
    const urgent = page.locator(".urgent-callout");
    await expect(urgent).toContainText("911");
    const border = await urgent.evaluate((el) => getComputedStyle(el).borderTopWidth);
    expect(parseFloat(border)).toBeGreaterThanOrEqual(2);
    await page.goto("/procedures/kyphoplasty");
    await expect(page.locator(".urgent-callout")).toContainText("911");
    // Structured data: the page, in English, about the procedure (its CPT codes included).
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (b) => JSON.parse(b) as { "@type": string; inLanguage?: string; url?: string; about?: { "@type": string; code?: unknown[] } },
    );
    const webPage = ld.find((d) => d["@type"] === "MedicalWebPage");
    expect(webPage?.inLanguage).toBe("en");
    expect(webPage?.url).toMatch(/\/procedures\/kyphoplasty$/);
    expect(webPage?.about?.["@type"]).toBe("MedicalProcedure");
    expect(webPage?.about?.code).toHaveLength(3);
  });

  test("the footer keeps developer links out of the patient group", async ({ page }) => {
    await page.goto("/");
    const patients = page.getByRole("navigation", { name: "For patients" });
    const developers = page.getByRole("navigation", { name: "For developers and clinics" });
    await expect(patients.getByRole("link", { name: "Find a doctor" })).toBeVisible();
    await expect(patients.getByRole("link", { name: /API/ })).toHaveCount(0);
    await expect(developers.getByRole("link", { name: /API/ })).toBeVisible();
  });
});

test("no page errors on the new states", async ({ page }) => {
  const errors = collectPageErrors(page);
  await blockTiles(page);
  for (const path of ["/search?near=boston", "/search?near=10001&procedure=xylophone", "/search?near=10001&procedure=back%20pain"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test.describe("a map that helps (tiles down)", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("every listed result is its own pin (no clusters), none covering another; the searched point sits above them", async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect(page.locator(".leaflet-marker-pane .map-pin").first()).toBeVisible();
    await expect.poll(() => page.locator(".leaflet-marker-pane .map-pin .map-pin__num").count()).toBe(20);
    const numbers = await page.locator(".leaflet-marker-pane .map-pin .map-pin__num").allInnerTexts();
    for (let n = 1; n <= 20; n++) expect(numbers).toContain(String(n));
    await expect(page.locator(".leaflet-marker-pane .map-cluster")).toHaveCount(0);
    // Pin heads and the searched point: nothing covers anything else.
    const centres = await page
      .locator(".leaflet-marker-pane .map-pin .map-pin__num, .leaflet-marker-pane .search-pin__dot")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x + r.width / 2, r.y + r.height / 2]));
    for (let a = 0; a < centres.length; a++)
      for (let b = a + 1; b < centres.length; b++) {
        const [ax, ay] = centres[a] as number[];
        const [bx, by] = centres[b] as number[];
        expect(Math.hypot((ax as number) - (bx as number), (ay as number) - (by as number))).toBeGreaterThanOrEqual(30);
      }
    const z = await page.evaluate(() => {
      const zOf = (el: Element) => Number((el as HTMLElement).style.zIndex || 0);
      const search = document.querySelector(".leaflet-marker-pane .search-pin");
      const others = [...document.querySelectorAll(".leaflet-marker-pane .map-pin, .leaflet-marker-pane .map-cluster")].map(zOf);
      return { search: search ? zOf(search) : -1, max: Math.max(...others) };
    });
    expect(z.search).toBeGreaterThan(z.max);
  });

  test("Enter on a pin moves focus into its popup, clear of the controls; closing returns focus to the pin", async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    const pin = page.locator(".leaflet-marker-pane .map-pin").first();
    await expect(pin).toBeVisible();
    const pinId = await pin.getAttribute("data-marker-id");
    await pin.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect.poll(() => focusedMatches(page, ".leaflet-popup-content a")).toBe(true);
    const map = (await page.locator(".results-map__canvas").boundingBox())!;
    const box = (await popup.boundingBox())!;
    const zoom = (await page.locator(".leaflet-control-zoom").boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
    const overlapsZoom =
      box.x < zoom.x + zoom.width && zoom.x < box.x + box.width && box.y < zoom.y + zoom.height && zoom.y < box.y + box.height;
    expect(overlapsZoom).toBe(false);
    await page.keyboard.press("Escape");
    await expect(popup).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-marker-id") ?? null)).toBe(pinId);
  });

  test("offline basemap: state and county lines and city labels, credited for what is drawn (not OpenStreetMap)", async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await expect.poll(() => page.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(40);
    const attribution = page.locator(".results-map .leaflet-control-attribution");
    await expect(attribution).toContainText("US Census Bureau");
    await expect(attribution).not.toContainText("OpenStreetMap");
    await expect(attribution).toContainText("ZIP code data");
    await expect(page.locator(".map-city", { hasText: "New York" }).first()).toBeAttached();
    // Zoomed in to county level, county lines are drawn and credited.
    await expect.poll(() => page.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(50);
    await expect(attribution).toContainText("County lines");
  });
});

test.describe("the map on a phone", () => {
  test.use({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
  });

  test("the zoom hint and the attribution never overlap", async ({ page }) => {
    await blockTiles(page);
    await page.goto("/search?near=10001&procedure=kyphoplasty");
    await page.getByRole("button", { name: /^Map/ }).click();
    const hint = page.locator(".results-map__hint");
    await expect(hint).toBeVisible();
    const a = (await hint.boundingBox())!;
    const b = (await page.locator(".results-map .leaflet-control-attribution").boundingBox())!;
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap).toBe(false);
    await expectNoAxeViolations(page, "map view, 375 px");
  });
});
