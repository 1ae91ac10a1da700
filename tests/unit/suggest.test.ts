// Procedure/condition suggestions: names, synonyms, and the procedures that treat a matching condition.
import { describe, expect, it } from "vitest";
import { suggest, toSuggestEntries } from "@/components/search/suggest";
import { CONDITIONS, PROCEDURES } from "@/prisma/reference/procedures";

const entries = toSuggestEntries({
  procedures: PROCEDURES.map((p) => ({ slug: p.slug, name: p.name, synonyms: p.synonyms })),
  conditions: CONDITIONS.map((c) => ({
    slug: c.slug,
    name: c.name,
    synonyms: c.synonyms,
    procedures: c.procedureSlugs.map((slug) => ({ slug })),
  })),
});

describe("suggest", () => {
  it('offers the fracture, vertebroplasty and kyphoplasty for "compression"', () => {
    const slugs = suggest(entries, "compression").map((s) => s.slug);
    expect(slugs.slice(0, 3).sort()).toEqual(["kyphoplasty", "vertebral-compression-fractures", "vertebroplasty"]);
    expect(slugs[0]).toBe("vertebral-compression-fractures");
  });

  it("puts name prefix matches first and explains synonym matches", () => {
    const s = suggest(entries, "kypho");
    expect(s[0]).toMatchObject({ slug: "kyphoplasty", hint: null });
    const ufe = suggest(entries, "embolisation").find((x) => x.slug === "uterine-fibroid-embolization");
    expect(ufe?.hint).toContain("embolisation");
  });

  it("ignores case, accents and punctuation, and needs two characters", () => {
    expect(suggest(entries, "K")).toEqual([]);
    expect(suggest(entries, "  VERTÉBROPLASTY ").map((s) => s.slug)).toContain("vertebroplasty");
    expect(suggest(entries, "zzzz")).toEqual([]);
  });

  it("matches whole words: cement suggests the spine procedures, never port or IVC filter placement", () => {
    const slugs = suggest(entries, "cement").map((s) => s.slug);
    expect(slugs).toContain("vertebroplasty");
    expect(slugs).not.toContain("port-placement");
    expect(slugs).not.toContain("ivc-filter");
  });
});
