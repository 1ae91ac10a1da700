// The FHIR directory through a real HTTP server and a real FHIR client: near order and distances, parity with
// /api/v1/search, paging, includes, _lastUpdated, errors, caching, bulk export and the CSV.
import { Client } from "fhir-kit-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineMeters, METERS_PER_MILE } from "@/lib/geo/distance";
import { CSV_COLUMNS } from "@/lib/export/physicians-csv";
import { allPages, getJson, matches, nextLink, startDirectory, type TBundle, type TDirectoryServer, type TFhir } from "./support";

let dir: TDirectoryServer;
let base: string;

beforeAll(async () => {
  dir = await startDirectory(2500);
  base = `${dir.url}/fhir`;
});
afterAll(async () => dir.close());

const position = (l: TFhir) => l.position as { latitude: number; longitude: number };
const distanceOf = (e: NonNullable<TBundle["entry"]>[number]) =>
  e.search?.extension?.find((x) => x.url === "http://hl7.org/fhir/StructureDefinition/location-distance")?.valueDistance;

describe("CapabilityStatement", () => {
  it("instantiates Plan-Net and lists the resources, parameters and includes it serves", async () => {
    const { status, body, headers } = await getJson<TFhir>(`${base}/metadata`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/fhir+json");
    expect(body.instantiates).toEqual(["http://hl7.org/fhir/us/davinci-pdex-plan-net/CapabilityStatement/plan-net"]);
    const rest = (
      body.rest as Array<{ resource: Array<{ type: string; searchParam?: Array<{ name: string }>; searchInclude?: string[] }> }>
    )[0];
    const loc = rest?.resource.find((r) => r.type === "Location");
    expect(loc?.searchParam?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["near", "address-city", "address-state", "address-postalcode", "_lastUpdated"]),
    );
    const role = rest?.resource.find((r) => r.type === "PractitionerRole");
    expect(role?.searchInclude).toEqual(expect.arrayContaining(["PractitionerRole:practitioner", "PractitionerRole:location"]));
    expect(role?.searchParam?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["location.near", "procedure", "specialty", "new-patient"]),
    );
  });
});

describe("Location?near", () => {
  const [lat, lng] = [40.7506, -73.9972];

  it("returns every location within the distance, nearest first by great-circle distance, with the distance", async () => {
    const { bundles } = await allPages(`${base}/Location?near=${lat}|${lng}|30|[mi_i]&_count=50`);
    const entries = bundles.flatMap((b) => (b.entry ?? []).filter((e) => e.search?.mode === "match"));
    const { rows } = await dir.pool.query<{ id: number; lat: number; lng: number }>("SELECT id, lat, lng FROM location");
    const expected = rows
      .map((r) => ({ id: String(r.id), m: haversineMeters(lat, lng, r.lat, r.lng) }))
      .filter((r) => r.m <= 30 * METERS_PER_MILE - 1)
      .sort((a, b) => a.m - b.m || Number(a.id) - Number(b.id));
    const got = entries.map((e) => e.resource.id as string);
    // Rows within a metre of the edge may fall either side of it: compare away from the boundary.
    expect(got.filter((id) => expected.some((x) => x.id === id)).length).toBe(expected.length);
    expect(new Set(got).size).toBe(got.length);
    expect(expected.length).toBeGreaterThan(20);
    let prev = -1;
    for (const e of entries) {
      const d = distanceOf(e);
      expect(d?.code).toBe("[mi_i]");
      const p = position(e.resource);
      expect(d?.value).toBeCloseTo(haversineMeters(lat, lng, p.latitude, p.longitude) / METERS_PER_MILE, 2);
      expect(d?.value ?? -1).toBeGreaterThanOrEqual(prev);
      prev = d?.value ?? prev;
    }
  });

  it("takes km by default and accepts mi as well as [mi_i]", async () => {
    const km = await allPages(`${base}/Location?near=${lat}|${lng}|16.09344&_count=100`);
    const mi = await allPages(`${base}/Location?near=${lat}|${lng}|10|mi&_count=100`);
    expect(km.resources.map((r) => r.id)).toEqual(mi.resources.map((r) => r.id));
    expect(distanceOf((km.bundles[0]?.entry ?? [])[0] as NonNullable<TBundle["entry"]>[number])?.code).toBe("km");
  });

  it("pages equidistant locations (one ZIP centroid) without skipping or repeating any", async () => {
    const { rows } = await dir.pool.query<{ lat: number; lng: number; n: number }>(
      "SELECT lat, lng, count(*)::int AS n FROM location GROUP BY lat, lng HAVING count(*) > 2 ORDER BY n DESC LIMIT 1",
    );
    const spot = rows[0];
    if (!spot) return;
    const one = await allPages(`${base}/Location?near=${spot.lat}|${spot.lng}|5|km&_count=1`);
    const all = await allPages(`${base}/Location?near=${spot.lat}|${spot.lng}|5|km&_count=200`);
    expect(one.resources.map((r) => r.id)).toEqual(all.resources.map((r) => r.id));
  });

  it("rejects a malformed near with an OperationOutcome", async () => {
    for (const bad of ["abc", "91|0|5", "40|-73|5|furlong", "40|-73|-1", "40|-73|99999|km"]) {
      const { status, body } = await getJson<TFhir>(`${base}/Location?near=${encodeURIComponent(bad)}`);
      expect(status).toBe(400);
      expect(body.resourceType).toBe("OperationOutcome");
    }
  });
});

