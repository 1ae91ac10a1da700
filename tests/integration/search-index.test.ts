// search_entry follows every change to its source tables through triggers, inside the writer's transaction, and
// search_entry_procedure (one row per role and procedure, decision 071) and search_entry_condition (one row per role
// and several-procedure condition, decision 073) follow search_entry and the conditions' procedure lists; search_card
// (one result card per role, decision 074) follows the role, its physician, location, source and certifications.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { invalidateCatalog } from "@/lib/procedures/catalog";
import { ZSearchQuery } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;
let physicianId: number;
const C = { lat: 35, lng: -106 };
const D = { lat: 39, lng: -100 };
const names = async (q: Record<string, unknown>, at = C) =>
  (await searchPhysiciansNear(ZSearchQuery.parse({ near: `${at.lat},${at.lng}`, radius: 20, ...q }))).results.map((r) => r.physician.name);

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

/**
 * Rows of search_entry_condition that are not exactly search_entry's rows, one per condition with several procedures
 * that the role treats (0 when in step). The reference is written here from condition_procedure, not from the
 * database's own search_condition_sets().
 */
async function perConditionDrift(): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ n: number }>>`
    WITH sets AS (
      SELECT condition_id, array_agg(procedure_id) AS ids FROM condition_procedure GROUP BY condition_id HAVING count(*) >= 2
    ), want AS (
      SELECT k.condition_id, s.role_id, s.physician_id, s.location_id, s.geog::text AS geog, s.accepting_new_patients,
             s.telehealth, s.accepts_medicare_assignment, s.active, s.gender, s.languages, s.board_certified
      FROM search_entry s JOIN sets k ON EXISTS (SELECT 1 FROM unnest(s.procedure_ids) p WHERE p = ANY(k.ids))
    ), got AS (
      SELECT condition_id, role_id, physician_id, location_id, geog::text AS geog, accepting_new_patients, telehealth,
             accepts_medicare_assignment, active, gender, languages, board_certified
      FROM search_entry_condition
    )
    SELECT ((SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM got) a)
          + (SELECT count(*) FROM (SELECT * FROM got EXCEPT ALL SELECT * FROM want) b))::int AS n`;
  return rows[0]?.n ?? NaN;
}

/**
 * Rows of search_card that are not exactly what a result card shows, read here from the source tables (practitioner
 * role, its procedures, physician, location, source, verified certifications), not from search_entry (0 when in step).
 */
async function cardDrift(): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ n: number }>>`
    WITH want AS (
      SELECT r.id AS role_id, p.id AS physician_id, p.slug AS physician_slug, p.npi, p.first_name, p.middle_name,
             p.last_name, p.credentials, p.gender::text AS gender, p.languages, l.id AS location_id, l.slug AS location_slug,
             l.name AS location_name, l.address1, l.address2, l.city, l.state, l.zip, l.phone, l.lat, l.lng,
             l.geocode_precision::text AS geocode_precision, r.accepting_new_patients, r.telehealth,
             r.accepts_medicare_assignment,
             ARRAY(SELECT rp.procedure_id FROM role_procedure rp WHERE rp.role_id = r.id ORDER BY rp.procedure_id)
               AS procedure_ids,
             to_char(CASE WHEN p.last_confirmed_at < l.last_confirmed_at THEN p.last_confirmed_at
                          ELSE l.last_confirmed_at END, 'YYYY-MM-DD') AS last_confirmed_on,
             s.kind::text AS source_kind,
             (SELECT COALESCE(jsonb_agg(jsonb_build_object('board', c.board, 'certificate', c.certificate, 'status', c.status,
                       'verifiedAt', to_char(c.verified_at, 'YYYY-MM-DD')) ORDER BY c.verified_at DESC, c.id), '[]'::jsonb)
              FROM board_certification c WHERE c.physician_id = p.id AND c.verified_at IS NOT NULL)::text AS certifications
      FROM practitioner_role r
      JOIN physician p ON p.id = r.physician_id
      JOIN location l ON l.id = r.location_id
      JOIN data_source s ON s.id = p.source_id
    ), got AS (
      SELECT role_id, physician_id, physician_slug, npi, first_name, middle_name, last_name, credentials, gender, languages,
             location_id, location_slug, location_name, address1, address2, city, state, zip, phone, lat, lng,
             geocode_precision, accepting_new_patients, telehealth, accepts_medicare_assignment, procedure_ids,
             last_confirmed_on, source_kind, certifications::text
      FROM search_card
    )
    SELECT ((SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM got) a)
          + (SELECT count(*) FROM (SELECT * FROM got EXCEPT ALL SELECT * FROM want) b))::int AS n`;
  return rows[0]?.n ?? NaN;
}

