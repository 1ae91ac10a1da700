// getClinicPage: one location with the active physicians practising there, their procedures and verified badges.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClinicPage } from "@/lib/clinics/get-clinic-page";
import { ZClinicPage } from "@/lib/clinics/schema";
import { readHours } from "@/lib/validation/common";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  const here = destination(39, -95, 0, 1);
  const [zoe, , gone] = await insertDirectory(prisma, [
    {
      firstName: "Zoe",
      lastName: "Young",
      verifiedCertification: true,
      locations: [{ ...here, procedures: ["kyphoplasty"], name: "Shared Clinic" }],
    },
    { firstName: "Adam", lastName: "Able", locations: [{ ...destination(39, -95, 90, 3), procedures: ["vertebroplasty"] }] },
    { firstName: "Old", lastName: "Gone", active: false, locations: [{ ...destination(39, -95, 90, 4), procedures: ["kyphoplasty"] }] },
  ]);
  const shared = await prisma.location.findUniqueOrThrow({ where: { slug: "loc-1-0" } });
  await prisma.location.update({
    where: { id: shared.id },
    data: {
      hours: [
        { day: 2, open: "09:00", close: "17:00" },
        { day: 1, open: "08:00", close: "12:00" },
      ],
      phone: "(316) 555-0100",
    },
  });
  const source = await prisma.dataSource.findFirstOrThrow();
  const asOf = new Date("2026-10-01");
  const adam = await prisma.physician.findFirstOrThrow({ where: { lastName: "Able" } });
  const vert = await prisma.procedure.findUniqueOrThrow({ where: { slug: "vertebroplasty" } });
  await prisma.practitionerRole.create({
    data: {
      physicianId: adam.id,
      locationId: shared.id,
      sourceId: source.id,
      asOf,
      acceptingNewPatients: null,
      procedures: { create: [{ procedureId: vert.id }] },
    },
  });
  // An inactive physician linked to the same clinic must not be listed.
  await prisma.practitionerRole.create({ data: { physicianId: gone as number, locationId: shared.id, sourceId: source.id, asOf } });
  expect(zoe).toBeGreaterThan(0);
});
afterAll(async () => close());

describe("getClinicPage", () => {
  it("lists the active physicians at the clinic by last name, with their procedures and verified certifications", async () => {
    const c = await getClinicPage("loc-1-0");
    expect(c.name).toBe("Shared Clinic");
    expect(c.phone).toBe("(316) 555-0100");
    expect(c.physicians.map((p) => p.name)).toEqual(["Adam Able", "Zoe Young"]);
    const [adam, zoe] = c.physicians;
    expect(adam?.procedures.map((p) => p.slug)).toEqual(["vertebroplasty"]);
    expect(adam?.acceptingNewPatients).toBeNull();
    expect(adam?.certifications).toEqual([]);
    expect(zoe?.certifications[0]?.verifiedAt).toBe("2026-10-01");
    expect(c.procedures.map((p) => p.slug).sort()).toEqual(["kyphoplasty", "vertebroplasty"]);
    expect(c.source.kind).toBe("DEMO");
    // The page and GET /api/v1/clinics/{slug} share one response schema: the operation's output meets it exactly.
    expect(ZClinicPage.strict().parse(c)).toEqual(c);
  });

  it("returns hours sorted by day and survives malformed hours", async () => {
    const c = await getClinicPage("loc-1-0");
    expect(c.hours.map((h) => h.day)).toEqual([1, 2]);
    expect(readHours([{ day: 9, open: "x" }])).toEqual([]);
    expect(readHours(null)).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown slug and rejects a malformed one", async () => {
    await expect(getClinicPage("no-such-clinic")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClinicPage("Bad Slug!")).rejects.toThrow();
  });
});
