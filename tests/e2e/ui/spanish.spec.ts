// The Spanish patient pages under /es: a reader walks from the index to each guide without meeting English or a
// missing message; lang, hreflang, titles and JSON-LD are Spanish; the language switch keeps the page and query;
// every Spanish sitemap entry is served in Spanish; axe finds nothing at 1280 and 375 px.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "../../../playwright.config";
import { englishWordsIn } from "../../support/english-words";
import { collectPageErrors, expectNoAxeViolations } from "./support";

const MISSING_MARKER = "⟦missing";

const GUIDES = [
  { name: "Fractura por compresión vertebral", path: "/es/conditions/vertebral-compression-fractures" },
  { name: "Vertebroplastia", path: "/es/procedures/vertebroplasty" },
  { name: "Cifoplastia (aumento vertebral con balón)", path: "/es/procedures/kyphoplasty" },
];

/**
 * Everything a reader (or a screen reader) gets from the page in Spanish: visible text, labels, title, description.
 * Left out: elements marked as another language (the "English" switch). The site footer is checked like the rest.
 */
async function spanishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('[lang]:not([lang^="es"]), script, style, noscript');
    const parts: string[] = [document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? ""];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) parts.push(n.textContent ?? "");
    for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (skip(el)) continue;
      for (const a of ["aria-label", "title", "alt", "placeholder"]) parts.push(el.getAttribute(a) ?? "");
    }
    return parts.join("\n");
  });
}

async function expectAllSpanish(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const text = await spanishText(page);
  expect(text, `missing catalog message on ${page.url()}`).not.toContain(MISSING_MARKER);
  const english = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => englishWordsIn(line).length > 0);
  expect(english, `English text on ${page.url()}`).toEqual([]);
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

test("a Spanish reader walks from the index to each guide without meeting English", async ({ page }) => {
  await page.goto("/es/procedures");
  await expect(page.getByRole("heading", { level: 1, name: "Enfermedades y procedimientos" })).toBeVisible();
  await expectAllSpanish(page);
  for (const g of GUIDES) {
    await page.goto("/es/procedures");
    await page.getByRole("link", { name: g.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${g.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: g.name })).toBeVisible();
    await expectAllSpanish(page);

    // The urgent-symptoms callout is its own labelled region, not body text, and says to call 911.
    const urgent = page.getByRole("region", { name: /ayuda de inmediato/ });
    await expect(urgent).toBeVisible();
    await expect(urgent).toContainText("911");
    await expect(page.getByRole("heading", { level: 2, name: "Preguntas para su médico" })).toBeVisible();
    expect(await page.locator("#questions + ul > li").count()).toBeGreaterThanOrEqual(6);
    await expect(page.getByRole("heading", { level: 2, name: "Fuentes" })).toBeVisible();
    await expect(page.getByText("Un médico todavía no ha revisado esta página.")).toBeVisible();

    // Titles, alternates and structured data in Spanish.
    await expect(page).toHaveTitle(/: (síntomas, diagnóstico y tratamiento|qué es, riesgos y recuperación) · IR Finder$/);
    const english = g.path.replace(/^\/es/, "");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${english}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", new RegExp(`${g.path}$`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${g.path}$`));
    const ld = (await jsonLd(page)).find((d) => d["@type"] === "MedicalWebPage");
    expect(ld?.inLanguage).toBe("es");
    expect(ld?.name).toContain(g.name);
    expect(ld?.url).toMatch(new RegExp(`${g.path}$`));
    const about = ld?.about as Record<string, unknown> | undefined;
    expect(about?.["@type"]).toBe(g.path.includes("/conditions/") ? "MedicalCondition" : "MedicalProcedure");
    // What search engines show from the structured data is Spanish too.
    const ldText = JSON.stringify(ld)
      .replace(/"@?[A-Za-z]+":/g, " ")
      .replace(/"https?:[^"]*"/g, " ");
    expect(englishWordsIn(ldText), "English in the JSON-LD").toEqual([]);

    // Links to the other guides and to the search stay in Spanish.
    for (const href of await page
      .locator("article a[href^='/procedures'], article a[href^='/conditions']")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      throw new Error(`a guide link leaves Spanish: ${href}`);
    }
    await expect(page.getByRole("link", { name: "Buscar un médico cerca de usted", exact: true })).toHaveAttribute(
      "href",
      /^\/es\/search\?procedure=/,
    );
  }
});

