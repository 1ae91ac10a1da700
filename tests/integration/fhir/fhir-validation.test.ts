// Every resource the FHIR directory serves validates against the Plan-Net 1.1.0 profiles (Medplum's validator).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { medplumSupported, planNetValidator, type TValidationIssue } from "../../support/fhir-validator";
import { planNetExamples } from "../../support/plan-net";
import { getJson, startDirectory, type TDirectoryServer, type TFhir } from "./support";

/**
 * Medplum 5.2 applies the sub-extension slices of Plan-Net's `qualification` extension (code, status, valueCode,
 * each 1..1) to PractitionerRole.extension itself, so it reports them missing on every PractitionerRole — also on
 * all six of Plan-Net's own examples, which the HL7 IG publisher validated with 0 errors (package/other/
 * validation-summary.json). Checked by hand in docs/decisions/024; only these exact reports are set aside.
 */
export function isKnownFalseReport(i: TValidationIssue): boolean {
  return (
    i.resource.startsWith("PractitionerRole/") &&
    i.path === "PractitionerRole.extension" &&
    /^Incorrect number of values provided for slice '(code|status|valueCode)': expected 1\.\.1, but found 0$/.test(i.message)
  );
}

let dir: TDirectoryServer;
beforeAll(async () => {
  dir = await startDirectory(200);
});
afterAll(async () => dir.close());

describe.skipIf(!medplumSupported())("Plan-Net validation (Node >= 22.18)", () => {
  it("the validator accepts Plan-Net's own examples apart from its known false reports", async () => {
    const validate = await planNetValidator();
    const issues = planNetExamples().flatMap((ex) => validate(ex));
    expect(issues.filter((i) => !isKnownFalseReport(i))).toEqual([]);
    // The false reports really occur (if Medplum fixes them, this filter should go).
    expect(issues.filter(isKnownFalseReport).length).toBe(18);
  });

  it("every resource in the directory, every Provenance and the CapabilityStatement validate", async () => {
    const validate = await planNetValidator();
    const base = `${dir.url}/fhir`;
    const kick = await fetch(`${base}/$export`, { headers: { prefer: "respond-async" } });
    const manifest = (await getJson<{ output: Array<{ type: string; url: string }> }>(kick.headers.get("content-location") as string)).body;
    const resources: TFhir[] = [];
    for (const o of manifest.output) {
      const text = await (await fetch(o.url)).text();
      resources.push(
        ...text
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as TFhir),
      );
    }
    resources.push((await getJson<TFhir>(`${base}/metadata`)).body);
    resources.push((await getJson<TFhir>(`${base}/Location?near=nowhere`)).body);
    const bundle = (
      await getJson<TFhir>(
        `${base}/PractitionerRole?location.near=40.75|-73.99|100|km&_count=5&_include=PractitionerRole:practitioner&_revinclude=Provenance:target&bogus=1`,
      )
    ).body;
    resources.push(bundle);
    const types = new Set(resources.map((r) => r.resourceType));
    expect([...types].sort()).toEqual([
      "Bundle",
      "CapabilityStatement",
      "HealthcareService",
      "Location",
      "OperationOutcome",
      "Organization",
      "Practitioner",
      "PractitionerRole",
      "Provenance",
    ]);
    const issues = resources.flatMap((r) => validate(r));
    const real = issues.filter((i) => !isKnownFalseReport(i));
    expect(real.slice(0, 20)).toEqual([]);
    expect(resources.length).toBeGreaterThan(500);

    // The validator is live: what a profile requires, taken away, is reported.
    const org = resources.find((r) => r.resourceType === "Organization") as TFhir;
    const { address: _a, type: _t, ...broken } = org;
    expect(
      validate(broken)
        .map((i) => i.path)
        .join(" "),
    ).toMatch(/Organization\.(address|type)/);
    const loc = resources.find((r) => r.resourceType === "Location") as TFhir;
    expect(validate({ ...loc, position: { latitude: 1 } }).length).toBeGreaterThan(0);
  });
});
