// The FHIR side of `npm run bench:search`: PractitionerRole?location.near with a procedure filter, on the same
// points, radii and procedures as the JSON API's mix, so the two can be compared in one run.
import { fixedShuffle } from "./fixed-shuffle";

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
 * Distinct near+procedure questions for both APIs: every place x radius x procedure, with and without "accepting
 * new patients", in one fixed shuffled order (48,000 from 2,000 places: none repeats within a run, so every
 * request misses both in-process answer caches).
 */
export function wideNearProcedureMix(places: Array<{ lat: number; lng: number }>): { api: string[]; fhir: string[] } {
  const radii = ["10", "25", "50", "100"];
  const procedures = ["kyphoplasty", "vertebroplasty", "vertebral-compression-fractures"];
  const pairs: Array<[string, string]> = [];
  for (const p of places)
    for (const radius of radii)
      for (const procedure of procedures)
        for (const accepting of [false, true]) {
          const apiQ = new URLSearchParams({ near: `${p.lat},${p.lng}`, radius, procedure, pageSize: "20" });
          const fhirQ = new URLSearchParams({ "location.near": `${p.lat}|${p.lng}|${radius}|[mi_i]`, procedure, _count: "20" });
          if (accepting) {
            apiQ.set("acceptingNewPatients", "true");
            fhirQ.set("new-patient", "newpt");
          }
          pairs.push([`/api/v1/search?${apiQ}`, `/fhir/PractitionerRole?${fhirQ}`]);
        }
  const shuffled = fixedShuffle(pairs);
  return { api: shuffled.map(([a]) => a), fhir: shuffled.map(([, f]) => f) };
}