test("a Spanish guide's search link keeps the place of the last search, on the Spanish search", async ({ page }) => {
  await page.goto("/es/search?near=02108&procedure=vertebroplasty");
  await expect(page.locator(".result-list .result").first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("irf:last-search"))).toContain("02108");
  await page.goto("/es/procedures/kyphoplasty");
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "Buscar un médico cerca de usted", exact: true }).click();
  await page.waitForURL(/\/es\/search\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("near")).toBe("02108");
  expect(url.searchParams.get("procedure")).toBe("kyphoplasty");
  // The Spanish search's default (doctors who speak Spanish) stays a default, not written into the link.
  expect(url.searchParams.get("language")).toBeNull();
  await expect(page.getByRole("checkbox", { name: "Solo médicos que hablan español" })).toBeChecked();
});

test("the language switch keeps the page, the section anchors and the query string", async ({ page }) => {
  await page.goto("/procedures/kyphoplasty?from=test#risks");
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/procedures\/kyphoplasty$/);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/es\/procedures\/kyphoplasty\?from=test$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cifoplastia (aumento vertebral con balón)");
  await expect(page.locator("#risks")).toHaveText("Riesgos");
  const back = page.getByTestId("language-switch");
  await expect(back).toHaveText("English");
  await expect(back).toHaveAttribute("lang", "en");
  await back.click();
  await expect(page).toHaveURL(/\/procedures\/kyphoplasty\?from=test$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("language-switch")).toHaveText("Español");
});

test("pages without a Spanish twin offer no switch, and unknown /es addresses get a Spanish 404", async ({ page }) => {
  await page.goto("/developers");
  await expect(page.getByTestId("language-switch")).toHaveCount(0);
  for (const path of ["/es/procedures/no-such-procedure", "/es/conditions/no-such-condition", "/es/no-such-page"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esta página");
    await expectAllSpanish(page);
  }
  const res = await page.goto("/es/conditions");
  expect(res?.url()).toMatch(/\/es\/procedures$/);
});

test("every Spanish page in the sitemap has its English twin and the other way round; each is served in Spanish", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  const all = new Set(urls);
  const isSpanish = (p: string) => p === "/es" || p.startsWith("/es/");
  const spanish = urls.filter(isSpanish);
  const english = urls.filter((p) => !isSpanish(p));
  // Home, search, the index, every condition and procedure, and every profile and clinic page.
  expect(spanish.length).toBeGreaterThanOrEqual(3 + 14 + 15);
  expect(spanish.some((p) => p.startsWith("/es/physicians/"))).toBe(true);
  expect(spanish.some((p) => p.startsWith("/es/clinics/"))).toBe(true);
  expect(xml).toContain('hreflang="es"');
  for (const path of spanish) expect(all.has(path.replace(/^\/es/, "") || "/"), `the English twin of ${path}`).toBe(true);
  for (const path of english) expect(all.has(path === "/" ? "/es" : `/es${path}`), `the Spanish twin of ${path}`).toBe(true);
  // Every fixed page is walked; of the thousands of profiles and clinic pages, the first few of each.
  const walked = [
    ...spanish.filter((p) => !p.startsWith("/es/physicians/") && !p.startsWith("/es/clinics/")),
    ...spanish.filter((p) => p.startsWith("/es/physicians/")).slice(0, 3),
    ...spanish.filter((p) => p.startsWith("/es/clinics/")).slice(0, 3),
  ];
  for (const path of walked) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expectAllSpanish(page);
  }
});

/** The first doctor of a Spanish search near 10001 for kyphoplasty, and their clinic. */
async function firstResult(page: Page): Promise<{ profile: string; clinic: string }> {
  await page.goto("/es/search?near=10001&procedure=kyphoplasty");
  const card = page.locator(".result").first();
  const profile = (await card.locator(".result__name a").getAttribute("href")) ?? "";
  const clinic = (await card.locator(".result__clinic").getAttribute("href")) ?? "";
  return { profile, clinic };
}

