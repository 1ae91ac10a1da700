// Plan-Net's 49 examples as search patterns: for each example, every SHALL search parameter (and include) its
// resource type has in the Plan-Net CapabilityStatement, with values taken from the example, runs against our
// server under Prefer: handling=strict (an unsupported parameter would be a 400).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planNetExamples, planNetFiles } from "../../support/plan-net";
import { getJson, startDirectory, type TBundle, type TDirectoryServer, type TFhir } from "./support";

const OURS = new Set(["Practitioner", "PractitionerRole", "Location", "Organization", "HealthcareService"]);

type TCapResource = {
  type: string;
  searchParam?: Array<{ name: string; type: string }>;
  searchInclude?: string[];
  searchRevInclude?: string[];
};

const coding = (v: unknown): string | undefined => {
  const cc = (Array.isArray(v) ? v[0] : v) as { coding?: Array<{ system?: string; code?: string }> } | undefined;
  const c = cc?.coding?.[0];
  return c?.code ? `${c.system ?? ""}|${c.code}` : undefined;
};
const ref = (v: unknown): string | undefined => ((Array.isArray(v) ? v[0] : v) as { reference?: string } | undefined)?.reference;

/** The value an example gives for one parameter (or a placeholder when the example lacks the element). */
function valueFor(ex: TFhir, name: string): string {
  const addr = (Array.isArray(ex.address) ? ex.address[0] : ex.address) as
    { city?: string; state?: string; postalCode?: string; line?: string[] } | undefined;
  const human = ex.name as Array<{ family?: string; given?: string[] }> | string | undefined;
  const ext = (url: string) =>
    ((ex.extension as Array<{ url: string; valueReference?: { reference?: string } }> | undefined) ?? []).find((e) => e.url.endsWith(url))
      ?.valueReference?.reference;
  const v: Record<string, string | undefined> = {
    _id: ex.id,
    _lastUpdated: `ge${String((ex.meta as { lastUpdated?: string } | undefined)?.lastUpdated ?? "2020-01-01").slice(0, 10)}`,
    name: typeof human === "string" ? human : human?.[0]?.family,
    family: Array.isArray(human) ? human[0]?.family : undefined,
    given: Array.isArray(human) ? human[0]?.given?.[0] : undefined,
    address: addr?.line?.[0] ?? addr?.city,
    "address-city": addr?.city,
    "address-state": addr?.state,
    "address-postalcode": addr?.postalCode,
    type: coding(ex.type),
    role: coding(ex.code),
    specialty: coding(ex.specialty),
    "service-category": coding(ex.category),
    "service-type": coding(ex.type),
    location: ref(ex.location),
    organization: ref(ex.organization) ?? ref(ex.providedBy) ?? ref(ex.managingOrganization),
    practitioner: ref(ex.practitioner),
    service: ref(ex.healthcareService),
    endpoint: ref(ex.endpoint),
    partof: ref(ex.partOf),
    network: ext("network-reference"),
    "coverage-area": ext("location-reference") ?? ref(ex.coverageArea),
  };
  return v[name] ?? (name === "_lastUpdated" ? "ge2020-01-01" : "none");
}

let dir: TDirectoryServer;
beforeAll(async () => {
  dir = await startDirectory(150);
});
afterAll(async () => dir.close());

describe("Plan-Net example search patterns", () => {
  const examples = planNetExamples();
  const cap = planNetFiles("CapabilityStatement-")[0] as unknown as { rest: Array<{ resource: TCapResource[] }> };
  const byType = new Map(cap.rest[0]?.resource.map((r) => [r.type, r]));

  it("has all 49 examples", () => expect(examples.length).toBe(49));

  it("runs every SHALL parameter and include of every example's resource type", async () => {
    let runs = 0;
    for (const ex of examples) {
      const base = `${dir.url}/fhir/${ex.resourceType}`;
      if (!OURS.has(ex.resourceType)) {
        // Endpoint, InsurancePlan, OrganizationAffiliation and Network data are not held here: a FHIR "not found".
        const { status, body } = await getJson<TFhir>(`${base}?_id=${ex.id}`);
        expect(status).toBe(404);
        expect(body.resourceType).toBe("OperationOutcome");
        runs++;
        continue;
      }
      const r = byType.get(ex.resourceType) as TCapResource;
      const patterns = [
        ...(r.searchParam ?? []).map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(valueFor(ex, p.name))}`),
        ...(r.searchInclude ?? []).map((i) => `_id=${ex.id}&_include=${encodeURIComponent(i)}`),
        ...(r.searchRevInclude ?? []).map((i) => `_id=${ex.id}&_revinclude=${encodeURIComponent(i)}`),
      ];
      for (const q of patterns) {
        const { status, body } = await getJson<TBundle>(`${base}?${q}`, { prefer: "handling=strict" });
        expect({ q, status, type: body.resourceType }).toEqual({ q, status: 200, type: "Bundle" });
        expect(body.entry?.some((e) => e.search?.mode === "outcome") ?? false).toBe(false);
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(300);
  });

  it("finds our own data with the same patterns", async () => {
    const base = `${dir.url}/fhir`;
    const loc = ((await getJson(`${base}/Location?_count=1`)).body.entry ?? [])[0]?.resource as TFhir;
    for (const p of ["address-city", "address-state", "address-postalcode", "address", "_id", "_lastUpdated"]) {
      const { body } = await getJson(`${base}/Location?${p}=${encodeURIComponent(valueFor(loc, p))}&_count=200`, {
        prefer: "handling=strict",
      });
      expect((body.entry ?? []).some((e) => e.resource.id === loc.id)).toBe(true);
    }
    const role = ((await getJson(`${base}/PractitionerRole?_count=1`)).body.entry ?? [])[0]?.resource as TFhir;
    for (const p of ["location", "practitioner", "organization", "service", "role", "specialty", "_id"]) {
      const { body } = await getJson(`${base}/PractitionerRole?${p}=${encodeURIComponent(valueFor(role, p))}&_count=200`, {
        prefer: "handling=strict",
      });
      expect({ p, found: (body.entry ?? []).some((e) => e.resource.id === role.id) }).toEqual({ p, found: true });
    }
  });
});
