// The published contract is a valid OpenAPI 3.1 document and describes every public JSON endpoint.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("http://localhost:3000");

  it("is valid OpenAPI 3.1 (the official schema, JSON Schema 2020-12)", async () => {
    const v = new Validator();
    const res = await v.validate(doc);
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(v.version).toBe("3.1");
  });

  it("lists every public route and every search parameter", () => {
    const paths = Object.keys(doc.paths as object);
    for (const p of [
      "/api/v1/search",
      "/api/v1/physicians/{idOrSlug}",
      "/api/v1/procedures",
      "/api/v1/openapi.json",
      "/api/v1/export/physicians.csv",
      "/fhir/metadata",
      "/fhir/{type}",
      "/fhir/{type}/{id}",
      "/fhir/$export",
    ]) {
      expect(paths).toContain(p);
    }
    const search = (doc.paths as Record<string, { get: { parameters: Array<{ name: string; required: boolean }> } }>)["/api/v1/search"];
    expect(search?.get.parameters.map((p) => p.name).sort()).toEqual([
      "acceptingNewPatients",
      "boardCertified",
      "gender",
      "lang",
      "language",
      "medicareAssignment",
      "near",
      "page",
      "pageSize",
      "procedure",
      "radius",
      "sort",
      "telehealth",
    ]);
    expect(search?.get.parameters.find((p) => p.name === "near")?.required).toBe(true);
    // Issue 15: labels and messages in Spanish on request, on the search and the catalogue.
    const procedures = (doc.paths as Record<string, { get: { parameters?: Array<{ name: string; schema: { enum?: string[] } }> } }>)[
      "/api/v1/procedures"
    ];
    expect(procedures?.get.parameters?.map((p) => p.name)).toEqual(["lang"]);
    expect(procedures?.get.parameters?.[0]?.schema.enum).toEqual(["en", "es"]);
  });
});
