// The Spanish guides mirror the English ones (same pages, sections, anchors, questions, search) and are in Spanish.
import { describe, expect, it } from "vitest";
import { getEducationPage } from "@/lib/content/education";
import { SPANISH_GUIDES } from "@/lib/content/education-es";
import { englishWordsIn } from "../support/english-words";

const ENGLISH_GUIDES = [
  getEducationPage("condition", "vertebral-compression-fractures"),
  getEducationPage("procedure", "vertebroplasty"),
  getEducationPage("procedure", "kyphoplasty"),
];

function allText(page: (typeof SPANISH_GUIDES)[number]): string[] {
  return [
    page.title,
    page.description,
    page.lead,
    ...page.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.bullets ?? [])]),
    ...page.sources.filter((src) => !src.lang).flatMap((src) => [src.title, src.publisher]),
    ...page.questions,
    page.searchLabel,
    page.reviewedNote,
    ...(page.schema.alternateName ?? []),
  ];
}

describe("Spanish education pages", () => {
  it("exist for every written English page", () => {
    for (const en of ENGLISH_GUIDES) {
      expect(en).toBeDefined();
      expect(
        SPANISH_GUIDES.find((p) => p.kind === en?.kind && p.slug === en?.slug),
        en?.slug,
      ).toBeDefined();
    }
  });

  it.each(SPANISH_GUIDES.map((p) => [p.slug, p] as const))(
    "%s has the English structure, an urgent callout and the questions",
    (slug, es) => {
      const en = ENGLISH_GUIDES.find((p) => p?.slug === slug);
      expect(en).toBeDefined();
      // Same anchors in the same order, so the language switch and shared links land on the same section. (The
      // English procedure pages gain their own urgent section in issue 14; compare the rest.)
      const withoutUrgent = (ids: string[]) => ids.filter((id) => id !== "urgent");
      expect(withoutUrgent(es.sections.map((s) => s.id))).toEqual(withoutUrgent((en?.sections ?? []).map((s) => s.id)));
      // One urgent callout, where the English page has its urgent section, else at the end; it says to call 911.
      const urgent = es.sections.filter((s) => s.urgent);
      expect(urgent.map((s) => s.id)).toEqual(["urgent"]);
      const englishUrgent = (en?.sections ?? []).findIndex((s) => s.id === "urgent");
      const spanishUrgent = es.sections.findIndex((s) => s.urgent);
      expect(spanishUrgent).toBe(englishUrgent >= 0 ? englishUrgent : es.sections.length - 1);
      expect(urgent[0]?.bullets?.length).toBeGreaterThanOrEqual(3);
      expect(urgent[0]?.paragraphs.join(" ")).toMatch(/911/);
      expect(es.sources.length).toBeGreaterThanOrEqual(3);
      for (const src of es.sources) expect(src.url).toMatch(/^https:\/\//);
      expect(es.questions.length).toBe(en?.questions.length);
      expect(es.searchProcedure).toBe(en?.searchProcedure);
      expect(es.schema.procedureType).toBe(en?.schema.procedureType);
    },
  );

  it.each(SPANISH_GUIDES.map((p) => [p.slug, p] as const))("%s is written in Spanish, in short sentences", (_slug, es) => {
    for (const text of allText(es)) {
      expect(englishWordsIn(text), text).toEqual([]);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(45);
      }
    }
    expect(es.lead).toMatch(/[áéíóúñ¿]/);
  });
});

describe("englishWordsIn (used here and by the e2e walk of /es)", () => {
  it("finds English function words and lets Spanish through", () => {
    expect(englishWordsIn("Find a doctor near you")).toEqual(["find", "near", "you"]);
    expect(englishWordsIn("Skip to main content")).toEqual(["skip", "to", "main", "content"]);
    expect(englishWordsIn("Busque ayuda de inmediato: no espere. Llame al 911 si tiene debilidad en las piernas.")).toEqual([]);
    expect(englishWordsIn("¿Lo cubre Medicare o mi seguro médico? Códigos de facturación (CPT)")).toEqual([]);
  });
});
