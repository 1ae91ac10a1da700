import { describe, it, expect } from "vitest";
import { CONDITIONS, PROCEDURES, type TConditionRef, type TProcedureRef } from "../../prisma/reference/procedures";

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CPT_RE = /^(?:\d{5}|\d{4}[TF])$/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dups.add(v);
    seen.add(v);
  }
  return [...dups];
}

function bySlug<T extends { slug: string }>(items: readonly T[], slug: string): T {
  const found = items.find((i) => i.slug === slug);
  if (!found) throw new Error(`missing slug ${slug}`);
  return found;
}

const entries: readonly (TProcedureRef | TConditionRef)[] = [...PROCEDURES, ...CONDITIONS];

describe("reference data: slugs and ordering", () => {
  it("has procedures and conditions", () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(15);
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(14);
  });

  it("uses well-formed, unique slugs", () => {
    for (const e of entries) expect(e.slug, e.slug).toMatch(SLUG_RE);
    expect(duplicates(PROCEDURES.map((p) => p.slug))).toEqual([]);
    expect(duplicates(CONDITIONS.map((c) => c.slug))).toEqual([]);
  });

  it("uses unique sortOrder values and lists vertebroplasty, kyphoplasty and compression fracture first", () => {
    expect(duplicates(PROCEDURES.map((p) => String(p.sortOrder)))).toEqual([]);
    expect(duplicates(CONDITIONS.map((c) => String(c.sortOrder)))).toEqual([]);
    const procs = [...PROCEDURES].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(procs[0]?.slug).toBe("vertebroplasty");
    expect(procs[0]?.sortOrder).toBe(1);
    expect(procs[1]?.slug).toBe("kyphoplasty");
    expect(procs[1]?.sortOrder).toBe(2);
    expect(bySlug(PROCEDURES, "kyphoplasty").name).toBe("Kyphoplasty (balloon vertebral augmentation)");
    const conds = [...CONDITIONS].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(conds[0]?.slug).toBe("vertebral-compression-fractures");
  });

  it("has a non-empty name and summary for every entry", () => {
    for (const e of entries) {
      expect(e.name.trim().length, e.slug).toBeGreaterThan(0);
      expect(e.summary.trim().length, e.slug).toBeGreaterThan(20);
    }
  });
});

describe("reference data: conditions link to procedures", () => {
  it("every condition's procedureSlugs exist in PROCEDURES and are not repeated", () => {
    const slugs = new Set(PROCEDURES.map((p) => p.slug));
    for (const c of CONDITIONS) {
      expect(c.procedureSlugs.length, c.slug).toBeGreaterThan(0);
      expect(duplicates(c.procedureSlugs), c.slug).toEqual([]);
      for (const s of c.procedureSlugs) expect(slugs.has(s), `${c.slug} -> ${s}`).toBe(true);
    }
  });

  it("compression fractures are treated by vertebroplasty and kyphoplasty", () => {
    const vcf = bySlug(CONDITIONS, "vertebral-compression-fractures");
    expect(vcf.procedureSlugs).toEqual(expect.arrayContaining(["vertebroplasty", "kyphoplasty"]));
    for (const s of [
      "compression fracture",
      "broken vertebra",
      "collapsed vertebra",
      "spinal fracture",
      "spine fracture",
      "osteoporotic fracture",
      "vertebral fracture",
      "back fracture",
    ]) {
      expect(vcf.synonyms).toContain(s);
    }
  });
});

describe("reference data: CPT codes", () => {
  it("are 5 digits, or 4 digits followed by T or F, and unique within a procedure", () => {
    for (const p of PROCEDURES) {
      for (const code of p.cptCodes) expect(code, `${p.slug} ${code}`).toMatch(CPT_RE);
      expect(duplicates(p.cptCodes), p.slug).toEqual([]);
    }
  });

  it("vertebroplasty has 22510–22512 and kyphoplasty 22513–22515", () => {
    expect(bySlug(PROCEDURES, "vertebroplasty").cptCodes).toEqual(expect.arrayContaining(["22510", "22511", "22512"]));
    expect(bySlug(PROCEDURES, "kyphoplasty").cptCodes).toEqual(expect.arrayContaining(["22513", "22514", "22515"]));
  });

  it("vertebroplasty and kyphoplasty codes are not mixed up", () => {
    const vp = bySlug(PROCEDURES, "vertebroplasty").cptCodes;
    const kp = bySlug(PROCEDURES, "kyphoplasty").cptCodes;
    for (const c of ["22513", "22514", "22515"]) expect(vp).not.toContain(c);
    for (const c of ["22510", "22511", "22512"]) expect(kp).not.toContain(c);
  });
});

describe("reference data: synonyms", () => {
  it("are non-empty, trimmed, lower case and unique within each entry", () => {
    for (const e of entries) {
      expect(e.synonyms.length, e.slug).toBeGreaterThan(0);
      for (const s of e.synonyms) {
        expect(s, `${e.slug}: "${s}"`).toBe(s.toLowerCase());
        expect(s, `${e.slug}: "${s}"`).toBe(s.trim());
        expect(s.length, e.slug).toBeGreaterThan(0);
        expect(s, `${e.slug}: "${s}"`).not.toMatch(/\s{2,}/);
      }
      expect(duplicates(e.synonyms), e.slug).toEqual([]);
    }
  });

  it("no synonym is shared by two procedures", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of PROCEDURES) {
      for (const s of new Set(p.synonyms)) {
        const prev = owner.get(s);
        if (prev !== undefined) clashes.push(`"${s}": ${prev} & ${p.slug}`);
        else owner.set(s, p.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("includes the key patient search terms for vertebroplasty and kyphoplasty", () => {
    const vp = bySlug(PROCEDURES, "vertebroplasty").synonyms;
    for (const s of [
      "vertebroplasty",
      "spine cement injection",
      "bone cement injection",
      "percutaneous vertebroplasty",
      "compression fracture treatment",
      "vertebraplasty",
    ]) {
      expect(vp).toContain(s);
    }
    const kp = bySlug(PROCEDURES, "kyphoplasty").synonyms;
    for (const s of ["balloon kyphoplasty", "vertebral augmentation", "kyphoplasty", "balloon vertebroplasty", "kyphoplasy"]) {
      expect(kp).toContain(s);
    }
  });
});
