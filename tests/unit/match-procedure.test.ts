import { describe, expect, it } from "vitest";
import { matchProcedure, type TCatalog } from "@/lib/procedures/catalog";
import { CONDITIONS, PROCEDURES } from "../../prisma/reference/procedures";

const catalog: TCatalog = {
  procedures: PROCEDURES.map((p, i) => ({
    id: i + 1,
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    cptCodes: p.cptCodes,
    synonyms: p.synonyms,
  })),
  conditions: CONDITIONS.map((c, i) => ({
    id: i + 1,
    slug: c.slug,
    name: c.name,
    summary: c.summary,
    synonyms: c.synonyms,
    procedures: c.procedureSlugs.map((s) => ({ slug: s, name: s })),
  })),
};
const idOf = (slug: string) => catalog.procedures.find((p) => p.slug === slug)?.id;

describe("matchProcedure", () => {
  it("takes a procedure slug", () => {
    expect(matchProcedure(catalog, "kyphoplasty")).toMatchObject({
      kind: "procedure",
      slug: "kyphoplasty",
      procedureIds: [idOf("kyphoplasty")],
    });
  });

  it("expands a condition to the procedures that treat it", () => {
    const m = matchProcedure(catalog, "vertebral-compression-fractures");
    expect(m.kind).toBe("condition");
    expect(m.procedureIds.sort()).toEqual([idOf("vertebroplasty"), idOf("kyphoplasty")].sort());
  });

  it("matches what patients type, exactly or in part, ignoring case and punctuation", () => {
    expect(matchProcedure(catalog, "Balloon Kyphoplasty").slug).toBe("kyphoplasty");
    expect(matchProcedure(catalog, "broken vertebra").slug).toBe("vertebral-compression-fractures");
    const partial = matchProcedure(catalog, "compression");
    expect(partial.kind).toBe("text");
    expect(partial.procedureIds).toEqual(expect.arrayContaining([idOf("vertebroplasty"), idOf("kyphoplasty")]));
  });

  it("says so when nothing matches", () => {
    expect(() => matchProcedure(catalog, "brain transplant")).toThrow(/don't know/);
    expect(() => matchProcedure(catalog, "k")).toThrow(/two letters/);
  });
});
