// The data-free pages are prerendered at build time (decisions 053, 068) and still go out like every public page:
// the shared-cache policy, an ETag and 304s, and a body a browser can read whatever encodings it offers — in both
// languages, each with its own root layout (html lang, header, footer).
import { expect, test } from "@playwright/test";

const PRERENDERED: Array<{ path: string; lang: "en" | "es"; h1: RegExp }> = [
  { path: "/", lang: "en", h1: /Find a doctor/ },
  { path: "/es", lang: "es", h1: /Encuentre un médico/ },
  { path: "/developers", lang: "en", h1: /Open directory API/ },
  { path: "/procedures", lang: "en", h1: /Conditions and procedures/ },
  { path: "/es/procedures", lang: "es", h1: /Enfermedades y procedimientos/ },
  { path: "/procedures/kyphoplasty", lang: "en", h1: /Kyphoplasty/ },
  { path: "/es/procedures/kyphoplasty", lang: "es", h1: /Cifoplastia/ },
  { path: "/conditions/vertebral-compression-fractures", lang: "en", h1: /compression fracture/i },
  { path: "/es/conditions/vertebral-compression-fractures", lang: "es", h1: /compresión/i },
  { path: "/procedures/port-placement", lang: "en", h1: /port/i },
];

for (const { path, lang, h1 } of PRERENDERED) {
  test(`${path} is served prerendered, cacheable, with validators`, async ({ request }) => {
    const res = await request.get(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["x-nextjs-prerender"]).toBeTruthy();
    expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=15");
    expect(res.headers()["content-encoding"]).toBe("gzip");
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>[^<]*${h1.source}`, h1.flags));
    const etag = res.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get(path, { headers: { "if-none-match": etag as string } });
    expect(again.status()).toBe(304);
    const plain = await request.get(path, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(await plain.text()).toBe(html);
  });
}

test("a prerendered page holds the language switch's place without a link that would drop the query", async ({ request }) => {
  // The query is only known in the browser; the switch becomes a link when the page hydrates (spanish.spec.ts clicks it).
  const html = await (await request.get("/procedures/kyphoplasty?from=test")).text();
  expect(html).not.toContain('data-testid="language-switch"');
  expect(html).toMatch(/<span[^>]*aria-hidden="true"[^>]*>.*Español<\/span>/s);
});

test("per-request pages still render the switch on the server, query kept", async ({ request }) => {
  const html = await (await request.get("/search?near=10001&procedure=kyphoplasty")).text();
  expect(html).toMatch(/data-testid="language-switch"/);
  expect(html).toContain('href="/es/search?near=10001&amp;procedure=kyphoplasty"');
});

test("unknown guides are 404s in their own language", async ({ page }) => {
  for (const [path, h1] of [
    ["/procedures/no-such-procedure", "We couldn’t find that page"],
    ["/conditions/no-such-condition", "We couldn’t find that page"],
    ["/es/procedures/no-such-procedure", "No encontramos esta página"],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
  }
});

test("the placeholder takes the switch's exact place: nothing moves when the page hydrates", async ({ browser }) => {
  for (const width of [375, 1280]) {
    const boxes = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/es/procedures/kyphoplasty?from=test");
      const slot = javaScriptEnabled ? page.getByTestId("language-switch") : page.locator('header span[aria-hidden="true"]').last();
      if (javaScriptEnabled) await expect(slot).toHaveAttribute("href", "/procedures/kyphoplasty?from=test");
      boxes.push({ slot: await slot.boundingBox(), h1: await page.getByRole("heading", { level: 1 }).boundingBox() });
      await context.close();
    }
    expect(boxes[0], `${width} px`).toEqual(boxes[1]);
  }
});