/** The three derived tables in step with search_entry and the tables behind it. */
async function drift(): Promise<{ procedure: number; condition: number; card: number }> {
  return { procedure: await perProcedureDrift(), condition: await perConditionDrift(), card: await cardDrift() };
}
const inStep = { procedure: 0, condition: 0, card: 0 };

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  [physicianId] = (await insertDirectory(prisma, [
    {
      firstName: "Tia",
      lastName: "Trigger",
      locations: [{ ...destination(C.lat, C.lng, 0, 4), procedures: ["vertebroplasty"], acceptingNewPatients: false }],
    },
    // Far from Tia, for the condition test.
    { firstName: "Cora", lastName: "Condition", locations: [{ ...destination(D.lat, D.lng, 180, 3), procedures: ["vertebroplasty"] }] },
  ])) as [number, number];
});
afterAll(async () => close());

describe("search index maintenance", () => {
  it("follows accepting-new-patients, procedures, certification, location moves and deactivation", async () => {
    const role = await prisma.practitionerRole.findFirstOrThrow({ where: { physicianId } });
    expect(await drift()).toEqual(inStep);
    expect(await names({ acceptingNewPatients: "true" })).toEqual([]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebroplasty" })).toEqual([]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebral-compression-fractures" })).toEqual([]);
    await prisma.practitionerRole.update({ where: { id: role.id }, data: { acceptingNewPatients: true } });
    expect(await names({ acceptingNewPatients: "true" })).toEqual(["Tia Trigger"]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebroplasty" })).toEqual(["Tia Trigger"]);
    expect(await names({ acceptingNewPatients: "true", procedure: "vertebral-compression-fractures" })).toEqual(["Tia Trigger"]);
    expect(await drift()).toEqual(inStep);

    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);
    const kypho = await prisma.procedure.findUniqueOrThrow({ where: { slug: "kyphoplasty" } });
    await prisma.roleProcedure.create({ data: { roleId: role.id, procedureId: kypho.id } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual(["Tia Trigger"]);
    // A condition names both procedures: the role is in both walks and is listed once.
    expect(await names({ procedure: "vertebral-compression-fractures" })).toEqual(["Tia Trigger"]);
    expect(await drift()).toEqual(inStep);
    await prisma.roleProcedure.delete({ where: { roleId_procedureId: { roleId: role.id, procedureId: kypho.id } } });
    expect(await names({ procedure: "kyphoplasty" })).toEqual([]);
    expect(await drift()).toEqual(inStep);

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
    expect(await names({ procedure: "vertebral-compression-fractures" })).toEqual([]);
    expect(await names({ radius: 50, procedure: "compression fracture" })).toEqual(["Tia Trigger"]);
    expect(await drift()).toEqual(inStep);

    await prisma.physician.update({ where: { id: physicianId }, data: { active: false } });
    expect(await names({ radius: 50 })).toEqual([]);
    expect(await names({ radius: 50, procedure: "vertebroplasty" })).toEqual([]);
    expect(await names({ radius: 50, procedure: "vertebral-compression-fractures" })).toEqual([]);
    expect(await drift()).toEqual(inStep);

    await prisma.practitionerRole.delete({ where: { id: role.id } });
    expect(await prisma.$queryRaw`SELECT role_id FROM search_entry_procedure WHERE role_id = ${role.id}`).toEqual([]);
    expect(await prisma.$queryRaw`SELECT role_id FROM search_entry_condition WHERE role_id = ${role.id}`).toEqual([]);
    expect(await drift()).toEqual(inStep);
  });

  it("follows a change to the procedures that treat a condition", async () => {
    const condition = await prisma.condition.findUniqueOrThrow({
      where: { slug: "sacral-insufficiency-fractures" },
      include: { procedures: true },
    });
    const original = condition.procedures.map((p) => p.procedureId);
    const [vertebro, kypho] = await Promise.all([
      prisma.procedure.findUniqueOrThrow({ where: { slug: "vertebroplasty" } }),
      prisma.procedure.findUniqueOrThrow({ where: { slug: "kyphoplasty" } }),
    ]);
    const rowsOf = async () =>
      (
        await prisma.$queryRaw<
          Array<{ n: number }>
        >`SELECT count(*)::int AS n FROM search_entry_condition WHERE condition_id = ${condition.id}`
      )[0]?.n;
    const search = async () => {
      invalidateCatalog();
      return names({ procedure: "sacral-insufficiency-fractures" }, D);
    };
    try {
      // One procedure (sacroplasty): searched as that procedure, no rows of its own; Cora does not perform it.
      expect(original).toHaveLength(1);
      expect(await rowsOf()).toBe(0);
      expect(await search()).toEqual([]);
      // A second procedure makes it a several-procedure condition: its rows are built, and Cora is found through them.
      await prisma.conditionProcedure.create({ data: { conditionId: condition.id, procedureId: vertebro.id } });
      expect(await rowsOf()).toBeGreaterThan(0);
      expect(await drift()).toEqual(inStep);
      expect(await search()).toEqual(["Cora Condition"]);
      // Found through the condition's rows, not a walk over search_entry: with them gone (rolled back) she is not.
      const ids = [...original, vertebro.id].reverse();
      const walk = (tx: Pick<PrismaClient, "$queryRaw">) =>
        tx.$queryRaw<Array<{ role_id: number }>>`SELECT role_id FROM search_candidates(${D.lng}::float8, ${D.lat}::float8,
          32000::float8, ${ids}::int[], false, false, NULL, NULL, false, false, 100)`;
      expect(await walk(prisma)).toHaveLength(1);
      const rolledBack = new Error("rolled back");
      let withoutRows: unknown[] = [];
      await prisma
        .$transaction(async (tx) => {
          await tx.$executeRaw`DELETE FROM search_entry_condition WHERE condition_id = ${condition.id}`;
          withoutRows = await walk(tx);
          throw rolledBack;
        })
        .catch((e: unknown) => {
          if (e !== rolledBack) throw e;
        });
      expect(withoutRows).toEqual([]);
      expect(await walk(prisma)).toHaveLength(1);
      // The second procedure changed (an update of the row): rebuilt; Cora does not perform kyphoplasty.
      await prisma.conditionProcedure.update({
        where: { conditionId_procedureId: { conditionId: condition.id, procedureId: vertebro.id } },
        data: { procedureId: kypho.id },
      });
      expect(await drift()).toEqual(inStep);
      expect(await search()).toEqual([]);
      // Back to one procedure: its rows go.
      await prisma.conditionProcedure.delete({ where: { conditionId_procedureId: { conditionId: condition.id, procedureId: kypho.id } } });
      expect(await rowsOf()).toBe(0);
      expect(await drift()).toEqual(inStep);
    } finally {
      await prisma.conditionProcedure.deleteMany({ where: { conditionId: condition.id, procedureId: { notIn: original } } });
      invalidateCatalog();
    }
  });
  it("keeps each result card equal to its physician, location, source and verified certifications", async () => {
    const role = await prisma.practitionerRole.findFirstOrThrow({ where: { physician: { lastName: "Condition" } } });
    const card = async () => {
      const res = await searchPhysiciansNear(ZSearchQuery.parse({ near: `${D.lat},${D.lng}`, radius: 20 }));
      expect(res.results).toHaveLength(1);
      return res.results[0];
    };
    expect(await drift()).toEqual(inStep);
    expect((await card())?.physician.name).toBe("Cora Condition");

    await prisma.physician.update({ where: { id: role.physicianId }, data: { firstName: "Corinne", credentials: "DO" } });
    expect(await drift()).toEqual(inStep);
    expect((await card())?.physician).toMatchObject({ name: "Corinne Condition", credentials: "DO" });

    await prisma.location.update({
      where: { id: role.locationId },
      data: { address1: "12 Card Street", phone: "555-010-0199", lastConfirmedAt: new Date("2020-03-04") },
    });
    expect(await drift()).toEqual(inStep);
    const moved = await card();
    expect(moved?.location).toMatchObject({ address: "12 Card Street", phone: "555-010-0199" });
    expect(moved?.lastConfirmedAt).toBe("2020-03-04");

    const moderator = await prisma.dataSource.create({ data: { kind: "MODERATOR", name: "card test moderator" } });
    const cert = await prisma.boardCertification.create({
      data: {
        physicianId: role.physicianId,
        board: "American Board of Radiology",
        certificate: "Interventional Radiology",
        status: "ACTIVE",
        sourceId: moderator.id,
      },
    });
    // Unverified: not on the card.
    expect(await drift()).toEqual(inStep);
    expect((await card())?.physician.certifications).toEqual([]);
    await prisma.boardCertification.update({ where: { id: cert.id }, data: { verifiedAt: new Date("2026-10-02") } });
    expect(await drift()).toEqual(inStep);
    expect((await card())?.physician.certifications).toEqual([
      { board: "American Board of Radiology", certificate: "Interventional Radiology", status: "ACTIVE", verifiedAt: "2026-10-02" },
    ]);

    // The physician's source relabelled (a kind change of the source row itself).
    const physician = await prisma.physician.findUniqueOrThrow({ where: { id: role.physicianId } });
    const source = await prisma.dataSource.findUniqueOrThrow({ where: { id: physician.sourceId } });
    await prisma.dataSource.update({ where: { id: source.id }, data: { kind: "NPPES" } });
    try {
      expect(await drift()).toEqual(inStep);
      expect((await card())?.source).toBe("NPPES");
    } finally {
      await prisma.dataSource.update({ where: { id: source.id }, data: { kind: source.kind } });
    }
    expect(await drift()).toEqual(inStep);

    // The search statement reads the card from search_card: a change there alone (rolled back) shows in its rows.
    const { buildSearchSql, NO_FILTERS } = await import("@/lib/search/search-sql");
    const statement = buildSearchSql({
      lat: D.lat,
      lng: D.lng,
      radiusMeters: 32_000,
      filters: NO_FILTERS,
      sort: "distance",
      limit: 20,
      offset: 0,
      cap: 100,
    });
    const rolledBack = new Error("rolled back");
    let seen: Array<{ last_name: string }> = [];
    await prisma
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE search_card SET last_name = 'Cardonly' WHERE role_id = ${role.id}`;
        seen = await tx.$queryRaw<Array<{ last_name: string }>>(statement);
        throw rolledBack;
      })
      .catch((e: unknown) => {
        if (e !== rolledBack) throw e;
      });
    expect(seen.map((r) => r.last_name)).toEqual(["Cardonly"]);
    expect(await drift()).toEqual(inStep);

    // A deleted role takes its card with it.
    await prisma.practitionerRole.delete({ where: { id: role.id } });
    expect(await prisma.$queryRaw`SELECT role_id FROM search_card WHERE role_id = ${role.id}`).toEqual([]);
    expect(await drift()).toEqual(inStep);
  });
});
