// The FHIR side of `npm run bench:search`: PractitionerRole?location.near with a procedure filter, on the same
// points, radii and procedures as the JSON API's mix, so the two can be compared in one run.

/** Mix entries both APIs can express (near + procedure, optionally accepting new patients), as paths for each. */
export async function nearProcedureMix(mix: Array<Record<string, string>>): Promise<{ api: string[]; fhir: string[] }> {
  const { resolveNear } = await import("@/lib/geo/resolve-near");
  const api: string[] = [];
  const fhir: string[] = [];
  for (const q of mix) {
    const keys = Object.keys(q).filter((k) => !["near", "procedure", "radius", "acceptingNewPatients"].includes(k));
    if (!q.procedure || keys.length) continue;
    const place = await resolveNear(q.near as string);
    const radius = q.radius ?? "25";
    const procedure = q.procedure;
    // The API's `procedure` also takes free text; the FHIR `procedure` parameter takes the same values.
    const apiQ = new URLSearchParams({ near: `${place.lat},${place.lng}`, radius, procedure, pageSize: "20" });
    const fhirQ = new URLSearchParams({ "location.near": `${place.lat}|${place.lng}|${radius}|[mi_i]`, procedure, _count: "20" });
    if (q.acceptingNewPatients === "true") {
      apiQ.set("acceptingNewPatients", "true");
      fhirQ.set("new-patient", "newpt");
    }
    api.push(`/api/v1/search?${apiQ}`);
    fhir.push(`/fhir/PractitionerRole?${fhirQ}`);
  }
  return { api, fhir };
}
