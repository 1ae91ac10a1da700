// Builds small, exactly known directories for search tests: physicians at chosen distances and bearings.
import { createPool } from "@/lib/db/pool";
import { createPrismaClient } from "@/lib/db/prisma";
import { EARTH_RADIUS_M, METERS_PER_MILE } from "@/lib/geo/distance";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { demoNpi } from "@/lib/physicians/npi";

const DIRECTORY_TABLES = [
  "field_provenance",
  "procedure_volume",
  "board_certification",
  "role_procedure",
  "practitioner_role",
  "location",
  "organization",
  "physician",
  "data_source",
  "error_report",
  "rate_limit_bucket",
];

export function testPrisma(): { prisma: PrismaClient; close: () => Promise<void> } {
  const pool = createPool(process.env.DATABASE_URL as string, { max: 2 });
  const prisma = createPrismaClient(pool);
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export async function resetDirectory(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`TRUNCATE ${DIRECTORY_TABLES.join(", ")} RESTART IDENTITY CASCADE`);
}

/** The point `miles` from (lat, lng) along `bearingDeg`, on the same sphere PostGIS uses for use_spheroid=false. */
export function destination(lat: number, lng: number, bearingDeg: number, miles: number): { lat: number; lng: number } {
  const r = Math.PI / 180;
  const d = (miles * METERS_PER_MILE) / EARTH_RADIUS_M;
  const φ1 = lat * r;
  const λ1 = lng * r;
  const θ = bearingDeg * r;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { lat: φ2 / r, lng: ((λ2 / r + 540) % 360) - 180 };
}

export type TFixtureLocation = {
  lat: number;
  lng: number;
  procedures: string[];
  acceptingNewPatients?: boolean | null;
  telehealth?: boolean;
  acceptsMedicareAssignment?: boolean | null;
  name?: string;
};

export type TFixturePhysician = {
  firstName: string;
  lastName: string;
  gender?: "FEMALE" | "MALE";
  languages?: string[];
  verifiedCertification?: boolean;
  active?: boolean;
  locations: TFixtureLocation[];
};

/** Inserts physicians (each with its own locations) and returns their ids in order. */
export async function insertDirectory(prisma: PrismaClient, physicians: TFixturePhysician[]): Promise<number[]> {
  const source = await prisma.dataSource.create({ data: { kind: "DEMO", name: "test fixture" } });
  const procedures = await prisma.procedure.findMany({ select: { id: true, slug: true } });
  const procId = (slug: string) => {
    const p = procedures.find((x) => x.slug === slug);
    if (!p) throw new Error(`unknown procedure ${slug}`);
    return p.id;
  };
  const asOf = new Date("2026-10-01");
  const ids: number[] = [];
  let seq = 1;
  for (const ph of physicians) {
    const n = seq++;
    const npi = demoNpi(10_000_000 + n);
    const physician = await prisma.physician.create({
      data: {
        npi,
        slug: `${ph.firstName}-${ph.lastName}-${npi}`.toLowerCase(),
        firstName: ph.firstName,
        lastName: ph.lastName,
        credentials: "MD",
        gender: ph.gender ?? "FEMALE",
        languages: ph.languages ?? ["en"],
        identifiedBy: "TAXONOMY",
        active: ph.active ?? true,
        sourceId: source.id,
        asOf,
        lastConfirmedAt: asOf,
        certifications: ph.verifiedCertification
          ? {
              create: {
                board: "American Board of Radiology",
                certificate: "Interventional Radiology and Diagnostic Radiology",
                status: "ACTIVE",
                sourceId: source.id,
                verifiedAt: asOf,
              },
            }
          : undefined,
      },
    });
    for (const [i, loc] of ph.locations.entries()) {
      const location = await prisma.location.create({
        data: {
          slug: `loc-${n}-${i}`,
          name: loc.name ?? `Clinic ${n}-${i}`,
          address1: `${i + 1} Test St`,
          city: "Testville",
          state: "KS",
          zip: "67000",
          lat: loc.lat,
          lng: loc.lng,
          geocodePrecision: "STREET",
          sourceId: source.id,
          asOf,
          lastConfirmedAt: asOf,
        },
      });
      await prisma.practitionerRole.create({
        data: {
          physicianId: physician.id,
          locationId: location.id,
          sourceId: source.id,
          asOf,
          acceptingNewPatients: loc.acceptingNewPatients === undefined ? true : loc.acceptingNewPatients,
          telehealth: loc.telehealth ?? false,
          acceptsMedicareAssignment: loc.acceptsMedicareAssignment ?? null,
          procedures: { create: loc.procedures.map((slug) => ({ procedureId: procId(slug) })) },
        },
      });
    }
    ids.push(physician.id);
  }
  return ids;
}
