// Contract tests: the served OpenAPI 3.1 document is valid, every endpoint's live answers (success and each error)
// validate against it with a JSON Schema 2020-12 validator, and a fuzz driven by its parameter schemas never sees a 5xx.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { resetPublicApiBuckets } from "@/lib/http/public-rate-limit";
import { startDirectory, type TDirectoryServer } from "./fhir/support";

type TOp = {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: Record<string, unknown>; example?: unknown }>;
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type TDoc = { paths: Record<string, Record<string, TOp>>; components: unknown };

let dir: TDirectoryServer;
let doc: TDoc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
/** path template -> method -> statuses seen live */
const seen = new Map<string, Set<string>>();

beforeAll(async () => {
  dir = await startDirectory(200);
  doc = (await (await fetch(`${dir.url}/api/v1/openapi.json`)).json()) as TDoc;
  ajv.addSchema({ ...(doc as object), $id: "https://contract.test/openapi.json" });
});
afterAll(async () => dir.close());

/** Sends a request and checks the answer against the operation's documented response for its status. */
async function check(template: string, method: string, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(`${dir.url}${url}`, { ...init, method: method.toUpperCase() });
  const status = String(res.status);
  const op = doc.paths[template]?.[method];
  expect(op, `${method} ${template} is documented`).toBeDefined();
  const documented = op?.responses[status];
  expect(documented, `${method} ${url} -> ${status} is documented`).toBeDefined();
  const key = `${method} ${template}`;
  seen.set(key, (seen.get(key) ?? new Set()).add(status));
  const ct = (res.headers.get("content-type") ?? "").split(";")[0] as string;
  const text = await res.text();
  if (status === "304" || status === "202") return res;
  const media = documented?.content?.[ct];
  expect(media, `${method} ${url} -> ${status} ${ct} is a documented media type`).toBeDefined();
  if ((ct === "application/json" || ct.endsWith("+json")) && media) {
    const validate = ajv.compile({
      $ref: `https://contract.test/openapi.json#/paths/${template.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}/responses/${status}/content/${ct.replace("/", "~1")}/schema`,
    });
    const body: unknown = JSON.parse(text);
    if (!validate(body)) throw new Error(`${method} ${url} -> ${status}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 300)}`);
  }
  return res;
}

