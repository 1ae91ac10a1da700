// GET /api/v1/physicians/{id|slug}: the full public profile, and clear errors.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/physicians/[idOrSlug]/route";
import { GET as listProcedures } from "@/app/api/v1/procedures/route";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { destination, insertDirectory, resetDirectory, testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;
let ids: number[];

const get = async (key: string, query = "") => {
  const res = await GET(new NextRequest(`http://localhost/api/v1/physicians/${key}${query}`), {
    params: Promise.resolve({ idOrSlug: key }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  const p = destination(40, -90, 0, 1);
  ids = await insertDirectory(prisma, [
    {
      firstName: "Mia",
      lastName: "Profile",
      verifiedCertification: true,
      locations: [
        { ...p, procedures: ["kyphoplasty", "vertebroplasty"] },
        { ...destination(40, -90, 90, 5), procedures: ["kyphoplasty"], telehealth: true },
      ],
    },
    { firstName: "Old", lastName: "Gone", active: false, locations: [{ ...p, procedures: ["kyphoplasty"] }] },
  ]);
  const source = await prisma.dataSource.create({
    data: { kind: "CMS_MEDICARE_VOLUME", name: "Medicare by Provider and Service", fileDate: new Date("2025-05-01") },
  });
  const mia = await prisma.physician.findUniqueOrThrow({ where: { id: ids[0] } });
  await prisma.procedureVolume.createMany({
    data: [
      {
        physicianId: mia.id,
        npi: mia.npi,
        hcpcsCode: "22514",
        year: 2023,
        placeOfService: "FACILITY",
        services: 42,
        beneficiaries: 40,
        sourceId: source.id,
      },
      {
        physicianId: mia.id,
        npi: mia.npi,
        hcpcsCode: "22511",
        year: 2023,
        placeOfService: "FACILITY",
        services: null,
        beneficiaries: null,
        sourceId: source.id,
      },
    ],
  });
});
afterAll(async () => close());

describe("physician profile", () => {
  it("returns locations, procedures, certifications, volumes and provenance by id and by slug", async () => {
    const byId = await get(String(ids[0]));
    expect(byId.status).toBe(200);
    const bySlug = await get(byId.body.slug as string);
    expect(bySlug.body).toEqual(byId.body);
    const p = byId.body as {
      name: string;
      locations: Array<{ procedures: Array<{ slug: string }>; telehealth: boolean }>;
      procedures: Array<{ slug: string; cptCodes: string[] }>;
      certifications: Array<{ verified: boolean; verifiedAt: string }>;
      volumes: {
        note: string;
        rows: Array<{ hcpcsCode: string; services: number | null; suppressed: boolean; procedure: { slug: string } | null }>;
      };
      provenance: { source: { kind: string }; asOf: string };
    };
    expect(p.name).toBe("Mia Profile");
    expect(p.locations).toHaveLength(2);
    expect(p.procedures.map((x) => x.slug)).toEqual(["vertebroplasty", "kyphoplasty"]);
    expect(p.procedures[1]?.cptCodes).toContain("22514");
    expect(p.certifications[0]).toMatchObject({ verified: true, verifiedAt: "2026-10-01" });
    expect(p.volumes.note).toMatch(/Medicare Part B.*under 11/);
    const suppressed = p.volumes.rows.find((r) => r.hcpcsCode === "22511");
    expect(suppressed).toMatchObject({ services: null, suppressed: true, procedure: { slug: "vertebroplasty" } });
    expect(p.provenance).toMatchObject({ source: { kind: "DEMO" }, asOf: "2026-10-01" });
  });

  it("hides deactivated physicians and explains unknown or malformed keys", async () => {
    expect((await get(String(ids[1]))).status).toBe(404);
    expect((await get("no-such-doctor")).status).toBe(404);
    const bad = await get("Robert'); DROP");
    expect(bad.status).toBe(400);
    expect((bad.body.error as { code: string }).code).toBe("VALIDATION_FAILED");
  });

  it("lists procedures and conditions", async () => {
    const res = await listProcedures(new NextRequest("http://localhost/api/v1/procedures"), { params: Promise.resolve({}) });
    const body = (await res.json()) as {
      procedures: Array<{ slug: string }>;
      conditions: Array<{ slug: string; procedures: Array<{ slug: string }> }>;
    };
    expect(body.procedures[0]?.slug).toBe("vertebroplasty");
    const vcf = body.conditions.find((c) => c.slug === "vertebral-compression-fractures");
    expect(vcf?.procedures.map((p) => p.slug)).toEqual(["vertebroplasty", "kyphoplasty"]);
  });

  it("answers with Spanish labels and messages for lang=es; the data is the same", async () => {
    const en = await get(String(ids[0]));
    const es = await get(String(ids[0]), "?lang=es");
    expect(es.status).toBe(200);
    const names = (b: Record<string, unknown>) => (b.procedures as Array<{ slug: string; name: string }>).map((x) => [x.slug, x.name]);
    expect(names(es.body)).toContainEqual(["kyphoplasty", "Cifoplastia (aumento vertebral con balón)"]);
    expect(names(es.body).map(([slug]) => slug)).toEqual(names(en.body).map(([slug]) => slug));
    expect(es.body.npi).toBe(en.body.npi);
    expect(es.body.locations).toHaveLength((en.body.locations as unknown[]).length);
    const missing = await get("999999", "?lang=es");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: "NOT_FOUND", message: "No encontramos a ese médico en el directorio." } });
    const bad = await get(String(ids[0]), "?lang=fr");
    expect(bad.status).toBe(400);
  });
});
