// search_entry follows every change to its source tables through triggers, inside the writer's transaction, and
// search_entry_procedure (one row per role and procedure, decision 071) follows search_entry.
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

/** Rows of search_entry_procedure that are not exactly search_entry's rows, one per procedure (0 when in step). */
async function perProcedureDrift(): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ n: number }>>`
    WITH want AS (
      SELECT p AS procedure_id, s.role_id, s.physician_id, s.location_id, s.geog::text AS geog, s.accepting_new_patients,
             s.telehealth, s.accepts_medicare_assignment, s.active, s.gender, s.languages, s.board_certified
      FROM search_entry s CROSS JOIN LATERAL unnest(s.procedure_ids) AS p
    ), got AS (
      SELECT procedure_id, role_id, physician_id, location_id, geog::text AS geog, accepting_new_patients, telehealth,
             accepts_medicare_assignment, active, gender, languages, board_certified
      FROM search_entry_procedure
    )
    SELECT ((SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM got) a)
          + (SELECT count(*) FROM (SELECT * FROM got EXCEPT ALL SELECT * FROM want) b))::int AS n`;
  return rows[0]?.n ?? NaN;
}

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
    expect(await perProcedureDrift()).toBe(0);
    expect(await names({ acceptingNewPatients: "true" })).toEqual([]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebroplasty" })).toEqual([]);
    await prisma.practitionerRole.update({ where: { id: role.id }, data: { acceptingNewPatients: true } });
    expect(await names({ acceptingNewPatients: "true" })).toEqual(["Tia Trigger"]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebroplasty" })).toEqual(["Tia Trigger"]);
    expect(await perProcedureDrift()).toBe(0);

    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);
    const kypho = await prisma.procedure.findUniqueOrThrow({ where: { slug: "kyphoplasty" } });
    await prisma.roleProcedure.create({ data: { roleId: role.id, procedureId: kypho.id } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual(["Tia Trigger"]);
    // A condition names both procedures: the role is in both walks and is listed once.
    expect(await names({ procedure: "vertebral-compression-fractures" })).toEqual(["Tia Trigger"]);
    expect(await perProcedureDrift()).toBe(0);
    await prisma.roleProcedure.delete({ where: { roleId_procedureId: { roleId: role.id, procedureId: kypho.id } } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);
    expect(await perProcedureDrift()).toBe(0);

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
    expect(await names({ boardCertified: "true", procedure: "vertebroplasty" })).toEqual(["Tia Trigger"]);

    const far = destination(C.lat, C.lng, 90, 40);
    await prisma.location.update({ where: { id: role.locationId }, data: { lat: far.lat, lng: far.lng } });
    expect(await names({})).toEqual([]);
    expect(await names({ procedure: "vertebroplasty" })).toEqual([]);
    expect(await names({ radius: 50 })).toEqual(["Tia Trigger"]);
    expect(await names({ radius: 50, procedure: "vertebroplasty" })).toEqual(["Tia Trigger"]);
    expect(await perProcedureDrift()).toBe(0);

    await prisma.physician.update({ where: { id: physicianId }, data: { active: false } });
    expect(await names({ radius: 50 })).toEqual([]);
    expect(await names({ radius: 50, procedure: "vertebroplasty" })).toEqual([]);
    expect(await perProcedureDrift()).toBe(0);

    await prisma.practitionerRole.delete({ where: { id: role.id } });
    expect(await prisma.$queryRaw`SELECT role_id FROM search_entry_procedure WHERE role_id = ${role.id}`).toEqual([]);
    expect(await perProcedureDrift()).toBe(0);
  });
});
