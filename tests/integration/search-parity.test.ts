// Every filter × both sort orders against a brute-force scan of a seeded random directory: the distance order (the
// capped search_candidates() walk) and the name order (all matches in the radius) must agree with the same rules.
// Runs on both databases (the integration and integration-embedded projects).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineMiles } from "@/lib/geo/distance";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { prng } from "@/lib/text/prng";
import { destination, insertDirectory, resetDirectory, testPrisma, type TFixturePhysician } from "./support/directory";

const C = { lat: 35.0, lng: -90.0 };
const RADIUS = 40;
const PROCEDURES = ["kyphoplasty", "vertebroplasty", "image-guided-biopsy"];
const LAST = ["Abel", "Baker", "Cole", "Diaz", "Baker", "Evans"];

/** A seeded directory: every attribute a filter looks at varies; distances avoid the radius edge by a mile. */
function directory(): TFixturePhysician[] {
  const rnd = prng(20261128);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: 48 }, (_, i) => ({
    firstName: `P${String(i).padStart(2, "0")}`,
    lastName: pick(LAST),
    gender: rnd() < 0.5 ? ("FEMALE" as const) : ("MALE" as const),
    languages: rnd() < 0.3 ? ["en", "es"] : ["en"],
    verifiedCertification: rnd() < 0.5,
    active: rnd() > 0.1,
    locations: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const miles = rnd() < 0.8 ? 0.5 + rnd() * (RADIUS - 2) : RADIUS + 1 + rnd() * 30;
      return {
        ...destination(C.lat, C.lng, rnd() * 360, miles),
        procedures: PROCEDURES.filter(() => rnd() < 0.5),
        acceptingNewPatients: rnd() < 0.2 ? null : rnd() < 0.6,
        telehealth: rnd() < 0.4,
        acceptsMedicareAssignment: rnd() < 0.2 ? null : rnd() < 0.6,
      };
    }),
  }));
}

type TFilterCase = {
  name: string;
  query: Record<string, string>;
  keep: (p: TFixturePhysician, l: TFixturePhysician["locations"][number]) => boolean;
};

const FILTERS: TFilterCase[] = [
  { name: "no filter", query: {}, keep: () => true },
  { name: "procedure", query: { procedure: "kyphoplasty" }, keep: (_p, l) => l.procedures.includes("kyphoplasty") },
  { name: "board certified", query: { boardCertified: "true" }, keep: (p) => p.verifiedCertification === true },
  { name: "accepting new patients", query: { acceptingNewPatients: "true" }, keep: (_p, l) => l.acceptingNewPatients === true },
  { name: "telehealth", query: { telehealth: "true" }, keep: (_p, l) => l.telehealth === true },
  {
    name: "Medicare assignment",
    query: { medicareAssignment: "true" },
    keep: (_p, l) => l.acceptsMedicareAssignment === true,
  },
  { name: "language", query: { language: "es" }, keep: (p) => (p.languages ?? ["en"]).includes("es") },
  { name: "gender", query: { gender: "male" }, keep: (p) => p.gender === "MALE" },
];

let prisma: PrismaClient;
let close: () => Promise<void>;
const DIR = directory();
let ids: number[] = [];

/** The expected answer by brute force: each active physician at their nearest matching location inside the radius. */
function bruteForce(f: TFilterCase, sort: "distance" | "name"): number[] {
  const rows = DIR.flatMap((p, i) => {
    if (p.active === false) return [];
    const miles = p.locations.filter((l) => f.keep(p, l)).map((l) => haversineMiles(C.lat, C.lng, l.lat, l.lng));
    const best = Math.min(...miles.filter((m) => m <= RADIUS));
    return Number.isFinite(best) ? [{ id: ids[i] as number, p, miles: best }] : [];
  });
  rows.sort((a, b) =>
    sort === "name"
      ? a.p.lastName.localeCompare(b.p.lastName) || a.p.firstName.localeCompare(b.p.firstName) || a.miles - b.miles || a.id - b.id
      : a.miles - b.miles || a.id - b.id,
  );
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  ids = await insertDirectory(prisma, DIR);
});
afterAll(async () => close());

describe("search filters agree with a brute-force scan", () => {
  for (const f of FILTERS) {
    for (const sort of ["distance", "name"] as const) {
      it(`${f.name}, ${sort} order`, async () => {
        const r = await searchPhysiciansNear({ near: `${C.lat},${C.lng}`, radius: String(RADIUS), sort, pageSize: "100", ...f.query });
        const expected = bruteForce(f, sort);
        expect(expected.length).toBeGreaterThan(0);
        expect(r.results.map((x) => x.physician.id)).toEqual(expected);
        expect(r.total).toBe(expected.length);
      });
    }
  }
});