describe("OpenAPI contract", () => {
  it("the served document is valid OpenAPI 3.1", async () => {
    const v = new Validator();
    const res = await v.validate(doc as unknown as Parameters<typeof v.validate>[0]);
    expect(res.errors ?? []).toEqual([]);
    expect(v.version).toBe("3.1");
  });

  it("live answers validate against the document, for success and each error", async () => {
    const search = await check("/api/v1/search", "get", "/api/v1/search?near=10001&radius=100&procedure=kyphoplasty");
    await check("/api/v1/search", "get", "/api/v1/search?near=10001&radius=100&procedure=kyphoplasty", {
      headers: { "if-none-match": search.headers.get("etag") as string },
    });
    await check("/api/v1/search", "get", "/api/v1/search?near=10001&radius=-5");
    await check("/api/v1/search", "get", "/api/v1/search?near=00000");
    await check("/api/v1/search", "get", "/api/v1/search?near=10001&procedure=no-such-thing-at-all");
    const { rows } = await dir.pool.query<{ slug: string; id: number }>("SELECT slug, id FROM physician WHERE active ORDER BY id LIMIT 1");
    const p = await check("/api/v1/physicians/{idOrSlug}", "get", `/api/v1/physicians/${rows[0]?.slug}`);
    await check("/api/v1/physicians/{idOrSlug}", "get", `/api/v1/physicians/${rows[0]?.id}`, {
      headers: { "if-none-match": p.headers.get("etag") as string },
    });
    await check("/api/v1/physicians/{idOrSlug}", "get", "/api/v1/physicians/Not%20A%20Slug!");
    await check("/api/v1/physicians/{idOrSlug}", "get", "/api/v1/physicians/999999999");
    const { rows: locs } = await dir.pool.query<{ slug: string }>(
      "SELECT l.slug FROM location l JOIN practitioner_role r ON r.location_id = l.id ORDER BY l.id LIMIT 1",
    );
    const clinic = await check("/api/v1/clinics/{slug}", "get", `/api/v1/clinics/${locs[0]?.slug}`);
    expect(clinic.status).toBe(200);
    await check("/api/v1/clinics/{slug}", "get", `/api/v1/clinics/${locs[0]?.slug}`, {
      headers: { "if-none-match": clinic.headers.get("etag") as string },
    });
    await check("/api/v1/clinics/{slug}", "get", "/api/v1/clinics/Not_A_Slug");
    await check("/api/v1/clinics/{slug}", "get", "/api/v1/clinics/no-such-clinic-anywhere");
    const procs = await check("/api/v1/procedures", "get", "/api/v1/procedures");
    await check("/api/v1/procedures", "get", "/api/v1/procedures", { headers: { "if-none-match": procs.headers.get("etag") as string } });
    await check("/api/v1/procedures", "get", "/api/v1/procedures?lang=es");
    await check("/api/v1/procedures", "get", "/api/v1/procedures?lang=xx");
    await check("/api/v1/search", "get", "/api/v1/search?near=10001&procedure=cifoplastia&lang=es");
    await check("/api/v1/search", "get", "/api/v1/search?near=00000&lang=es");
    const oa = await check("/api/v1/openapi.json", "get", "/api/v1/openapi.json");
    await check("/api/v1/openapi.json", "get", "/api/v1/openapi.json", { headers: { "if-none-match": oa.headers.get("etag") as string } });
    await check("/api/v1/export/physicians.csv", "get", "/api/v1/export/physicians.csv");
    await check("/fhir/metadata", "get", "/fhir/metadata");
    const b = await check("/fhir/{type}", "get", "/fhir/Location?address-state=NY");
    await check("/fhir/{type}", "get", "/fhir/Location?address-state=NY", {
      headers: { "if-none-match": b.headers.get("etag") as string },
    });
    await check("/fhir/{type}", "get", "/fhir/Location?near=1|2|3|parsec");
    await check("/fhir/{type}", "get", "/fhir/Patient");
    const loc = await check("/fhir/{type}/{id}", "get", "/fhir/Location/1");
    await check("/fhir/{type}/{id}", "get", "/fhir/Location/1", { headers: { "if-none-match": loc.headers.get("etag") as string } });
    await check("/fhir/{type}/{id}", "get", "/fhir/Location/999999999");
    const kick = await check("/fhir/$export", "get", "/fhir/$export", { headers: { prefer: "respond-async" } });
    await check("/fhir/$export", "get", "/fhir/$export");
    const job = (kick.headers.get("content-location") as string).split("/").at(-1) as string;
    const status = await check("/fhir/$export-status/{job}", "get", `/fhir/$export-status/${job}`);
    expect(status.status).toBe(200);
    await check("/fhir/$export-status/{job}", "get", "/fhir/$export-status/nope");
    await check("/fhir/$export-status/{job}", "delete", `/fhir/$export-status/${job}`);
    await check("/fhir/$export-status/{job}", "delete", "/fhir/$export-status/nope");
    await check("/fhir/$export-file/{job}/{file}", "get", `/fhir/$export-file/${job}/Organization.ndjson`);
    await check("/fhir/$export-file/{job}/{file}", "get", `/fhir/$export-file/${job}/Patient.ndjson`);
  });

  it("over the fair-use limit every public endpoint answers 429 with Retry-After, in its documented shape", async () => {
    process.env.PUBLIC_API_RATE_LIMIT = "2";
    // The test client stands in for the operator's proxy, so its X-Forwarded-For names the clients (decision 025).
    process.env.TRUSTED_PROXIES = "127.0.0.1/32";
    resetEnvCache();
    resetPublicApiBuckets();
    try {
      const targets: Array<[string, string]> = [
        ["/api/v1/search", "/api/v1/search?near=10001"],
        ["/api/v1/procedures", "/api/v1/procedures"],
        ["/api/v1/physicians/{idOrSlug}", "/api/v1/physicians/1"],
        ["/api/v1/clinics/{slug}", "/api/v1/clinics/no-such-clinic-anywhere"],
        ["/api/v1/export/physicians.csv", "/api/v1/export/physicians.csv"],
        ["/fhir/{type}", "/fhir/Practitioner"],
        ["/fhir/{type}/{id}", "/fhir/Practitioner/1"],
        ["/fhir/$export", "/fhir/$export"],
      ];
      for (const [i, [template, url]] of targets.entries()) {
        const headers = { "x-forwarded-for": `203.0.113.${i + 1}` };
        for (let n = 0; n < 2; n++) expect((await fetch(`${dir.url}${url}`, { headers })).status).not.toBe(429);
        const res = await check(template, "get", url, { headers });
        expect(res.status).toBe(429);
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      }
      // Another client is not affected.
      expect((await fetch(`${dir.url}/api/v1/procedures`, { headers: { "x-forwarded-for": "198.51.100.7" } })).status).toBe(200);
    } finally {
      process.env.PUBLIC_API_RATE_LIMIT = "0";
      delete process.env.TRUSTED_PROXIES;
      resetEnvCache();
    }
  });

  it("every documented status except 500 and 503 was seen live", () => {
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const want = Object.keys(op.responses).filter((s) => s !== "500" && s !== "503");
        expect({ op: `${method} ${template}`, statuses: [...(seen.get(`${method} ${template}`) ?? [])].sort() }).toEqual({
          op: `${method} ${template}`,
          statuses: want.sort(),
        });
      }
    }
  });

  it("a fuzz driven by the documented parameter schemas never gets a 5xx", async () => {
    const valueFor = (schema: Record<string, unknown>, example: unknown): fc.Arbitrary<string> => {
      const opts: Array<fc.Arbitrary<string>> = [
        fc.string({ maxLength: 30 }),
        fc.constantFrom("", "-1", "0", "1e309", "NaN", "%", "'", "\u0000"),
      ];
      if (example !== undefined) opts.push(fc.constant(String(example)));
      const s = (schema.anyOf as Array<Record<string, unknown>> | undefined)?.[1] ?? schema;
      if (Array.isArray(s.enum)) opts.push(fc.constantFrom(...(s.enum as unknown[]).map(String)));
      if (s.type === "integer" || s.type === "number") {
        opts.push(fc.integer({ min: Number(s.minimum ?? -1000) - 2, max: Number(s.maximum ?? 1000) + 2 }).map(String));
      }
      if (s.type === "boolean" || schema.anyOf) opts.push(fc.constantFrom("true", "false"));
      return fc.oneof(...opts);
    };
    const templates = Object.entries(doc.paths).filter(([t, ops]) => ops.get && !t.includes("$export") && !t.endsWith(".csv"));
    const arb = fc.constantFrom(...templates).chain(([template, ops]) => {
      const params = ops.get?.parameters ?? [];
      return fc.tuple(
        fc.constant(template),
        fc.tuple(...params.map((p) => fc.option(valueFor(p.schema, p.example), { nil: undefined }).map((v) => [p, v] as const))),
      );
    });
    await fc.assert(
      fc.asyncProperty(arb, async ([template, pairs]) => {
        let path = template;
        const q = new URLSearchParams();
        const headers: Record<string, string> = {};
        for (const [p, v] of pairs) {
          if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(v ?? "x") || "x");
          else if (v !== undefined && p.in === "query") q.set(p.name, v);
          else if (v !== undefined && p.in === "header") headers[p.name] = v.replace(/[^\x20-\x7e]/g, "");
        }
        const url = `${path}${q.size ? `?${q}` : ""}`;
        const res = await fetch(`${dir.url}${url}`, { headers });
        expect({ url, status: res.status }).toEqual({ url, status: expect.any(Number) });
        expect(res.status, url).toBeLessThan(500);
        await check(template, "get", url, { headers });
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
