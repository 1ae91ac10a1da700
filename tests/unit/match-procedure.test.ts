import { describe, expect, it } from "vitest";
import { matchProcedure, type TProcedureMatch } from "@/lib/procedures/match-procedure";
import type { TCatalog } from "@/lib/procedures/catalog";
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
const VCF = "vertebral-compression-fractures";

describe("matchProcedure", () => {
  it("takes a procedure slug", () => {
    expect(matchProcedure(catalog, "kyphoplasty")).toMatchObject({
      kind: "procedure",
      slug: "kyphoplasty",
      procedureIds: [idOf("kyphoplasty")],
      explanation: null,
    });
  });

  it("expands a condition to the procedures that treat it", () => {
    const m = matchProcedure(catalog, VCF);
    expect(m.kind).toBe("condition");
    expect(m.procedureIds.sort()).toEqual([idOf("vertebroplasty"), idOf("kyphoplasty")].sort());
  });

  it("says so when nothing matches", () => {
    expect(() => matchProcedure(catalog, "brain transplant")).toThrow(/don't know/);
    expect(() => matchProcedure(catalog, "k")).toThrow(/two letters/);
  });

  // What patients and relatives actually type, and where each should land (a procedure or condition slug).
  const ROUTES: Array<[string, string]> = [
    ["kyphoplasty", "kyphoplasty"],
    ["Kyphoplasty", "kyphoplasty"],
    ["KYPHOPLASTY", "kyphoplasty"],
    ["kyfo", "kyphoplasty"],
    ["kyfoplasty", "kyphoplasty"],
    ["kypho", "kyphoplasty"],
    ["kyphoplasy", "kyphoplasty"],
    ["kyphoplastey", "kyphoplasty"],
    ["kiphoplasty", "kyphoplasty"],
    ["khyphoplasty", "kyphoplasty"],
    ["balloon kyphoplasty", "kyphoplasty"],
    ["Balloon Kyphoplasty", "kyphoplasty"],
    ["vertebral augmentation", "kyphoplasty"],
    ["vertebroplasty", "vertebroplasty"],
    ["vertebraplasty", "vertebroplasty"],
    ["vertebroplasti", "vertebroplasty"],
    ["verteboplasty", "vertebroplasty"],
    ["vertabroplasty", "vertebroplasty"],
    ["percutaneous vertebroplasty", "vertebroplasty"],
    ["back pain after a fall", VCF],
    ["back pain", VCF],
    ["Back pain after fall", VCF],
    ["sudden back pain", VCF],
    ["lower back pain", VCF],
    ["broken back", VCF],
    ["spine fracture", VCF],
    ["spinal fracture", VCF],
    ["fractured vertebra", VCF],
    ["broken vertebra", VCF],
    ["collapsed vertebra", VCF],
    ["compression fracture", VCF],
    ["compresion fracture", VCF],
    ["compression fractures", VCF],
    ["vertebral compression fracture", VCF],
    ["osteoporosis", VCF],
    ["osteoporotic fracture", VCF],
    ["cement in the spine", VCF],
    ["cement in spine", "vertebroplasty"],
    ["cement", VCF],
    ["bone cement", VCF],
    ["spine", VCF],
    ["hunched back", VCF],
    ["sacroplasty", "sacroplasty"],
    ["broken sacrum", "sacral-insufficiency-fractures"],
    ["tailbone pain", "sacral-insufficiency-fractures"],
    ["spinal mets", "spinal-metastases"],
    ["cancer in the spine", "spinal-metastases"],
    ["fibroids", "uterine-fibroids"],
    ["fibriods", "uterine-fibroids"],
    ["ufe", "uterine-fibroid-embolization"],
    ["fibroid embolization", "uterine-fibroid-embolization"],
    ["enlarged prostate", "enlarged-prostate"],
    ["prostrate embolization", "prostate-artery-embolization"],
    ["knee pain", "knee-osteoarthritis-pain"],
    ["knee arthritis", "knee-osteoarthritis-pain"],
    ["varicose veins", "varicose-veins"],
    ["vericose veins", "varicose-veins"],
    ["liver cancer", "liver-cancer"],
    ["y90", "y90-radioembolization"],
    ["tace", "transarterial-chemoembolization"],
    ["chemoembolization", "transarterial-chemoembolization"],
    ["dialysis fistula", "dialysis-access"],
    ["ivc filter", "ivc-filter"],
    ["blood clot in leg", "dvt-pulmonary-embolism-risk"],
    ["angioplasty", "peripheral-angioplasty-stenting"],
    ["leg pain when walking", "peripheral-artery-disease"],
    ["biopsy", "image-guided-biopsy"],
    ["lung biopsy", "image-guided-biopsy"],
    ["port", "port-placement"],
    ["chemo port", "port-placement"],
    ["mediport", "port-placement"],
  ];

  it.each(ROUTES)("routes %j to %s", (input, slug) => {
    const m: TProcedureMatch = matchProcedure(catalog, input);
    expect(m.slug).toBe(slug);
  });

  it("holds at least 60 real phrasings", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(60);
  });

  it("matches whole words: cement is not port placement", () => {
    const m = matchProcedure(catalog, "cement");
    expect(m.procedureIds).not.toContain(idOf("port-placement"));
    expect(m.procedureIds).not.toContain(idOf("ivc-filter"));
    expect(matchProcedure(catalog, "placement").procedureIds).not.toContain(idOf("vertebroplasty"));
  });

  it("explains a route that is not what was typed", () => {
    expect(matchProcedure(catalog, "back pain after a fall").explanation).toMatch(/compression fracture/);
    expect(matchProcedure(catalog, "kyfo").explanation).toMatch(/Kyphoplasty .*you typed “kyfo”/);
    expect(matchProcedure(catalog, "broken back").explanation).toBeNull();
  });

  it("searches several close matches together, and says which", () => {
    const balloon = matchProcedure(catalog, "balloon");
    expect(balloon.procedureIds).toEqual(expect.arrayContaining([idOf("kyphoplasty"), idOf("peripheral-angioplasty-stenting")]));
    const m = matchProcedure(catalog, "embolization");
    expect(m.kind).toBe("text");
    expect(m.procedureIds).toEqual(expect.arrayContaining([idOf("uterine-fibroid-embolization"), idOf("prostate-artery-embolization")]));
    expect(m.explanation).toMatch(/matches/);
  });

  it("keeps each catalogue's answers: the same text gets the same answer, a renamed procedure in a new catalogue is seen", () => {
    const first = matchProcedure(catalog, "compression fracture");
    expect(matchProcedure(catalog, "compression fracture")).toBe(first);
    const renamed: TCatalog = {
      ...catalog,
      procedures: catalog.procedures.map((p) => (p.slug === "kyphoplasty" ? { ...p, name: "Balloon kyphoplasty (renamed)" } : p)),
    };
    expect(matchProcedure(renamed, "kyphoplasty").label).toBe("Balloon kyphoplasty (renamed)");
    expect(matchProcedure(catalog, "kyphoplasty").label).not.toBe("Balloon kyphoplasty (renamed)");
  });
});
