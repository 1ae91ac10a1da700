import { describe, expect, it } from "vitest";
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";
import { generateDemo } from "../../prisma/seed/demo";
import { PROCEDURES } from "../../prisma/reference/procedures";
import { AREA_CODES } from "../../prisma/seed/area-codes";
import { ordinaryZips } from "../../prisma/seed/zips";

const all = (locations: number, seed?: number) => [...generateDemo({ locations, seed, batchLocations: 700 })];

describe("demo generator", () => {
  it("is deterministic for a seed and different for another", () => {
    expect(JSON.stringify(all(300))).toBe(JSON.stringify(all(300)));
    expect(JSON.stringify(all(300, 7))).not.toBe(JSON.stringify(all(300)));
  });

  it("produces the requested locations, about 1.6 physicians each, with consistent references", () => {
    const batches = all(2500);
    const locations = batches.flatMap((b) => b.locations);
    const physicians = batches.flatMap((b) => b.physicians);
    const roles = batches.flatMap((b) => b.roles);
    expect(locations).toHaveLength(2500);
    expect(physicians.length / locations.length).toBeGreaterThan(1.3);
    expect(physicians.length / locations.length).toBeLessThan(1.9);
    const locIds = new Set(locations.map((l) => l.id));
    const physIds = new Set(physicians.map((p) => p.id));
    for (const r of roles) {
      expect(locIds.has(r.locationId)).toBe(true);
      expect(physIds.has(r.physicianId)).toBe(true);
    }
    expect(new Set(physicians.map((p) => p.npi)).size).toBe(physicians.length);
    expect(physicians.every((p) => hasValidNpiCheckDigit(p.npi) && p.npi.startsWith("9"))).toBe(true);
    const multi = new Map<number, number>();
    for (const r of roles) multi.set(r.physicianId, (multi.get(r.physicianId) ?? 0) + 1);
    expect([...multi.values()].filter((n) => n > 1).length).toBeGreaterThan(physicians.length * 0.1);
  });

  it("uses only known procedures, and a realistic share treat compression fractures", () => {
    const batches = all(2500);
    const known = new Set(PROCEDURES.map((p) => p.slug));
    const rp = batches.flatMap((b) => b.roleProcedures);
    expect(rp.every(([, slug]) => known.has(slug))).toBe(true);
    const roleToPhys = new Map(batches.flatMap((b) => b.roles).map((r) => [r.id, r.physicianId]));
    const vcf = new Set(rp.filter(([, s]) => s === "kyphoplasty" || s === "vertebroplasty").map(([id]) => roleToPhys.get(id)));
    const share = vcf.size / batches.flatMap((b) => b.physicians).length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.6);
  });

  it("puts more practices in big metros than in rural states", () => {
    const locations = all(2500).flatMap((b) => b.locations);
    const inState = (s: string) => locations.filter((l) => l.state === s).length;
    expect(inState("NY")).toBeGreaterThan(inState("WY") * 5);
    expect(locations.every((l) => /^\(\d{3}\) 555-01\d\d$/.test(l.phone))).toBe(true);
  });

  it("places practices only at ordinary ZIPs, with phone area codes of their own state", () => {
    const ordinary = new Set(ordinaryZips().map((z) => z.zip));
    expect(ordinary.has("10001")).toBe(true);
    expect(ordinary.has("10072")).toBe(false); // "Philip Morris, NY": one company's own ZIP
    const batches = all(2500);
    const locations = batches.flatMap((b) => b.locations);
    expect(locations.filter((l) => !ordinary.has(l.zip)).map((l) => `${l.city} ${l.zip}`)).toEqual([]);
    const wrongArea = locations.filter((l) => !AREA_CODES[l.state]?.includes(Number(l.phone.slice(1, 4))));
    expect(wrongArea.map((l) => `${l.state} ${l.phone}`)).toEqual([]);
    for (const l of locations) expect(l.phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
  });
});