test("a Spanish-speaking caregiver goes from /es to a kyphoplasty doctor, can call and get directions, without English", async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Encuentre un médico que lo trate sin cirugía abierta");
  await expectAllSpanish(page);
  await expect(page.locator("footer.site-footer")).toContainText("Para pacientes");
  await page.getByLabel("Lugar", { exact: true }).fill("10001");
  await page.getByRole("combobox", { name: "Procedimiento o enfermedad" }).fill("cifoplastia");
  await page.getByRole("button", { name: "Buscar médicos" }).click();
  await expect(page).toHaveURL(/\/es\/search\?near=10001/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cifoplastia");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("cerca de New York, NY 10001");

  // "N médicos" (ICU plural), distances "a 2,1 millas", and the doctors speak Spanish: the default, removable filter.
  const summary = page.locator(".results-header__summary");
  await expect(summary).toHaveText(/^(Más de )?\d+ médicos? a 25 millas o menos, los más cercanos primero$/);
  for (const d of await page.locator(".result__distance").allTextContents())
    expect(d.replace("Distancia: ", "")).toMatch(/^a (\d+(,\d)?|menos de 0,1) millas?$/);
  const onlySpanish = page.getByRole("checkbox", { name: "Solo médicos que hablan español" });
  await expect(onlySpanish).toBeChecked();
  const cards = page.locator(".result");
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  await expect(page.getByTestId("speaks-own-language")).toHaveCount(n);
  await expectAllSpanish(page);

  // Turning it off is kept in the URL (reload, share), and turning it on again drops it.
  // Hydrated (the page has remembered this search, an effect) before the checkbox is used.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("irf:last-search"))).toContain("near=10001");
  await onlySpanish.uncheck();
  await expect(page).toHaveURL(/language=any/, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Solo médicos que hablan español" })).not.toBeChecked();
  // Hydrated: the page has remembered this search (an effect), so the checkbox now changes the URL.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("irf:last-search"))).toContain("language=any");
  await page.getByRole("checkbox", { name: "Solo médicos que hablan español" }).check();
  await expect(page).not.toHaveURL(/language=/, { timeout: 15_000 });

  // The profile: Spanish throughout, "Habla español" up front, Call and Directions.
  await page.locator(".result__name a").first().click();
  await expect(page).toHaveURL(/\/es\/physicians\/[a-z0-9-]+$/);
  await expect(page.getByTestId("speaks-own-language").first()).toHaveText("Habla español");
  await expect(page.getByRole("link", { name: /^Llamar al \(\d{3}\) \d{3}-\d{4}$/ }).first()).toHaveAttribute("href", /^tel:\+1\d{10}$/);
  await expect(page.getByRole("link", { name: /^Cómo llegar/ }).first()).toHaveAttribute("href", /google\.com\/maps\/dir/);
  await expect(page.getByRole("link", { name: "Volver a los resultados" })).toHaveAttribute("href", /^\/es\/search\?/);
  await expectAllSpanish(page);
  const ld = (await jsonLd(page)).find((d) => d["@type"] === "Physician");
  expect(ld?.inLanguage).toBe("es");
  await expect(page).toHaveTitle(/: radiólogo intervencionista en .+ · IR Finder$/);
  // hreflang as crawlers get it: the page as served (a client-side navigation can leave the search page's links in
  // the head until the next full load; crawlers always load in full).
  const path = new URL(page.url()).pathname;
  const served = await (await page.request.get(path)).text();
  const english = [...served.matchAll(/<link rel="alternate" hrefLang="en" href="([^"]+)"/g)].map((m) => new URL(m[1] ?? "").pathname);
  expect(english).toEqual([path.replace(/^\/es/, "")]);

  // The report form speaks Spanish, its refusals too.
  await page.getByText("Avisar de un dato incorrecto").click();
  await page.getByRole("button", { name: "Enviar el aviso" }).click();
  await expect(page.locator(".field__error").first()).toBeVisible();
  for (const e of await page.locator(".field__error").allTextContents()) expect(englishWordsIn(e), e).toEqual([]);
  await expectAllSpanish(page);

  // The clinic page.
  await page.locator(".glance a[href^='/es/clinics/']").first().click();
  await expect(page).toHaveURL(/\/es\/clinics\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Médicos en este lugar \(\d+\)$/ })).toBeVisible();
  await expectAllSpanish(page);
  expect((await jsonLd(page)).find((d) => d["@type"] === "MedicalClinic")?.inLanguage).toBe("es");
  expect(errors).toEqual([]);
});