describe("PractitionerRole?location.near with a procedure", () => {
  it("a FHIR client paging every kyphoplasty role within 50 miles of 10001 gets /api/v1/search's physicians in its order", async () => {
    const api: Array<{ physician: { id: number }; distanceMiles: number }> = [];
    let point: { lat: number; lng: number } | undefined;
    for (let page = 1; ; page++) {
      const { body } = await getJson<{
        query: { point: { lat: number; lng: number } };
        results: typeof api;
        total: number;
        totalIsLowerBound: boolean;
      }>(`${dir.url}/api/v1/search?near=10001&radius=50&procedure=kyphoplasty&pageSize=100&page=${page}`);
      point = body.query.point;
      api.push(...body.results);
      if (body.results.length < 100) break;
    }
    expect(api.length).toBeGreaterThan(20);

    const client = new Client({ baseUrl: base });
    let bundle = (await client.search({
      resourceType: "PractitionerRole",
      searchParams: {
        "location.near": `${point?.lat}|${point?.lng}|50|[mi_i]`,
        procedure: "kyphoplasty",
        _count: 17,
        _include: "PractitionerRole:practitioner",
      },
    })) as TBundle;
    const roles: TBundle["entry"] = [];
    let pages = 0;
    for (;;) {
      pages++;
      roles.push(...(bundle.entry ?? []).filter((e) => e.search?.mode === "match"));
      const next = client.nextPage({ bundle: bundle as Parameters<typeof client.nextPage>[0]["bundle"] });
      if (!next) break;
      bundle = (await next) as TBundle;
    }
    expect(pages).toBeGreaterThan(2);
    const seen = new Set<string>();
    const physicians: number[] = [];
    for (const e of roles) {
      const ref = (e.resource.practitioner as { reference: string }).reference;
      expect((e.resource.healthcareService as Array<{ reference: string }>).some((h) => h.reference.endsWith("-kyphoplasty"))).toBe(true);
      if (!seen.has(ref)) {
        seen.add(ref);
        physicians.push(Number(ref.split("/")[1]));
      }
    }
    expect(physicians).toEqual(api.map((r) => r.physician.id));
    // Each physician's first role is at the distance the JSON API reports (0.1 mi rounding).
    const firstDistance = new Map<number, number>();
    for (const e of roles) {
      const id = Number((e.resource.practitioner as { reference: string }).reference.split("/")[1]);
      if (!firstDistance.has(id)) firstDistance.set(id, distanceOf(e)?.value ?? NaN);
    }
    for (const r of api) expect(Math.abs((firstDistance.get(r.physician.id) ?? NaN) - r.distanceMiles)).toBeLessThanOrEqual(0.051);
  });

  it("combines near with new-patient and specialty filters", async () => {
    const q = "location.near=40.7506|-73.9972|40|[mi_i]&procedure=22513&_count=200";
    const all = await allPages(`${base}/PractitionerRole?${q}`);
    const accepting = await allPages(`${base}/PractitionerRole?${q}&new-patient=newpt`);
    const notAccepting = await allPages(`${base}/PractitionerRole?${q}&new-patient=nopt`);
    const ir = await allPages(`${base}/PractitionerRole?${q}&specialty=http://nucc.org/provider-taxonomy|2085R0204X`);
    const code = (r: TFhir) =>
      (r.extension as Array<{ url: string; extension?: Array<{ valueCodeableConcept?: { coding: Array<{ code: string }> } }> }>).find((x) =>
        x.url.endsWith("/newpatients"),
      )?.extension?.[0]?.valueCodeableConcept?.coding[0]?.code;
    expect(accepting.resources.every((r) => code(r) === "newpt")).toBe(true);
    expect(notAccepting.resources.every((r) => code(r) === "nopt")).toBe(true);
    expect(accepting.resources.length).toBe(all.resources.filter((r) => code(r) === "newpt").length);
    expect(ir.resources.every((r) => JSON.stringify(r.specialty).includes("2085R0204X"))).toBe(true);
    expect(ir.resources.length).toBeGreaterThan(0);
    expect(ir.resources.length).toBeLessThanOrEqual(all.resources.length);
  });
});

