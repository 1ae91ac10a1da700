// The public API in Spanish (`lang=es`): the same matches as English, Spanish procedure and condition names and
// error messages, Spanish search words understood; every answer valid against the served OpenAPI document.
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDirectory, type TDirectoryServer } from "./fhir/support";

type TSearch = {
  query: {
    procedure: { input: string; label: string; slug: string | null; kind: string; explanation: string | null } | null;
    lang: string;
  };
  total: number;
  results: Array<{
    physician: { id: number; languages: string[] };
    location: { id: number };
    distanceMiles: number;
    procedures: Array<{ slug: string; name: string }>;
  }>;
};
type TError = { error: { code: string; message: string; details?: { fields?: Array<{ field: string; message: string }> } } };
type TList = {
  procedures: Array<{ slug: string; name: string; summary: string; cptCodes: string[]; synonyms: string[] }>;
  conditions: Array<{ slug: string; name: string; procedures: Array<{ slug: string; name: string }> }>;
};

let dir: TDirectoryServer;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  dir = await startDirectory(300);
  const doc = (await (await fetch(`${dir.url}/api/v1/openapi.json`)).json()) as object;
  ajv.addSchema({ ...doc, $id: "https://contract.test/openapi.json" });
});
afterAll(async () => dir.close());

/** GET, and check the answer against the documented response of its path and status. */
async function get<T>(path: string, template: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${dir.url}${path}`);
  const body = (await res.json()) as T;
  const pointer = `#/paths/${template.replaceAll("/", "~1")}/get/responses/${res.status}/content/application~1json/schema`;
  const validate = ajv.compile({ $ref: `https://contract.test/openapi.json${pointer}` });
  if (!validate(body)) throw new Error(`${path} -> ${res.status}: ${ajv.errorsText(validate.errors)}`);
  return { status: res.status, body, headers: res.headers };
}
const search = <T = TSearch>(q: string) => get<T>(`/api/v1/search?${q}`, "/api/v1/search");
const ids = (r: TSearch) => r.results.map((x) => `${x.physician.id}@${x.location.id}`);

