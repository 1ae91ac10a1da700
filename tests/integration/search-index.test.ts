// search_entry follows every change to its source tables through triggers, inside the writer's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ZSearchQuery } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;
let physicianId: number;
const C = { lat: 35, lng: -106 };
const near = `${C.lat},${C.lng}`;
const names = async (q: Record<string, unknown>) =>
  (await searchPhysiciansNear(ZSearchQuery.parse({ near, radius: 20, ...q }))).results.map((r) => r.physician.name);

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  [physicianId] = (await insertDirectory(prisma, [
    {
      firstName: "Tia",
      lastName: "Trigger",
      locations: [{ ...destination(C.lat, C.lng, 0, 4), procedures: ["vertebroplasty"], acceptingNewPatients: false }],
    },
  ])) as [number];
});
afterAll(async () => close());

describe("search index maintenance", () => {
  it("follows accepting-new-patients, procedures, certification, location moves and deactivation", async () => {
    const role = await prisma.practitionerRole.findFirstOrThrow({ where: { physicianId } });
    expect(await names({ acceptingNewPatients: "true" })).toEqual([]);
    await prisma.practitionerRole.update({ where: { id: role.id }, data: { acceptingNewPatients: true } });
    expect(await names({ acceptingNewPatients: "true" })).toEqual(["Tia Trigger"]);

    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);
    const kypho = await prisma.procedure.findUniqueOrThrow({ where: { slug: "kyphoplasty" } });
    await prisma.roleProcedure.create({ data: { roleId: role.id, procedureId: kypho.id } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual(["Tia Trigger"]);
    await prisma.roleProcedure.delete({ where: { roleId_procedureId: { roleId: role.id, procedureId: kypho.id } } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);

    expect(await names({ boardCertified: "true" })).toEqual([]);
    const source = await prisma.dataSource.create({ data: { kind: "MODERATOR", name: "test moderator" } });
    const cert = await prisma.boardCertification.create({
      data: {
        physicianId,
        board: "American Board of Radiology",
        certificate: "Diagnostic Radiology",
        status: "ACTIVE",
        sourceId: source.id,
      },
    });
    expect(await names({ boardCertified: "true" })).toEqual([]);
    await prisma.boardCertification.update({ where: { id: cert.id }, data: { verifiedAt: new Date("2026-11-01") } });
    expect(await names({ boardCertified: "true" })).toEqual(["Tia Trigger"]);

    const far = destination(C.lat, C.lng, 90, 40);
    await prisma.location.update({ where: { id: role.locationId }, data: { lat: far.lat, lng: far.lng } });
    expect(await names({})).toEqual([]);
    expect(await names({ radius: 50 })).toEqual(["Tia Trigger"]);

    await prisma.physician.update({ where: { id: physicianId }, data: { active: false } });
    expect(await names({ radius: 50 })).toEqual([]);
  });
});