test("a clinic's temporary closure reads in Spanish on its clinic page and its doctors' profiles", async ({ page }) => {
  const first = await firstResult(page);
  const slug = first.clinic.replace(/^\/es\/clinics\//, "");
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const inserted = await db.query<{ id: number }>(
    `INSERT INTO location_closure (location_id, starts_on, ends_on, note, source_id)
     SELECT l.id, $2::date, $3::date, 'Holiday closure', (SELECT id FROM data_source ORDER BY id LIMIT 1)
     FROM location l WHERE l.slug = $1 RETURNING id`,
    [slug, day(0), day(2)],
  );
  try {
    expect(inserted.rowCount).toBe(1);
    for (const path of [first.clinic, first.profile]) {
      await page.goto(path);
      const notice = page.getByTestId("closure-notice").first();
      await expect(notice).toHaveAccessibleName("Cierres temporales");
      await expect(notice).toContainText(/^Cerrado ahora, del \d+ (de \p{L}+ )?al \d+ de \p{L}+( de \d{4})? — Holiday closure$/u);
      // Only the clinic's own note is English, and it says so.
      await expect(notice.locator('[lang="en"]')).toHaveText("Holiday closure");
      await expectAllSpanish(page);
    }
  } finally {
    await db.query("DELETE FROM location_closure WHERE id = ANY($1::int[])", [inserted.rows.map((r) => r.id)]);
    await db.end();
  }
});

test("the language switch keeps the search, both ways", async ({ page }) => {
  await page.goto("/search?near=10001&procedure=kyphoplasty&radius=50");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/es\/search\?near=10001&procedure=kyphoplasty&radius=50$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator(".results-header__summary")).toHaveText(/a 50 millas o menos/);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/search\?near=10001&procedure=kyphoplasty&radius=50$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the Spanish search's empty and error states are in Spanish", async ({ page }) => {
  await page.goto("/es/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buscar un radiólogo intervencionista");
  await expectAllSpanish(page);
  await page.goto("/es/search?near=zzzzqqq");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/No encontramos ese lugar|¿Qué lugar quiso decir\?/);
  await expectAllSpanish(page);
  await page.goto("/es/search?near=10001&procedure=xyzzyplasty");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Todavía no conocemos “xyzzyplasty”");
  await expectAllSpanish(page);
  // Nobody in a tiny radius: the nearest matches beyond it, in Spanish.
  await page.goto("/es/search?near=64.84,-147.72&radius=1&procedure=sacroplasty&language=any");
  await expect(page.locator(".empty .panel__title")).toHaveText("Todavía no hay nadie a 1 milla o menos");
  await expectAllSpanish(page);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`axe on the Spanish pages at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const path of [
      "/es",
      "/es/search",
      "/es/search?near=10001&procedure=kyphoplasty",
      "/es/procedures",
      ...GUIDES.map((g) => g.path),
      "/es/procedures/port-placement",
      "/es/conditions/uterine-fibroids",
      "/es/no-such-page",
      "profile",
      "clinic",
    ]) {
      test(path, async ({ page }) => {
        if (path === "profile" || path === "clinic") {
          const first = await firstResult(page);
          await page.goto(path === "profile" ? first.profile : first.clinic);
        } else await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, `${path} at ${viewport.width} px`);
      });
    }
  });
}

test.describe("with the database down", () => {
  // A second server on the same build, pointed at a database that does not exist (as database-down.spec.ts does).
  const port = Number(process.env.E2E_PORT ?? 3000) + 2;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    // The production server (scripts/serve.ts), as database-down.spec.ts runs it: honest 503s for pages.
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/irf_e2e_missing_database",
        LOG_LEVEL: "silent",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const until = Date.now() + 60_000;
    for (;;) {
      try {
        await fetch(`http://127.0.0.1:${port}/robots.txt`);
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

  test("guides still read in Spanish; pages that need the directory show the Spanish error state; no axe violations", async ({ page }) => {
    const errors = collectPageErrors(page);
    // The guides and their index come from the catalogue in code (decision 053): the database is not needed.
    for (const path of ["/es/procedures", "/es/procedures/kyphoplasty", "/es/procedures/port-placement"]) {
      const res = await page.goto(`http://127.0.0.1:${port}${path}`);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Algo salió mal");
      await expectAllSpanish(page);
    }
    await expectNoAxeViolations(page, "a Spanish guide with the database down");
    for (const path of ["/es/physicians/jane-doe-9000000001", "/es/clinics/any-clinic"]) {
      const res = await page.goto(`http://127.0.0.1:${port}${path}`);
      expect(res?.status(), path).toBe(503);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Algo salió mal");
      await expect(page.getByRole("button", { name: "Intentar de nuevo" })).toBeVisible();
      await expectAllSpanish(page);
      await expectNoAxeViolations(page, `Spanish error state of ${path}`);
    }
    await page.goto(`http://127.0.0.1:${port}/es/search?near=10001&procedure=kyphoplasty`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No pudimos cargar los resultados en este momento");
    await expectAllSpanish(page);
    expect(errors).toEqual([]);
  });
});
