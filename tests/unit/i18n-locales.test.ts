// Locale URLs: /es twins, the language switch target (query kept), links from Spanish pages, hreflang alternates.
import { describe, expect, it } from "vitest";
import { hasSpanishTwin, languageAlternates, linkFor, localizedPath, splitLocale, switchTarget } from "@/lib/i18n/locales";

describe("locale paths", () => {
  it("splits /es off a path and puts it back", () => {
    expect(splitLocale("/es/procedures/kyphoplasty")).toEqual({ locale: "es", path: "/procedures/kyphoplasty" });
    expect(splitLocale("/es")).toEqual({ locale: "es", path: "/" });
    expect(splitLocale("/estimates")).toEqual({ locale: "en", path: "/estimates" });
    expect(splitLocale("/procedures")).toEqual({ locale: "en", path: "/procedures" });
    expect(localizedPath("es", "/")).toBe("/es");
    expect(localizedPath("es", "/procedures")).toBe("/es/procedures");
    expect(localizedPath("en", "/procedures")).toBe("/procedures");
  });

  it("knows which pages have a Spanish twin", () => {
    expect(hasSpanishTwin("/procedures")).toBe(true);
    expect(hasSpanishTwin("/procedures/kyphoplasty")).toBe(true);
    expect(hasSpanishTwin("/conditions/vertebral-compression-fractures#symptoms")).toBe(true);
    expect(hasSpanishTwin("/")).toBe(true);
    expect(hasSpanishTwin("/search?near=10001")).toBe(true);
    expect(hasSpanishTwin("/portal")).toBe(false);
    expect(hasSpanishTwin("/developers")).toBe(false);
  });
});

describe("switchTarget", () => {
  it("goes to the same page in the other language, keeping the query string", () => {
    expect(switchTarget("/procedures/kyphoplasty", "")).toEqual({ locale: "es", href: "/es/procedures/kyphoplasty" });
    expect(switchTarget("/es/procedures/kyphoplasty", "a=1&b=2")).toEqual({ locale: "en", href: "/procedures/kyphoplasty?a=1&b=2" });
    expect(switchTarget("/procedures", "?near=10001")).toEqual({ locale: "es", href: "/es/procedures?near=10001" });
    // The search keeps its whole state, in both directions.
    expect(switchTarget("/search", "near=10001&procedure=kyphoplasty")).toEqual({
      locale: "es",
      href: "/es/search?near=10001&procedure=kyphoplasty",
    });
    expect(switchTarget("/es", "")).toEqual({ locale: "en", href: "/" });
  });

  it("offers nothing where the other language has no page", () => {
    expect(switchTarget("/portal/sign-in", "")).toBeNull();
    expect(switchTarget("/developers", "")).toBeNull();
  });
});

describe("linkFor", () => {
  it("keeps Spanish readers in Spanish where a twin exists, else sends them to the English page, flagged", () => {
    expect(linkFor("es", "/procedures/vertebroplasty")).toEqual({ href: "/es/procedures/vertebroplasty", locale: "es" });
    expect(linkFor("es", "/search?procedure=kyphoplasty")).toEqual({ href: "/es/search?procedure=kyphoplasty", locale: "es" });
    expect(linkFor("es", "/developers")).toEqual({ href: "/developers", locale: "en" });
    expect(linkFor("en", "/procedures")).toEqual({ href: "/procedures", locale: "en" });
  });
});

describe("languageAlternates", () => {
  it("names both languages and an English default for twinned pages", () => {
    expect(languageAlternates("es", "/procedures/kyphoplasty")).toEqual({
      canonical: "/es/procedures/kyphoplasty",
      languages: { en: "/procedures/kyphoplasty", es: "/es/procedures/kyphoplasty", "x-default": "/procedures/kyphoplasty" },
    });
    expect(languageAlternates("en", "/procedures").canonical).toBe("/procedures");
    expect(languageAlternates("en", "/developers")).toEqual({ canonical: "/developers" });
  });
});
