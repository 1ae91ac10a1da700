// Search filters fed by the Doctors and Clinicians import: "accepts Medicare assignment", and unknown telehealth
// that is neither shown as "no" nor matched as "yes" (both search paths: nearest-first and name order).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZSearchQuery, ZSearchResponse } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

const C = { lat: 41.0, lng: -96.0 };
const at = (bearing: number, miles: number) => destination(C.lat, C.lng, bearing, miles);
const search = (q: Record<string, unknown>) => searchPhysiciansNear(ZSearchQuery.parse({ near: `${C.lat},${C.lng}`, radius: 25, ...q }));

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  await insertDirectory(prisma, [
    { firstName: "Amy", lastName: "Assigns", locations: [{ ...at(0, 2), procedures: ["kyphoplasty"] }] },
    { firstName: "Bo", lastName: "Declines", locations: [{ ...at(90, 3), procedures: ["kyphoplasty"] }] },
    { firstName: "Cal", lastName: "Unknown", locations: [{ ...at(180, 4), procedures: ["kyphoplasty"] }] },
  ]);
  await prisma.$executeRawUnsafe(`UPDATE practitioner_role r SET accepts_medicare_assignment = (p.last_name = 'Assigns'),
      telehealth = CASE p.last_name WHEN 'Assigns' THEN true WHEN 'Declines' THEN false ELSE NULL END
    FROM physician p WHERE p.id = r.physician_id AND p.last_name IN ('Assigns', 'Declines')`);
  await prisma.$executeRawUnsafe(`UPDATE practitioner_role r SET telehealth = NULL, accepts_medicare_assignment = NULL
    FROM physician p WHERE p.id = r.physician_id AND p.last_name = 'Unknown'`);
});
afterAll(async () => close());

describe("Medicare assignment and unknown telehealth in search", () => {
  it("filters on accepts Medicare assignment, nearest-first and by name, and says so in the response", async () => {
    for (const sort of ["distance", "name"]) {
      const r = await search({ medicareAssignment: "true", sort });
      expect(r.results.map((x) => x.physician.name)).toEqual(["Amy Assigns"]);
      expect(r.results[0]?.acceptsMedicareAssignment).toBe(true);
      expect(r.query.filters.medicareAssignment).toBe(true);
      expect(() => ZSearchResponse.parse(r)).not.toThrow();
    }
    expect((await search({})).results).toHaveLength(3);
  });
  it("keeps unknown telehealth unknown: null in results, never matched by the telehealth filter", async () => {
    const all = await search({ sort: "name" });
    expect(all.results.map((x) => [x.physician.name, x.telehealth, x.acceptsMedicareAssignment])).toEqual([
      ["Amy Assigns", true, true],
      ["Bo Declines", false, false],
      ["Cal Unknown", null, null],
    ]);
    for (const sort of ["distance", "name"]) {
      expect((await search({ telehealth: "true", sort })).results.map((x) => x.physician.name)).toEqual(["Amy Assigns"]);
    }
  });
});
