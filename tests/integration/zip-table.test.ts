// The in-memory ZIP table (lib/geo/zip-table.ts) against the zip_centroid table it is loaded from, and the places
// resolveNear() builds from it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveNear } from "@/lib/geo/resolve-near";
import { forgetZipTable, zipTable } from "@/lib/geo/zip-table";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { testPrisma } from "./support/directory";

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(() => {
  ({ prisma, close } = testPrisma());
  forgetZipTable();
});
afterAll(async () => close());

describe("zipTable", () => {
  it("holds every ZIP of zip_centroid with its centroid and label", async () => {
    const rows = await prisma.zipCentroid.findMany();
    const table = await zipTable();
    expect(rows.length).toBeGreaterThan(40_000);
    expect(table.size).toBe(rows.length);
    const wrong = rows.filter((r) => {
      const z = table.get(r.zip);
      return !z || z.lat !== r.lat || z.lng !== r.lng || z.label !== `${r.city}, ${r.state} ${r.zip}`;
    });
    expect(wrong).toEqual([]);
  });

  it("is loaded once and shared by concurrent first callers", async () => {
    forgetZipTable();
    const [a, b] = await Promise.all([zipTable(), zipTable()]);
    expect(a).toBe(b);
    expect(await zipTable()).toBe(a);
  });
});

describe("resolveNear with a ZIP", () => {
  it("reads the point and label from the table, ZIP+4 included", async () => {
    const row = await prisma.zipCentroid.findUniqueOrThrow({ where: { zip: "02108" } });
    for (const near of ["02108", " 02108-1234 "]) {
      const place = await resolveNear(near);
      expect(place).toEqual({ kind: "zip", lat: row.lat, lng: row.lng, label: `${row.city}, ${row.state} 02108`, town: null });
    }
  });

  it("says a ZIP that is not in the table is unknown (404), and one that is not five digits is malformed (400)", async () => {
    await expect(resolveNear("00000")).rejects.toMatchObject({ code: "UNKNOWN_LOCATION" });
    await expect(resolveNear("0210")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