describe("read, search, paging, includes", () => {
  it("reads and vreads every type; unknown ids are 404 OperationOutcomes", async () => {
    for (const type of ["Practitioner", "PractitionerRole", "Location", "Organization", "HealthcareService"]) {
      const first = matches((await getJson(`${base}/${type}?_count=1`)).body)[0];
      expect(first?.resourceType).toBe(type);
      const read = await getJson<TFhir>(`${base}/${type}/${first?.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(first);
      expect(read.headers.get("last-modified")).toBeTruthy();
      const version = (first?.meta as { versionId?: string }).versionId;
      if (version) expect((await getJson<TFhir>(`${base}/${type}/${first?.id}/_history/${version}`)).status).toBe(200);
      const missing = await getJson<TFhir>(`${base}/${type}/999999999`);
      expect(missing.status).toBe(404);
      expect(missing.body.resourceType).toBe("OperationOutcome");
      const prov = await getJson<TFhir>(`${base}/Provenance/${type}-${first?.id}`);
      expect(prov.status).toBe(200);
      expect(prov.body.target).toEqual([{ reference: `${type}/${first?.id}` }]);
    }
    expect((await getJson<TFhir>(`${base}/Patient/1`)).status).toBe(404);
  });

  it("pages through every practitioner exactly once, and _summary=count agrees", async () => {
    const { resources } = await allPages(`${base}/Practitioner?_count=97`);
    const { rows } = await dir.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM physician");
    expect(resources.length).toBe(rows[0]?.n);
    expect(new Set(resources.map((r) => r.id)).size).toBe(resources.length);
    expect((await getJson(`${base}/Practitioner?_summary=count`)).body.total).toBe(rows[0]?.n);
  });

  it("includes what PractitionerRole points at and revincludes roles and Provenance", async () => {
    const { body } = await getJson(
      `${base}/PractitionerRole?_count=5&_include=PractitionerRole:practitioner&_include=PractitionerRole:location&_include=PractitionerRole:organization&_include=PractitionerRole:service&_revinclude=Provenance:target`,
    );
    const types = new Set((body.entry ?? []).filter((e) => e.search?.mode === "include").map((e) => e.resource.resourceType));
    expect([...types].sort()).toEqual(["HealthcareService", "Location", "Organization", "Practitioner", "Provenance"]);
    for (const role of matches(body)) {
      const loc = (role.location as Array<{ reference: string }>)[0]?.reference;
      expect(body.entry?.some((e) => `${e.resource.resourceType}/${e.resource.id}` === loc)).toBe(true);
    }
    const near = await getJson(`${base}/Location?near=40.7506|-73.9972|5|km&_count=3&_revinclude=PractitionerRole:location`);
    const roles = (near.body.entry ?? []).filter((e) => e.resource.resourceType === "PractitionerRole");
    expect(roles.length).toBeGreaterThan(0);
  });

  it("filters by _lastUpdated for incremental sync", async () => {
    const all = (await getJson(`${base}/Location?_summary=count`)).body.total ?? 0;
    expect((await getJson(`${base}/Location?_lastUpdated=ge2000-01-01&_summary=count`)).body.total).toBe(all);
    expect((await getJson(`${base}/Location?_lastUpdated=gt2100-01-01&_summary=count`)).body.total).toBe(0);
    await dir.pool.query("UPDATE location SET name = name || ' (moved)', updated_at = '2031-05-05T12:00:00Z' WHERE id IN (1, 2)");
    const changed = await getJson(`${base}/Location?_lastUpdated=gt2031-01-01`);
    expect(matches(changed.body).map((r) => r.id)).toEqual(["1", "2"]);
    expect((matches(changed.body)[0]?.meta as { lastUpdated: string }).lastUpdated).toBe("2031-05-05T12:00:00.000Z");
    expect((await getJson(`${base}/Location?_lastUpdated=2031-05-05&_summary=count`)).body.total).toBe(2);
    expect((await getJson<TFhir>(`${base}/Location?_lastUpdated=yesterday`)).status).toBe(400);
  });

  it("searches by the Plan-Net string, token and reference parameters", async () => {
    const loc = matches((await getJson(`${base}/Location?_count=1`)).body)[0] as TFhir;
    const addr = loc.address as { city: string; state: string; postalCode: string };
    const byCity = matches(
      (await getJson(`${base}/Location?address-city=${encodeURIComponent(addr.city.toLowerCase())}&address-state=${addr.state}&_count=200`))
        .body,
    );
    expect(byCity.some((r) => r.id === loc.id)).toBe(true);
    expect(byCity.every((r) => (r.address as { city: string }).city.toLowerCase().startsWith(addr.city.toLowerCase()))).toBe(true);
    const byZip = matches((await getJson(`${base}/Location?address-postalcode=${addr.postalCode}&_count=200`)).body);
    expect(byZip.some((r) => r.id === loc.id)).toBe(true);
    const prac = matches((await getJson(`${base}/Practitioner?_count=1`)).body)[0] as TFhir;
    const npi = (prac.identifier as Array<{ value: string }>)[0]?.value;
    expect(matches((await getJson(`${base}/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${npi}`)).body).map((r) => r.id)).toEqual(
      [prac.id],
    );
    const family = (prac.name as Array<{ family: string }>)[0]?.family as string;
    expect(
      matches((await getJson(`${base}/Practitioner?family=${family.slice(0, 4)}&_count=200`)).body).some((r) => r.id === prac.id),
    ).toBe(true);
    const roles = matches((await getJson(`${base}/PractitionerRole?practitioner=Practitioner/${prac.id}`)).body);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => (r.practitioner as { reference: string }).reference === `Practitioner/${prac.id}`)).toBe(true);
    const viaChain = matches((await getJson(`${base}/PractitionerRole?practitioner.identifier=${npi}`)).body);
    expect(viaChain.map((r) => r.id)).toEqual(roles.map((r) => r.id));
    const hs = matches((await getJson(`${base}/HealthcareService?service-type=http://www.ama-assn.org/go/cpt|22513&_count=50`)).body);
    expect(hs.length).toBeGreaterThan(0);
    expect(hs.every((r) => JSON.stringify(r.type).includes("22513"))).toBe(true);
    expect(matches((await getJson(`${base}/PractitionerRole?endpoint=Endpoint/1`)).body)).toEqual([]);
  });
});

describe("errors, unknown parameters, caching", () => {
  it("ignores unknown parameters (reported) unless Prefer: handling=strict", async () => {
    const lenient = await getJson(`${base}/Practitioner?_count=1&shoe-size=12`);
    expect(lenient.status).toBe(200);
    const outcome = lenient.body.entry?.find((e) => e.search?.mode === "outcome");
    expect(JSON.stringify(outcome?.resource)).toContain("shoe-size");
    expect(lenient.body.link?.find((l) => l.relation === "self")?.url).not.toContain("shoe-size");
    const strict = await getJson<TFhir>(`${base}/Practitioner?_count=1&shoe-size=12`, { prefer: "handling=strict" });
    expect(strict.status).toBe(400);
    expect(strict.body.resourceType).toBe("OperationOutcome");
    expect((await getJson<TFhir>(`${base}/Practitioner?_count=9999`)).status).toBe(400);
    expect((await getJson<TFhir>(`${base}/Practitioner?_cursor=abc`)).status).toBe(400);
  });

  it("answers If-None-Match with 304 on reads and searches", async () => {
    for (const path of ["/Location/1", "/Location?address-state=NY&_count=5", "/metadata"]) {
      const first = await fetch(`${base}${path}`);
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      const again = await fetch(`${base}${path}`, { headers: { "if-none-match": etag as string } });
      expect(again.status).toBe(304);
    }
    const read = await fetch(`${base}/Location/1`);
    const since = await fetch(`${base}/Location/1`, { headers: { "if-modified-since": read.headers.get("last-modified") as string } });
    expect(since.status).toBe(304);
  });
});

describe("bulk $export", () => {
  it("kicks off asynchronously, reports a manifest and streams NDJSON per type; _type and _since narrow it", async () => {
    const kick = await fetch(`${base}/$export`, { headers: { prefer: "respond-async", accept: "application/fhir+json" } });
    expect(kick.status).toBe(202);
    const status = await getJson<{ transactionTime: string; requiresAccessToken: boolean; output: Array<{ type: string; url: string }> }>(
      kick.headers.get("content-location") as string,
    );
    expect(status.status).toBe(200);
    expect(status.body.requiresAccessToken).toBe(false);
    expect(status.body.output.map((o) => o.type)).toEqual([
      "Practitioner",
      "PractitionerRole",
      "Location",
      "Organization",
      "HealthcareService",
      "Provenance",
    ]);
    for (const o of status.body.output) {
      const text = await (await fetch(o.url)).text();
      const lines = text
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as TFhir);
      expect(lines.every((r) => r.resourceType === o.type)).toBe(true);
      if (o.type !== "Provenance") {
        expect(lines.length).toBe((await getJson(`${base}/${o.type}?_summary=count`)).body.total);
        expect(new Set(lines.map((r) => r.id)).size).toBe(lines.length);
      }
    }
    const since = await fetch(`${base}/$export?_type=Location&_since=2031-01-01T00:00:00Z`, { headers: { prefer: "respond-async" } });
    const manifest = (await getJson<{ output: Array<{ type: string; url: string }> }>(since.headers.get("content-location") as string))
      .body;
    expect(manifest.output.map((o) => o.type)).toEqual(["Location"]);
    const recent = (await (await fetch(manifest.output[0]?.url as string)).text()).split("\n").filter(Boolean);
    const { rows } = await dir.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM location WHERE updated_at > '2031-01-01'");
    expect(recent.length).toBe(rows[0]?.n);
    expect((await fetch(`${base}/$export`)).status).toBe(400);
    expect((await fetch(`${base}/$export?_type=Patient`, { headers: { prefer: "respond-async" } })).status).toBe(400);
    expect((await fetch(`${base}/$export-status/not-a-job`)).status).toBe(404);
    expect((await fetch(kick.headers.get("content-location") as string, { method: "DELETE" })).status).toBe(202);
  });

  it("the CSV has one row per physician x location x procedure", async () => {
    const res = await fetch(`${dir.url}/api/v1/export/physicians.csv`);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    const { rows } = await dir.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM practitioner_role r JOIN physician p ON p.id = r.physician_id AND p.active
       LEFT JOIN role_procedure rp ON rp.role_id = r.id`,
    );
    expect(lines.length - 1).toBe(rows[0]?.n);
  });
});

describe("next links", () => {
  it("carry the search forward and stop at the end", async () => {
    const first = await getJson(`${base}/HealthcareService?service-category=prov&_count=7`);
    const n = nextLink(first.body);
    expect(n).toContain("service-category=prov");
    expect(n).toContain("_cursor=");
    const q = "location.address-state=NY&service-type=22513";
    const { resources } = await allPages(`${base}/HealthcareService?${q}&_count=200`);
    const { resources: small } = await allPages(`${base}/HealthcareService?${q}&_count=7`);
    expect(resources.length).toBeGreaterThan(7);
    expect(small.map((r) => r.id)).toEqual(resources.map((r) => r.id));
  });
});
