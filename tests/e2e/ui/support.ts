// Shared helpers for the UI journeys: blocked map tiles, page-error collection, axe checks, reading result cards.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Map tiles never load on these machines; tests make that explicit and count the attempts. */
export async function blockTiles(page: Page): Promise<{ blocked: () => number }> {
  let n = 0;
  await page.route(/tile\.openstreetmap\.org|\{s\}\.tile\./, (route) => {
    n++;
    return route.abort("internetdisconnected");
  });
  return { blocked: () => n };
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Distances shown on the result cards, in miles, in list order. */
export async function cardDistances(page: Page): Promise<number[]> {
  const texts = await page.locator(".result-list .result__distance").allInnerTexts();
  return texts.map((t) => (/less than/.test(t) ? 0 : Number(t.replace(/[^\d.]/g, ""))));
}

/** The number in "N doctors within …". */
export async function summaryTotal(page: Page): Promise<number> {
  const text = await page.locator(".results-header__summary").innerText();
  const m = /([\d,]+) doctors?/.exec(text);
  return m ? Number(m[1]?.replace(/,/g, "")) : 0;
}

/** Markers on the results map, counting each cluster as the doctors it holds. */
export async function mapMarkerCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pins = document.querySelectorAll(".leaflet-marker-pane .map-pin").length;
    const clustered = [...document.querySelectorAll<HTMLElement>(".leaflet-marker-pane .map-cluster__count")].reduce(
      (sum, el) => sum + Number(el.dataset.count ?? 0),
      0,
    );
    return pins + clustered;
  });
}
