// The guides in both languages come from one catalogue in code: same topics, links and written pages per slug; names
// read correctly mid-sentence ("who offer kyphoplasty", never "who offer tace").
import { describe, expect, it } from "vitest";
import { getGuidePage, getGuideTopic, listGuides, nameMidSentence } from "@/lib/content/guides";
import { CONDITION_TOPICS, PROCEDURE_TOPICS } from "@/lib/content/topics";

describe("guides", () => {
  it("give every catalogue topic in both languages, with the same slugs, codes and links", () => {
    for (const [kind, topics] of [
      ["procedure", PROCEDURE_TOPICS],
      ["condition", CONDITION_TOPICS],
    ] as const) {
      for (const x of topics) {
        const en = getGuideTopic("en", kind, x.slug);
        const es = getGuideTopic("es", kind, x.slug);
        expect(en?.name).toBe(x.name);
        expect(es?.name, x.slug).not.toBe(x.name);
        expect(es?.cptCodes).toEqual(en?.cptCodes);
        expect(es?.related.map((r) => `${r.kind}/${r.slug}`)).toEqual(en?.related.map((r) => `${r.kind}/${r.slug}`));
      }
    }
    expect(getGuideTopic("es", "procedure", "kyphoplasty")?.name).toBe("Cifoplastia (aumento vertebral con balón)");
    expect(getGuideTopic("en", "procedure", "vertebral-compression-fractures")).toBeNull();
    expect(getGuideTopic("es", "condition", "no-such-condition")).toBeNull();
  });

  it("have the written page in each language for the same three slugs", () => {
    for (const locale of ["en", "es"] as const) {
      expect(getGuidePage(locale, "procedure", "kyphoplasty")?.slug).toBe("kyphoplasty");
      expect(getGuidePage(locale, "procedure", "vertebroplasty")?.slug).toBe("vertebroplasty");
      expect(getGuidePage(locale, "condition", "vertebral-compression-fractures")?.slug).toBe("vertebral-compression-fractures");
      expect(getGuidePage(locale, "procedure", "port-placement")).toBeUndefined();
      const index = listGuides(locale);
      expect(index.procedures.filter((g) => g.hasGuide).map((g) => g.slug)).toEqual(["vertebroplasty", "kyphoplasty"]);
      expect(index.conditions.filter((g) => g.hasGuide).map((g) => g.slug)).toEqual(["vertebral-compression-fractures"]);
    }
    expect(getGuidePage("es", "procedure", "kyphoplasty")?.title).toMatch(/^Cifoplastia/);
  });

  it("read names mid-sentence without lower-casing abbreviations", () => {
    expect(nameMidSentence("Kyphoplasty (balloon vertebral augmentation)")).toBe("kyphoplasty (balloon vertebral augmentation)");
    expect(nameMidSentence("Uterine fibroid embolization (UFE)")).toBe("uterine fibroid embolization (UFE)");
    expect(nameMidSentence("TACE (transarterial chemoembolization)")).toBe("TACE (transarterial chemoembolization)");
    expect(nameMidSentence("IVC filter placement and retrieval")).toBe("IVC filter placement and retrieval");
    expect(nameMidSentence("Y-90 radioembolization (SIRT)")).toBe("Y-90 radioembolization (SIRT)");
    expect(nameMidSentence("Quimioembolización (TACE)")).toBe("quimioembolización (TACE)");
  });
});
