// Spanish names and synonyms of the catalogue: complete, unambiguous, and matched by the same search as English.
import { describe, expect, it } from "vitest";
import { matchProcedure, type TCatalog } from "@/lib/procedures/catalog";
import { localizedEntry, localizedName } from "@/lib/procedures/localize";
import { normalizeTerm as foldForMatching } from "@/lib/procedures/match-procedure";
import { englishWordsIn } from "../support/english-words";
import { CONDITIONS, PROCEDURES } from "../../prisma/reference/procedures";
import { CONDITIONS_ES, PROCEDURES_ES, SPANISH_PATIENT_PHRASES } from "../../prisma/reference/procedures-es";

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
const idOf = (slug: string) => catalog.procedures.find((p) => p.slug === slug)?.id ?? -1;
const treating = (condition: string) =>
  (CONDITIONS.find((c) => c.slug === condition)?.procedureSlugs ?? []).map(idOf).sort((a, b) => a - b);

describe("Spanish reference data", () => {
  it("covers every procedure and condition, and nothing else", () => {
    expect(Object.keys(PROCEDURES_ES).sort()).toEqual(PROCEDURES.map((p) => p.slug).sort());
    expect(Object.keys(CONDITIONS_ES).sort()).toEqual(CONDITIONS.map((c) => c.slug).sort());
  });

  it("has a name, a plain summary and synonyms for each, different from the English text", () => {
    for (const [slug, l] of [...Object.entries(PROCEDURES_ES), ...Object.entries(CONDITIONS_ES)]) {
      const english = [...PROCEDURES, ...CONDITIONS].find((x) => x.slug === slug);
      expect(l.name.trim(), slug).not.toBe("");
      expect(l.summary, slug).not.toBe(english?.summary);
      expect(l.synonyms.length, slug).toBeGreaterThan(2);
      // Plain language: no sentence longer than 40 words.
      for (const sentence of l.summary.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(40);
    }
  });

  it("never gives two entries the same Spanish word, nor one that is another entry's English word", () => {
    const owner = new Map<string, string>();
    for (const [kind, table] of [
      ["procedure", PROCEDURES_ES],
      ["condition", CONDITIONS_ES],
    ] as const) {
      for (const [slug, l] of Object.entries(table)) {
        for (const term of new Set([l.name, ...l.synonyms].map(foldForMatching))) {
          const key = `${kind}:${slug}`;
          expect(owner.get(term) ?? key, `"${term}" is used by ${owner.get(term)} and ${key}`).toBe(key);
          owner.set(term, key);
        }
      }
    }
    for (const ph of SPANISH_PATIENT_PHRASES) {
      const key = `${ph.target.kind}:${ph.target.slug}`;
      expect(
        [...PROCEDURES, ...CONDITIONS].some((x) => x.slug === ph.target.slug),
        key,
      ).toBe(true);
      expect(englishWordsIn(ph.explanation), ph.explanation).toEqual([]);
      for (const term of ph.phrases.map(foldForMatching)) {
        expect(owner.get(term) ?? key, `"${term}" is used by ${owner.get(term)} and ${key}`).toBe(key);
        owner.set(term, key);
      }
    }
    for (const x of [...PROCEDURES.map((p) => ({ ...p, kind: "procedure" })), ...CONDITIONS.map((c) => ({ ...c, kind: "condition" }))]) {
      for (const term of [x.name, ...x.synonyms].map(foldForMatching)) {
        const o = owner.get(term);
        if (o) expect(o, `"${term}"`).toBe(`${x.kind}:${x.slug}`);
      }
    }
  });
});

describe("Spanish search terms find the same doctors", () => {
  const cases: Array<[string, "procedure" | "condition", string]> = [
    ["cifoplastia", "procedure", "kyphoplasty"],
    ["Cifoplastía", "procedure", "kyphoplasty"],
    ["xifoplastia", "procedure", "kyphoplasty"],
    ["vertebroplastia", "procedure", "vertebroplasty"],
    ["VERTEBROPLASTÍA", "procedure", "vertebroplasty"],
    ["fractura de columna", "condition", "vertebral-compression-fractures"],
    ["dolor de espalda por osteoporosis", "condition", "vertebral-compression-fractures"],
    ["fractura por compresión vertebral", "condition", "vertebral-compression-fractures"],
    ["Fractura por compresión", "condition", "vertebral-compression-fractures"],
    ["embolización de miomas", "procedure", "uterine-fibroid-embolization"],
    ["várices", "condition", "varicose-veins"],
    ["biopsia", "procedure", "image-guided-biopsy"],
    ["filtro de vena cava", "procedure", "ivc-filter"],
  ];
  it.each(cases)("%s -> %s %s", (input, kind, slug) => {
    const m = matchProcedure(catalog, input);
    expect(m.kind).toBe(kind);
    expect(m.slug).toBe(slug);
    expect(m.procedureIds).toEqual(kind === "procedure" ? [idOf(slug)] : treating(slug));
  });

  it("gives a Spanish condition the same procedures as its English name", () => {
    expect(matchProcedure(catalog, "fractura de columna").procedureIds).toEqual(
      matchProcedure(catalog, "compression fracture").procedureIds,
    );
    expect(matchProcedure(catalog, "cifoplastia").procedureIds).toEqual(matchProcedure(catalog, "kyphoplasty").procedureIds);
  });

  it("routes everyday phrases to the condition they usually mean", () => {
    expect(matchProcedure(catalog, "dolor de espalda")).toMatchObject({ kind: "condition", slug: "vertebral-compression-fractures" });
    expect(matchProcedure(catalog, "Cemento en la columna")).toMatchObject({ kind: "condition", slug: "vertebral-compression-fractures" });
    expect(matchProcedure(catalog, "fractura")).toMatchObject({ kind: "condition", slug: "vertebral-compression-fractures" });
    expect(matchProcedure(catalog, "reglas abundantes")).toMatchObject({ kind: "condition", slug: "uterine-fibroids" });
  });

  it("takes a piece of one Spanish term, and a piece shared by several as free text over all of them", () => {
    expect(matchProcedure(catalog, "cifopl")).toMatchObject({ kind: "procedure", slug: "kyphoplasty" });
    const embol = matchProcedure(catalog, "embolizacion de");
    expect(embol.kind).toBe("text");
    expect(embol.label).toBe("embolizacion de");
    expect(embol.procedureIds).toEqual(
      expect.arrayContaining([
        idOf("uterine-fibroid-embolization"),
        idOf("prostate-artery-embolization"),
        idOf("genicular-artery-embolization"),
      ]),
    );
  });

  it("leaves English matching as it was", () => {
    expect(matchProcedure(catalog, "pe")).toMatchObject({ kind: "condition", slug: "dvt-pulmonary-embolism-risk" });
    expect(matchProcedure(catalog, "stent")).toMatchObject({ kind: "procedure", slug: "peripheral-angioplasty-stenting" });
    expect(() => matchProcedure(catalog, "zzzz")).toThrow(/We don't know/);
  });
});

describe("localized labels", () => {
  it("names procedures and conditions in Spanish, and leaves English as stored", () => {
    expect(localizedName("procedure", "kyphoplasty", "Kyphoplasty (balloon vertebral augmentation)", "es")).toBe(
      "Cifoplastia (aumento vertebral con balón)",
    );
    expect(localizedName("condition", "vertebral-compression-fractures", "x", "es")).toBe("Fractura por compresión vertebral");
    expect(localizedName("procedure", "kyphoplasty", "Kyphoplasty", "en")).toBe("Kyphoplasty");
    expect(localizedName("procedure", "not-in-the-data", "Something new", "es")).toBe("Something new");
    const entry = localizedEntry("procedure", catalog.procedures[0]!, "es");
    expect(entry).toMatchObject({ slug: "vertebroplasty", name: "Vertebroplastia", cptCodes: ["22510", "22511", "22512"] });
  });
});
