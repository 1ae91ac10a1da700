// The search page's URL state: read with defaults, written back in the API's parameter names, defaults left out.
import { describe, expect, it } from "vitest";
import {
  ANY_LANGUAGE,
  DEFAULT_STATE,
  languageFilter,
  linkState,
  readSearchState,
  restorableSearchQuery,
  searchHref,
  SPANISH_SEARCH,
} from "@/components/search/search-params";
import { ZSearchQuery } from "@/lib/search/schema";

describe("search URL state", () => {
  it("reads defaults from an empty query and leaves them out of links", () => {
    expect(readSearchState(() => null)).toEqual(DEFAULT_STATE);
    expect(searchHref({})).toBe("/search");
  });

  it("round-trips every parameter, and the API's own schema accepts the result", () => {
    const state = {
      near: "Boston, MA",
      radius: 50,
      procedure: "kyphoplasty",
      boardCertified: true,
      acceptingNewPatients: true,
      telehealth: true,
      medicareAssignment: true,
      language: "es",
      gender: "female" as const,
      sort: "name" as const,
      page: 3,
    };
    const href = searchHref(state);
    expect(href).toBe(
      "/search?near=Boston%2C+MA&radius=50&procedure=kyphoplasty&boardCertified=true&acceptingNewPatients=true&telehealth=true&medicareAssignment=true&language=es&gender=female&sort=name&page=3",
    );
    const params = new URL(href, "http://x").searchParams;
    expect(readSearchState((k) => params.get(k))).toEqual(state);
    const api = ZSearchQuery.parse(Object.fromEntries(params));
    expect(api).toMatchObject({
      near: "Boston, MA",
      radius: 50,
      boardCertified: true,
      medicareAssignment: true,
      gender: "FEMALE",
      sort: "name",
      page: 3,
    });
  });

  it("accepts the API's other spellings and ignores junk", () => {
    const s = linkState({ near: " 10001 ", radius: "abc", boardCertified: "1", telehealth: "no", gender: "F", sort: "price", page: "-2" });
    expect(s).toMatchObject({
      near: "10001",
      radius: 25,
      boardCertified: true,
      telehealth: false,
      gender: "female",
      sort: "distance",
      page: 1,
    });
  });

  it("on the Spanish search, suggests Spanish speakers by default and keeps turning it off in the URL", () => {
    // No language in the URL: Spanish speakers only, and links leave the default out.
    const fresh = readSearchState((k) => (k === "near" ? "10001" : null), SPANISH_SEARCH);
    expect(fresh.language).toBe("es");
    expect(languageFilter(fresh.language)).toBe("es");
    expect(searchHref(fresh, SPANISH_SEARCH)).toBe("/es/search?near=10001");
    // Turned off: "any" stays in the URL, and the search runs without a language filter.
    const off = searchHref({ ...fresh, language: ANY_LANGUAGE }, SPANISH_SEARCH);
    expect(off).toBe("/es/search?near=10001&language=any");
    const back = readSearchState((k) => new URL(off, "http://x").searchParams.get(k), SPANISH_SEARCH);
    expect(back.language).toBe(ANY_LANGUAGE);
    expect(languageFilter(back.language)).toBeUndefined();
    // Another language chosen on purpose is kept as is.
    expect(searchHref({ ...fresh, language: "vi" }, SPANISH_SEARCH)).toBe("/es/search?near=10001&language=vi");
    // The English search has no default language.
    expect(readSearchState(() => null).language).toBe("");
  });
});

describe("the last search, as links back to search restore it", () => {
  it("keeps a search that ran, in canonical form, from the English or the Spanish search page", () => {
    expect(restorableSearchQuery("/search?near=10001&procedure=kyphoplasty&acceptingNewPatients=true")).toBe(
      "near=10001&procedure=kyphoplasty&acceptingNewPatients=true",
    );
    expect(restorableSearchQuery("/es/search?procedure=kyphoplasty&near=Boston%2C%20MA&page=2")).toBe(
      "near=Boston%2C+MA&procedure=kyphoplasty&page=2",
    );
    expect(restorableSearchQuery("/search?near=42.3601,-71.0589")).toBe("near=42.3601%2C-71.0589");
  });

  it("drops everything that is not a search parameter, and anything that is not a search", () => {
    expect(restorableSearchQuery("/search?near=10001&utm_source=x&email=a%40b.c&radius=25")).toBe("near=10001");
    expect(restorableSearchQuery("/search?procedure=kyphoplasty")).toBeNull();
    expect(restorableSearchQuery("/physicians/someone?near=10001")).toBeNull();
    expect(restorableSearchQuery("//evil.example/search?near=10001")).toBeNull();
    expect(restorableSearchQuery("https://evil.example/search?near=10001")).toBeNull();
    expect(restorableSearchQuery("")).toBeNull();
    expect(restorableSearchQuery(null)).toBeNull();
  });
});