describe("GET /api/v1/search with lang=es", () => {
  it("returns the same doctors as English, with Spanish procedure names", async () => {
    const en = await search("near=10001&radius=100&procedure=kyphoplasty&pageSize=50");
    const es = await search("near=10001&radius=100&procedure=kyphoplasty&pageSize=50&lang=es");
    expect(en.status).toBe(200);
    expect(es.status).toBe(200);
    expect(es.body.total).toBe(en.body.total);
    expect(es.body.total).toBeGreaterThan(0);
    expect(ids(es.body)).toEqual(ids(en.body));
    expect(es.body.query.lang).toBe("es");
    expect(en.body.query.lang).toBe("en");
    expect(es.body.query.procedure?.label).toBe("Cifoplastia (aumento vertebral con balón)");
    expect(en.body.query.procedure?.label).toBe("Kyphoplasty (balloon vertebral augmentation)");
    const names = new Map(es.body.results.flatMap((r) => r.procedures.map((p) => [p.slug, p.name])));
    expect(names.get("kyphoplasty")).toBe("Cifoplastia (aumento vertebral con balón)");
    // Data is one: distances, languages and everything but the labels are identical.
    const strip = (r: TSearch) => r.results.map((x) => ({ ...x, procedures: x.procedures.map((p) => p.slug) }));
    expect(strip(es.body)).toEqual(strip(en.body));
  });

  it.each([
    ["cifoplastia", "kyphoplasty"],
    ["vertebroplastía", "vertebroplasty"],
    ["fractura de columna", "vertebral-compression-fractures"],
    ["dolor de espalda por osteoporosis", "vertebral-compression-fractures"],
    ["fractura por compresión vertebral", "vertebral-compression-fractures"],
  ])("understands %s as %s, in either language", async (spanish, slug) => {
    const bySlug = await search(`near=10001&radius=100&pageSize=50&procedure=${slug}`);
    for (const lang of ["es", "en"]) {
      const r = await search(`near=10001&radius=100&pageSize=50&lang=${lang}&procedure=${encodeURIComponent(spanish)}`);
      expect(r.status).toBe(200);
      expect(r.body.query.procedure?.slug).toBe(slug);
      expect(r.body.query.procedure?.input).toBe(spanish);
      expect(ids(r.body)).toEqual(ids(bySlug.body));
    }
  });

  it("explains in Spanish why the search chose what it chose", async () => {
    const phrase = await search(`near=10001&lang=es&procedure=${encodeURIComponent("dolor de espalda")}`);
    expect(phrase.body.query.procedure).toMatchObject({
      slug: "vertebral-compression-fractures",
      label: "Fractura por compresión vertebral",
    });
    expect(phrase.body.query.procedure?.explanation).toMatch(/^Un dolor de espalda repentino/);
    const typo = await search(`near=10001&lang=es&procedure=${encodeURIComponent("cifoplastya")}`);
    expect(typo.body.query.procedure).toMatchObject({ slug: "kyphoplasty", label: "Cifoplastia (aumento vertebral con balón)" });
    expect(typo.body.query.procedure?.explanation).toBe(
      "Mostramos resultados para Cifoplastia (aumento vertebral con balón) (usted escribió “cifoplastya”).",
    );
    const english = await search(`near=10001&lang=es&procedure=${encodeURIComponent("back pain")}`);
    expect(english.body.query.procedure?.slug).toBe("vertebral-compression-fractures");
    expect(english.body.query.procedure?.explanation).toMatch(/^Mostramos resultados para Fractura por compresión vertebral/);
    const exact = await search("near=10001&lang=es&procedure=cifoplastia");
    expect(exact.body.query.procedure?.explanation).toBeNull();
  });

  it("refuses bad input with Spanish messages in the one error shape", async () => {
    const zip = await search<TError>("near=00000&procedure=kyphoplasty&lang=es");
    expect(zip.status).toBe(404);
    expect(zip.body.error).toMatchObject({ code: "UNKNOWN_LOCATION" });
    expect(zip.body.error.message).toBe('No encontramos "00000". Escriba un código postal (ZIP) de 5 dígitos o "Ciudad, ST".');

    const place = await search<TError>(`near=${encodeURIComponent("Boston, ZZ")}&lang=es`);
    expect(place.status).toBe(400);
    expect(place.body.error.message).toMatch(/^No pudimos usar "Boston, ZZ" como lugar/);

    const proc = await search<TError>("near=10001&procedure=zzzz&lang=es");
    expect(proc.status).toBe(404);
    expect(proc.body.error).toMatchObject({ code: "UNKNOWN_PROCEDURE" });
    expect(proc.body.error.message).toMatch(/^No conocemos un procedimiento o enfermedad llamado "zzzz"/);

    const radius = await search<TError>("near=10001&radius=999&lang=es");
    expect(radius.status).toBe(400);
    expect(radius.body.error.code).toBe("VALIDATION_FAILED");
    expect(radius.body.error.message).toBe("Valor no válido en radius: la distancia debe estar entre 1 y 250 millas");
    expect(radius.body.error.details?.fields).toEqual([{ field: "radius", message: "la distancia debe estar entre 1 y 250 millas" }]);

    const missing = await search<TError>("lang=es");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^Valor no válido en near: escriba un código postal/);
  });

  it("keeps English messages by default, and says which languages exist", async () => {
    const radius = await search<TError>("near=10001&radius=999");
    expect(radius.body.error.message).toBe("Invalid radius: radius must be between 1 and 250 miles");
    const french = await search<TError>("near=10001&lang=fr");
    expect(french.status).toBe(400);
    expect(french.body.error.message).toBe("Invalid lang: lang must be en or es");
  });
});

describe("GET /api/v1/procedures with lang=es", () => {
  it("lists the same catalogue with Spanish names, summaries and search words", async () => {
    const en = await get<TList>("/api/v1/procedures", "/api/v1/procedures");
    const es = await get<TList>("/api/v1/procedures?lang=es", "/api/v1/procedures");
    expect(es.status).toBe(200);
    expect(es.body.procedures.map((p) => [p.slug, p.cptCodes])).toEqual(en.body.procedures.map((p) => [p.slug, p.cptCodes]));
    expect(es.body.conditions.map((c) => c.slug)).toEqual(en.body.conditions.map((c) => c.slug));
    const kypho = es.body.procedures.find((p) => p.slug === "kyphoplasty");
    expect(kypho?.name).toBe("Cifoplastia (aumento vertebral con balón)");
    expect(kypho?.synonyms).toContain("cifoplastia");
    for (const p of es.body.procedures) expect(p.summary).not.toBe(en.body.procedures.find((x) => x.slug === p.slug)?.summary);
    const vcf = es.body.conditions.find((c) => c.slug === "vertebral-compression-fractures");
    expect(vcf?.name).toBe("Fractura por compresión vertebral");
    expect(vcf?.procedures.map((p) => p.name)).toEqual(["Vertebroplastia", "Cifoplastia (aumento vertebral con balón)"]);
    // Each language is its own cacheable representation.
    expect(es.headers.get("etag")).toBeTruthy();
    expect(es.headers.get("etag")).not.toBe(en.headers.get("etag"));
  });

  it("refuses an unknown language", async () => {
    const r = await get<TError>("/api/v1/procedures?lang=xx", "/api/v1/procedures");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("VALIDATION_FAILED");
  });
});
