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

/**
 * Distinct near+procedure questions for both APIs: each place x a radius x a procedure (x accepting new patients
 * on every third), so that nearly every request misses both in-process answer caches.
 */
export function wideNearProcedureMix(places: Array<{ lat: number; lng: number }>, count = 1500): { api: string[]; fhir: string[] } {
  const radii = ["10", "25", "50", "100"];
  const procedures = ["kyphoplasty", "vertebroplasty", "vertebral-compression-fractures"];
  const api: string[] = [];
  const fhir: string[] = [];
  for (let i = 0; api.length < count && places.length; i++) {
    const p = places[i % places.length] as { lat: number; lng: number };
    const radius = radii[(i * 7) % radii.length] as string;
    const procedure = procedures[(i * 5) % procedures.length] as string;
    const apiQ = new URLSearchParams({ near: `${p.lat},${p.lng}`, radius, procedure, pageSize: "20" });
    const fhirQ = new URLSearchParams({ "location.near": `${p.lat}|${p.lng}|${radius}|[mi_i]`, procedure, _count: "20" });
    if (i % 3 === 0) {
      apiQ.set("acceptingNewPatients", "true");
      fhirQ.set("new-patient", "newpt");
    }
    api.push(`/api/v1/search?${apiQ}`);
    fhir.push(`/fhir/PractitionerRole?${fhirQ}`);
  }
  return { api, fhir };
}
