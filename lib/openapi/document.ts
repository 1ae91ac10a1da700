// The OpenAPI 3.1 document of the public API, generated from the same zod schemas the routes parse with.
import { z } from "zod";
import { ZClinicPage, ZClinicSlug } from "@/lib/clinics/schema";
import { ZErrorBody } from "@/lib/errors";
import { ZPhysicianKey, ZPhysicianProfile } from "@/lib/physicians/schema";
import { ZProcedureList, ZProcedureListQuery } from "@/lib/procedures/schema";
import { ZSearchQuery, ZSearchResponse } from "@/lib/search/schema";

type TJson = Record<string, unknown>;

/**
 * zod 4's own JSON Schema output (draft 2020-12, which OpenAPI 3.1 uses as its schema dialect): no extra library
 * between the schemas and the contract (docs/decisions/020). Named schemas land in components; refs are rewritten.
 */
function toComponents(named: Record<string, z.ZodType>, io: "input" | "output" = "output"): Record<string, TJson> {
  const out: Record<string, TJson> = {};
  for (const [name, schema] of Object.entries(named)) {
    const js = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as TJson;
    const defs = (js.$defs ?? {}) as Record<string, TJson>;
    delete js.$defs;
    delete js.$schema;
    Object.assign(out, defs);
    if (!(typeof js.$ref === "string" && js.$ref === `#/$defs/${name}`)) out[name] = js;
  }
  return JSON.parse(JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, TJson>;
}

const LANG_DOC = {
  description:
    "Language of the labels (procedure and condition names) and error messages: en (default) or es. The matches and " +
    'every other field are the same in both; Spanish free text ("cifoplastia", "fractura de columna") is understood either way.',
  example: "es",
};

const SEARCH_PARAM_DOCS: Record<string, { description: string; example?: unknown }> = {
  near: { description: 'Where to search from: a 5-digit ZIP, "City, ST" or "lat,lng".', example: "10001" },
  radius: { description: "Search radius in miles (1–250).", example: 50 },
  procedure: {
    description: 'A procedure or condition slug (see /api/v1/procedures), or free text such as "compression fracture".',
    example: "kyphoplasty",
  },
  boardCertified: { description: "Only physicians with a verified, active board certification." },
  acceptingNewPatients: { description: "Only locations accepting new patients." },
  telehealth: { description: "Only locations that offer telehealth." },
  language: { description: "A language the physician speaks: ISO 639-1 code or English name.", example: "es" },
  gender: { description: "female or male.", example: "female" },
  sort: { description: "distance (nearest first) or name." },
  page: { description: "1-based page number." },
  pageSize: { description: "Results per page (1–100)." },
  lang: LANG_DOC,
};

function queryParameters(schema: z.ZodObject, docs: Record<string, { description: string; example?: unknown }>): TJson[] {
  const js = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as {
    properties: Record<string, TJson>;
    required?: string[];
  };
  return Object.entries(js.properties).map(([name, s]) => ({
    name,
    in: "query",
    required: js.required?.includes(name) ?? false,
    description: docs[name]?.description,
    schema: s,
    ...(docs[name]?.example !== undefined ? { example: docs[name]?.example } : {}),
  }));
}

const errorRef = { $ref: "#/components/schemas/Error" };
const errorResponse = (description: string, example: { code: string; message: string }) => ({
  description,
  content: { "application/json": { schema: errorRef, example: { error: example } } },
});
const rateLimited = {
  description: "Fair-use limit reached; wait Retry-After seconds.",
  headers: { "Retry-After": { schema: { type: "integer" }, description: "seconds to wait" } },
  content: {
    "application/json": {
      schema: errorRef,
      example: {
        error: { code: "RATE_LIMITED", message: "Too many requests: the public API allows 300 a minute per client. Try again in 12 s." },
      },
    },
  },
};
const serverError = errorResponse("Unexpected failure (no details are exposed).", {
  code: "INTERNAL",
  message: "Something went wrong on our side. Please try again in a moment.",
});
const unavailable = errorResponse("The database is unreachable.", {
  code: "UNAVAILABLE",
  message: "The directory is temporarily unavailable.",
});
const notModified = { description: "Not modified: the ETag in If-None-Match (or If-Modified-Since) is still current." };
const validators = {
  ETag: { schema: { type: "string" }, description: "validator for If-None-Match" },
  "Cache-Control": { schema: { type: "string" } },
};

const fhirJson = (description: string, schema: TJson = { $ref: "#/components/schemas/FhirResource" }) => ({
  description,
  content: { "application/fhir+json": { schema } },
});
const outcome = (description: string) => fhirJson(description, { $ref: "#/components/schemas/OperationOutcome" });

/** Builds the document; `serverUrl` is the site's origin. */
export function buildOpenApiDocument(serverUrl: string): TJson {
  const schemas = {
    ...toComponents({
      Error: ZErrorBody,
      SearchResponse: ZSearchResponse,
      PhysicianProfile: ZPhysicianProfile,
      ClinicPage: ZClinicPage,
      ProcedureList: ZProcedureList,
    }),
    FhirResource: {
      type: "object",
      description: "A FHIR R4 resource (Plan-Net profiles; the server's CapabilityStatement at /fhir/metadata is the contract).",
      properties: { resourceType: { type: "string" }, id: { type: "string" } },
      required: ["resourceType"],
    },
    OperationOutcome: {
      type: "object",
      properties: {
        resourceType: { const: "OperationOutcome" },
        issue: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            properties: {
              severity: { enum: ["fatal", "error", "warning", "information"] },
              code: { type: "string" },
              diagnostics: { type: "string" },
            },
            required: ["severity", "code"],
          },
        },
      },
      required: ["resourceType", "issue"],
    },
  };
  const keyJs = z.toJSONSchema(ZPhysicianKey, { target: "draft-2020-12", io: "input" }) as TJson;
  delete keyJs.$schema;
  const clinicSlugJs = z.toJSONSchema(ZClinicSlug, { target: "draft-2020-12", io: "input" }) as TJson;
  delete clinicSlugJs.$schema;
  const fhirType = {
    type: "string",
    enum: ["Practitioner", "PractitionerRole", "Location", "Organization", "HealthcareService", "Provenance"],
  };

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "IR Finder open directory API",
      version: "1.0.0",
      summary: "Interventional radiologists, where they practise and the procedures they perform.",
      description:
        "Free to use, no key. Fair use: a per-client rate limit (429 with Retry-After). Responses carry ETag and " +
        "Cache-Control; send If-None-Match to get a 304. The same directory is served as a FHIR R4 provider directory " +
        "(HL7 Da Vinci Plan-Net profiles) under /fhir, with bulk $export. Guide: /developers.",
      license: {
        name: "Directory data: public sources (NPPES, CMS) and clinic edits; see each record's provenance",
        identifier: "CC0-1.0",
      },
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "directory", description: "JSON API for apps and pages" },
      { name: "fhir", description: "FHIR R4 provider directory (Plan-Net) and bulk export" },
      { name: "export", description: "Spreadsheet-friendly downloads" },
    ],
    paths: {
      "/api/v1/search": {
        get: {
          tags: ["directory"],
          operationId: "searchPhysicians",
          summary: "Physicians near a place who perform a procedure",
          description:
            "One result per physician at their nearest matching location, by great-circle distance (distanceMiles). " +
            "When nothing is inside the radius, `nearest` holds the closest matches beyond it. Counting stops after " +
            "the 100 nearest matching physician-locations (`totalIsLowerBound`), more for deeper pages.",
          parameters: queryParameters(ZSearchQuery, SEARCH_PARAM_DOCS),
          responses: {
            "200": {
              description: "Matches, nearest first (or by name)",
              headers: validators,
              content: { "application/json": { schema: { $ref: "#/components/schemas/SearchResponse" } } },
            },
            "304": notModified,
            "400": errorResponse("Invalid query", {
              code: "VALIDATION_FAILED",
              message: "Invalid radius: radius must be between 1 and 250 miles",
            }),
            "404": errorResponse("Unknown ZIP, city or procedure", {
              code: "UNKNOWN_LOCATION",
              message: "We don't know the ZIP code 00000.",
            }),
            "429": rateLimited,
            "500": serverError,
            "503": unavailable,
          },
        },
      },
      "/api/v1/physicians/{idOrSlug}": {
        get: {
          tags: ["directory"],
          operationId: "getPhysician",
          summary: "One physician: locations, procedures, certifications, Medicare volumes, provenance",
          parameters: [
            { name: "idOrSlug", in: "path", required: true, schema: keyJs, example: "1" },
            { name: "lang", in: "query", required: false, schema: { type: "string", enum: ["en", "es"], default: "en" }, ...LANG_DOC },
          ],
          responses: {
            "200": {
              description: "The physician",
              headers: validators,
              content: { "application/json": { schema: { $ref: "#/components/schemas/PhysicianProfile" } } },
            },
            "304": notModified,
            "400": errorResponse("Not an id or a slug", {
              code: "VALIDATION_FAILED",
              message: "Invalid physician: physician must be a numeric id or a slug like jane-doe-md-1234567893",
            }),
            "404": errorResponse("No such physician", { code: "NOT_FOUND", message: "We couldn't find that physician in the directory." }),
            "429": rateLimited,
            "500": serverError,
            "503": unavailable,
          },
        },
      },
      "/api/v1/clinics/{slug}": {
        get: {
          tags: ["directory"],
          operationId: "getClinic",
          summary: "One clinic location: practice, address, hours, provenance and the physicians who practise there",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              schema: clinicSlugJs,
              description: "A clinic location's slug, as search results give it (location.slug)",
            },
          ],
          responses: {
            "200": {
              description: "The clinic location",
              headers: validators,
              content: { "application/json": { schema: { $ref: "#/components/schemas/ClinicPage" } } },
            },
            "304": notModified,
            "400": errorResponse("Not a clinic slug", {
              code: "VALIDATION_FAILED",
              message: "Invalid clinic: clinic must be a slug like main-street-imaging-boston-ma-12",
            }),
            "404": errorResponse("No such clinic", { code: "NOT_FOUND", message: "We couldn't find that clinic in the directory." }),
            "429": rateLimited,
            "500": serverError,
            "503": unavailable,
          },
        },
      },
      "/api/v1/procedures": {
        get: {
          tags: ["directory"],
          operationId: "listProcedures",
          summary: "Procedures (with CPT codes) and conditions the search filters by",
          parameters: queryParameters(ZProcedureListQuery, { lang: LANG_DOC }),
          responses: {
            "200": {
              description: "The catalogue (names, summaries and synonyms in the language asked for)",
              headers: validators,
              content: { "application/json": { schema: { $ref: "#/components/schemas/ProcedureList" } } },
            },
            "304": notModified,
            "400": errorResponse("Unknown language", { code: "VALIDATION_FAILED", message: "Invalid lang: lang must be en or es" }),
            "429": rateLimited,
            "500": serverError,
            "503": unavailable,
          },
        },
      },
      "/api/v1/export/physicians.csv": {
        get: {
          tags: ["export"],
          operationId: "exportCsv",
          summary: "Every physician × location × procedure as CSV (streamed)",
          responses: {
            "200": { description: "CSV with a header row (RFC 4180)", content: { "text/csv": { schema: { type: "string" } } } },
            "429": rateLimited,
            "500": serverError,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          tags: ["directory"],
          operationId: "openApiDocument",
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
            "304": notModified,
          },
        },
      },
      "/fhir/metadata": {
        get: {
          tags: ["fhir"],
          operationId: "fhirCapabilities",
          summary: "CapabilityStatement (instantiates Plan-Net)",
          responses: { "200": fhirJson("CapabilityStatement") },
        },
      },
      "/fhir/{type}": {
        get: {
          tags: ["fhir"],
          operationId: "fhirSearch",
          summary: "FHIR search (Plan-Net parameters, near, _include/_revinclude, _lastUpdated, _count, _summary=count)",
          parameters: [
            { name: "type", in: "path", required: true, schema: fhirType },
            { name: "_count", in: "query", schema: { type: "integer", minimum: 0, maximum: 200 } },
            {
              name: "near",
              in: "query",
              description: "Location only: lat|lng|distance|unit (km default; mi, [mi_i], m)",
              schema: { type: "string" },
              example: "40.7506|-73.9972|50|[mi_i]",
            },
            {
              name: "Prefer",
              in: "header",
              description: "handling=strict rejects unknown parameters; handling=lenient (default) ignores them",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": fhirJson("searchset Bundle"),
            "304": notModified,
            "400": outcome("Invalid search"),
            "404": outcome("Unknown resource type"),
            "429": outcome("Rate limited (Retry-After)"),
            "500": outcome("Unexpected failure"),
          },
        },
      },
      "/fhir/{type}/{id}": {
        get: {
          tags: ["fhir"],
          operationId: "fhirRead",
          summary: "FHIR read",
          parameters: [
            { name: "type", in: "path", required: true, schema: fhirType },
            { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9\\-.]{1,64}$" } },
          ],
          responses: {
            "200": fhirJson("The resource"),
            "304": notModified,
            "404": outcome("No such resource"),
            "429": outcome("Rate limited"),
            "500": outcome("Unexpected failure"),
          },
        },
      },
      "/fhir/$export": {
        get: {
          tags: ["fhir"],
          operationId: "fhirBulkExport",
          summary: "FHIR Bulk Data system export kick-off (Prefer: respond-async)",
          parameters: [
            { name: "Prefer", in: "header", required: true, schema: { const: "respond-async" } },
            { name: "_type", in: "query", schema: { type: "string" }, example: "Practitioner,Location" },
            { name: "_since", in: "query", schema: { type: "string", format: "date-time" } },
            { name: "_outputFormat", in: "query", schema: { enum: ["application/fhir+ndjson", "application/ndjson", "ndjson"] } },
          ],
          responses: {
            "202": { description: "Accepted; poll Content-Location", headers: { "Content-Location": { schema: { type: "string" } } } },
            "400": outcome("Bad kick-off request"),
            "429": outcome("Rate limited"),
          },
        },
      },
      "/fhir/$export-status/{job}": {
        get: {
          tags: ["fhir"],
          operationId: "fhirBulkStatus",
          summary: "Bulk export status: the manifest when complete",
          parameters: [{ name: "job", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "Manifest", content: { "application/json": { schema: { type: "object" } } } },
            "404": outcome("Unknown job"),
          },
        },
        delete: {
          tags: ["fhir"],
          operationId: "fhirBulkCancel",
          summary: "Cancel (nothing is stored: always accepted)",
          parameters: [{ name: "job", in: "path", required: true, schema: { type: "string" } }],
          responses: { "202": { description: "Cancelled" }, "404": outcome("Unknown job") },
        },
      },
      "/fhir/$export-file/{job}/{file}": {
        get: {
          tags: ["fhir"],
          operationId: "fhirBulkFile",
          summary: "One NDJSON output file, streamed",
          parameters: [
            { name: "job", in: "path", required: true, schema: { type: "string" } },
            { name: "file", in: "path", required: true, schema: { type: "string" }, example: "Practitioner.ndjson" },
          ],
          responses: {
            "200": { description: "NDJSON", content: { "application/fhir+ndjson": { schema: { type: "string" } } } },
            "404": outcome("Unknown job or file"),
          },
        },
      },
    },
    components: { schemas },
  };
}
