// GET /fhir/metadata: the CapabilityStatement, listing exactly the interactions and parameters this server supports.
import { PLAN_NET_CAPABILITY, profileUrl } from "@/lib/fhir/codes";
import { EXTRA_ROLE_PARAMS, INCLUDES, REVINCLUDES } from "@/lib/fhir/search";
import { CHAINS, PARAMS } from "@/lib/fhir/search-params";
import { DIRECTORY_TYPES, type TResource } from "@/lib/fhir/types";

const PARAM_TYPE: Record<string, string> = {
  _id: "token",
  _lastUpdated: "date",
  identifier: "token",
  active: "token",
  type: "token",
  role: "token",
  specialty: "token",
  "service-category": "token",
  "service-type": "token",
  near: "special",
  practitioner: "reference",
  location: "reference",
  organization: "reference",
  service: "reference",
  network: "reference",
  endpoint: "reference",
  partof: "reference",
  "coverage-area": "reference",
  procedure: "token",
  "new-patient": "token",
};

const DOCS: Record<string, string> = {
  near: "latitude|longitude|distance|unit (km by default; m, mi, [mi_i]); nearest first by great-circle distance, with location-distance on each entry",
  "location.near": "as Location near; nearest first (then practitioner id), the same order as /api/v1/search",
  procedure: "IR Finder: a procedure or condition slug, or a CPT code (e.g. kyphoplasty, 22513)",
  "service.service-type": "the procedure of the role's HealthcareService: CPT code (http://www.ama-assn.org/go/cpt) or procedure slug",
  "new-patient": "newpt or nopt (Plan-Net AcceptingPatientsCS), or true/false",
  network: "accepted; this directory holds no networks, so it matches nothing",
  endpoint: "accepted; this directory holds no endpoints, so it matches nothing",
  partof: "accepted; no resource here is part of another, so it matches nothing",
  "coverage-area": "accepted; no coverage areas are recorded, so it matches nothing",
};

export function capabilityStatement(base: string, software: { version: string }): TResource {
  return {
    resourceType: "CapabilityStatement",
    id: "ir-finder",
    url: `${base}/metadata`,
    name: "IRFinderDirectory",
    title: "IR Finder FHIR provider directory",
    status: "active",
    date: "2026-11-28",
    publisher: "IR Finder",
    kind: "instance",
    instantiates: [PLAN_NET_CAPABILITY],
    software: { name: "IR Finder", version: software.version },
    implementation: { description: "Public provider directory of interventional radiologists (no authentication)", url: base },
    fhirVersion: "4.0.1",
    format: ["json", "application/fhir+json"],
    rest: [
      {
        mode: "server",
        documentation:
          "Public, no authentication. Fair-use rate limit per client (429 with Retry-After). Unknown parameters are " +
          "ignored (and reported) unless Prefer: handling=strict. Paging: follow Bundle next links (_cursor or, for near, _offset).",
        security: { cors: true, description: "Public directory: no authentication" },
        resource: [
          ...DIRECTORY_TYPES.map((type) => ({
            type,
            supportedProfile: [profileUrl(type)],
            interaction: [{ code: "read" }, { code: "vread" }, { code: "search-type" }],
            versioning: "versioned",
            readHistory: false,
            searchInclude: Object.keys(INCLUDES[type]),
            searchRevInclude: REVINCLUDES[type],
            searchParam: [
              ...Object.keys(PARAMS[type]).map((name) => ({
                name,
                type: PARAM_TYPE[name] ?? "string",
                ...(DOCS[name] ? { documentation: DOCS[name] } : {}),
              })),
              ...(type === "Location"
                ? [
                    {
                      name: "near",
                      type: "special",
                      definition: "http://hl7.org/fhir/SearchParameter/Location-near",
                      documentation: DOCS.near,
                    },
                  ]
                : []),
              ...(type === "PractitionerRole"
                ? EXTRA_ROLE_PARAMS.map((name) => ({
                    name,
                    type: name === "location.near" ? "special" : "token",
                    documentation: DOCS[name],
                  }))
                : []),
              ...Object.entries(CHAINS[type] ?? {}).flatMap(([prefix, params]) =>
                Object.keys(params)
                  .filter((n) => !n.startsWith("_"))
                  .map((n) => ({ name: `${prefix}.${n}`, type: PARAM_TYPE[n] ?? "string" })),
              ),
            ],
          })),
          {
            type: "Provenance",
            interaction: [{ code: "read" }],
            documentation:
              "One per directory resource (id Type-id): its source and as-of date; reachable with _revinclude=Provenance:target",
          },
        ],
        operation: [{ name: "export", definition: "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export" }],
      },
    ],
  };
}
