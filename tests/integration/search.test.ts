// Physician search against a real database: distances, radius edges, filters, paging, de-duplication, fallbacks.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { haversineMiles } from "@/lib/geo/distance";
import { ZSearchQuery, ZSearchResponse, type TSearchResponse } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { destination, insertDirectory, resetDirectory, testPrisma, type TFixturePhysician } from "./support/directory";

const C = { lat: 39.0, lng: -98.5 };
const near = `${C.lat},${C.lng}`;
const at = (bearing: number, miles: number) => destination(C.lat, C.lng, bearing, miles);

const search = (q: Record<string, unknown>) => searchPhysiciansNear(ZSearchQuery.parse({ near, ...q }));

async function callRoute(qs: string): Promise<{ status: number; body: unknown }> {
  const res = await searchRoute(new NextRequest(`http://localhost/api/v1/search?${qs}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

const names = (r: TSearchResponse) => r.results.map((x) => x.physician.name);

let prisma: PrismaClient;
let close: () => Promise<void>;

const DIRECTORY: TFixturePhysician[] = [
  {
    firstName: "Ada",
    lastName: "One",
    verifiedCertification: true,
    languages: ["en", "es"],
    locations: [{ ...at(0, 1), procedures: ["kyphoplasty", "vertebroplasty"] }],
  },
  {
    firstName: "Ben",
    lastName: "Five",
    gender: "MALE",
    locations: [{ ...at(90, 5), procedures: ["kyphoplasty"], acceptingNewPatients: false }],
  },
  {
    firstName: "Cy",
    lastName: "Edge-In",
    gender: "MALE",
    locations: [{ ...at(180, 9.95), procedures: ["vertebroplasty"], telehealth: true }],
  },
  { firstName: "Di", lastName: "Edge-Out", locations: [{ ...at(270, 10.05), procedures: ["kyphoplasty"] }] },
  // Three locations: the nearest offers only biopsies, so a kyphoplasty search must show the 7-mile one.
  {
    firstName: "Eve",
    lastName: "Multi",
    verifiedCertification: true,
    locations: [
      { ...at(45, 2), procedures: ["image-guided-biopsy"] },
      { ...at(135, 7), procedures: ["kyphoplasty"] },
      { ...at(225, 8), procedures: ["kyphoplasty", "vertebroplasty"] },
    ],
  },
  { firstName: "Gus", lastName: "Gone", active: false, locations: [{ ...at(10, 0.5), procedures: ["kyphoplasty"] }] },
  { firstName: "Hal", lastName: "Far", locations: [{ ...at(300, 60), procedures: ["kyphoplasty"] }] },
  { firstName: "Ivy", lastName: "Fibroids", locations: [{ ...at(20, 3), procedures: ["uterine-fibroid-embolization"] }] },
];

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  await insertDirectory(prisma, DIRECTORY);
});
afterAll(async () => close());

describe("searchPhysiciansNear", () => {
  it("orders by great-circle distance that matches an independent haversine to 0.1 mile", async () => {
    const r = await search({ radius: 100 });
    expect(r.results.length).toBeGreaterThan(5);
    const d = r.results.map((x) => x.distanceMiles);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    for (const x of r.results) {
      const expected = haversineMiles(C.lat, C.lng, x.location.lat, x.location.lng);
      expect(Math.abs(x.distanceMiles - expected)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it("includes a location just inside the radius and excludes one just outside", async () => {
    const r = await search({ radius: 10 });
    expect(names(r)).toContain("Cy Edge-In");
    expect(names(r)).not.toContain("Di Edge-Out");
    for (const x of r.results) expect(x.distanceMiles).toBeLessThanOrEqual(10);
  });

  it("never returns deactivated physicians", async () => {
    const r = await search({ radius: 100 });
    expect(names(r)).not.toContain("Gus Gone");
  });

  it("shows each physician once, at the nearest location offering the procedure, counting the others", async () => {
    const r = await search({ radius: 25, procedure: "kyphoplasty" });
    const eve = r.results.filter((x) => x.physician.name === "Eve Multi");
    expect(eve).toHaveLength(1);
    expect(eve[0]?.distanceMiles).toBe(7);
    expect(eve[0]?.otherLocations).toBe(1);
    expect(eve[0]?.procedures.map((p) => p.slug)).toContain("kyphoplasty");
    const all = await search({ radius: 25 });
    const eveAny = all.results.find((x) => x.physician.name === "Eve Multi");
    expect(eveAny?.distanceMiles).toBe(2);
    expect(eveAny?.otherLocations).toBe(2);
  });

  it("filters by procedure slug, condition slug and free text", async () => {
    const kypho = await search({ radius: 25, procedure: "kyphoplasty" });
    expect(names(kypho).sort()).toEqual(["Ada One", "Ben Five", "Di Edge-Out", "Eve Multi"]);
    const vcf = await search({ radius: 25, procedure: "vertebral-compression-fractures" });
    expect(names(vcf).sort()).toEqual(["Ada One", "Ben Five", "Cy Edge-In", "Di Edge-Out", "Eve Multi"]);
    const text = await search({ radius: 25, procedure: "Compression Fracture" });
    expect(names(text).sort()).toEqual(names(vcf).sort());
    const fibroid = await search({ radius: 25, procedure: "fibroids" });
    expect(names(fibroid)).toEqual(["Ivy Fibroids"]);
  });

  it("applies the boolean, language and gender filters", async () => {
    expect(names(await search({ radius: 25, boardCertified: "true" })).sort()).toEqual(["Ada One", "Eve Multi"]);
    expect(names(await search({ radius: 25, acceptingNewPatients: "true" }))).not.toContain("Ben Five");
    expect(names(await search({ radius: 25, telehealth: "1" }))).toEqual(["Cy Edge-In"]);
    expect(names(await search({ radius: 25, language: "Spanish" }))).toEqual(["Ada One"]);
    expect(names(await search({ radius: 25, gender: "male" })).sort()).toEqual(["Ben Five", "Cy Edge-In"]);
  });

  it("pages without gaps or repeats and reports the total", async () => {
    const full = await search({ radius: 100, pageSize: 100 });
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const r = await search({ radius: 100, pageSize: 2, page });
      expect(r.total).toBe(full.total);
      seen.push(...names(r));
    }
    expect(seen).toEqual(names(full));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("sorts by name when asked", async () => {
    const r = await search({ radius: 100, sort: "name" });
    const last = r.results.map((x) => x.physician.name.split(" ")[1] as string);
    expect(last).toEqual([...last].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("returns the nearest matches beyond the radius when none are inside", async () => {
    const r = await search({ radius: 1, procedure: "uterine-fibroid-embolization" });
    expect(r.results).toEqual([]);
    expect(r.total).toBe(0);
    expect(r.nearest.map((x) => x.physician.name)).toEqual(["Ivy Fibroids"]);
    expect(r.nearest[0]?.distanceMiles).toBeCloseTo(3, 1);
  });

  it("resolves ZIP codes and cities from the local centroid table", async () => {
    const zip = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001" }));
    expect(zip.query.label).toBe("New York, NY 10001");
    expect(zip.query.point.lat).toBeCloseTo(40.75, 1);
    const city = await searchPhysiciansNear(ZSearchQuery.parse({ near: "boston, massachusetts" }));
    expect(city.query.label).toBe("Boston, MA");
    expect(city.query.nearestTown).toBeNull();
  });

  it("offers the places an ambiguous or misspelled city may be, and names the town nearest a point", async () => {
    const failure = (near: string) =>
      searchPhysiciansNear(ZSearchQuery.parse({ near })).then(
        () => null,
        (e: { code: string; details: { field: string; candidates: string[] } }) => e,
      );
    const boston = await failure("boston");
    expect(boston?.code).toBe("BAD_REQUEST");
    expect(boston?.details.field).toBe("near");
    expect(boston?.details.candidates[0]).toBe("Boston, MA");
    expect(boston?.details.candidates.length).toBeGreaterThan(1);
    const typo = await failure("Bostn, MA");
    expect(typo?.code).toBe("UNKNOWN_LOCATION");
    expect(typo?.details.candidates).toContain("Boston, MA");
    expect((await failure("Zzzqqxx"))?.details.candidates).toEqual([]);
    const point = await searchPhysiciansNear(ZSearchQuery.parse({ near: "42.3601,-71.0589" }));
    expect(point.query.nearestTown).toMatch(/, MA$/);
    // Never a company's own ZIP ("Philip Morris, NY"), even next to one.
    const midtown = await searchPhysiciansNear(ZSearchQuery.parse({ near: "40.75,-73.99" }));
    expect(midtown.query.nearestTown).toMatch(/, NY$/);
    expect(midtown.query.nearestTown).not.toMatch(/Philip Morris/);
  });

  it("explains a procedure it read differently, and searches it", async () => {
    const r = await search({ procedure: "back pain after a fall", radius: 100 });
    expect(r.query.procedure).toMatchObject({ slug: "vertebral-compression-fractures", kind: "condition" });
    expect(r.query.procedure?.explanation).toMatch(/compression fracture/);
  });

  it("names each result's procedures from the catalogue, in its order, and sees a procedure added since it was read", async () => {
    const order = await prisma.procedure.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true } });
    const rank = (slug: string) => order.findIndex((p) => p.slug === slug);
    const ada = (await search({ radius: 27 })).results.find((x) => x.physician.name === "Ada One");
    expect(ada?.procedures.map((p) => p.slug).sort()).toEqual(["kyphoplasty", "vertebroplasty"]);
    const ranks = ada?.procedures.map((p) => rank(p.slug)) ?? [];
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The catalogue is now cached; a procedure created after that still gets its name on the card.
    const added = await prisma.procedure.create({
      data: { slug: "test-added-procedure", name: "Added Procedure", summary: "Added after the catalogue was read." },
    });
    try {
      const role = await prisma.practitionerRole.findFirstOrThrow({ where: { physician: { lastName: "One" } } });
      await prisma.roleProcedure.create({ data: { roleId: role.id, procedureId: added.id } });
      const again = (await search({ radius: 28 })).results.find((x) => x.physician.name === "Ada One");
      expect(again?.procedures).toContainEqual({ slug: "test-added-procedure", name: "Added Procedure" });
    } finally {
      await prisma.procedure.delete({ where: { id: added.id } });
    }
  });
});

describe("GET /api/v1/search", () => {
  it("answers with the documented shape", async () => {
    const { status, body } = await callRoute(`near=${near}&radius=25&procedure=kyphoplasty`);
    expect(status).toBe(200);
    const parsed = ZSearchResponse.parse(body);
    expect(parsed.results.every((x) => x.procedures.some((p) => p.slug === "kyphoplasty"))).toBe(true);
  });

  it.each([
    ["", 400, "VALIDATION_FAILED"],
    ["near=10001&radius=0", 400, "VALIDATION_FAILED"],
    ["near=10001&radius=251", 400, "VALIDATION_FAILED"],
    ["near=10001&radius=abc", 400, "VALIDATION_FAILED"],
    ["near=10001&pageSize=101", 400, "VALIDATION_FAILED"],
    ["near=10001&sort=rating", 400, "VALIDATION_FAILED"],
    ["near=10001&language=klingon", 400, "VALIDATION_FAILED"],
    ["near=1234", 400, "BAD_REQUEST"],
    ["near=95.1,20", 400, "BAD_REQUEST"],
    ["near=Springfield", 400, "BAD_REQUEST"],
    ["near=00000", 404, "UNKNOWN_LOCATION"],
    ["near=Atlantis, KS", 404, "UNKNOWN_LOCATION"],
    ["near=10001&procedure=brain%20transplant", 404, "UNKNOWN_PROCEDURE"],
  ])("rejects %s with %i %s and a readable message", async (qs, status, code) => {
    const res = await callRoute(qs);
    expect(res.status).toBe(status);
    const body = res.body as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(body.error.message).not.toMatch(/at .*\.ts|Error:|prisma|SELECT/i);
  });
});
