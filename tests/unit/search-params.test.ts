// The search page's URL state: read with defaults, written back in the API's parameter names, defaults left out.
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, linkState, readSearchState, searchHref } from "@/components/search/search-params";
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
      language: "es",
      gender: "female" as const,
      sort: "name" as const,
      page: 3,
    };
    const href = searchHref(state);
    expect(href).toBe(
      "/search?near=Boston%2C+MA&radius=50&procedure=kyphoplasty&boardCertified=true&acceptingNewPatients=true&telehealth=true&language=es&gender=female&sort=name&page=3",
    );
    const params = new URL(href, "http://x").searchParams;
    expect(readSearchState((k) => params.get(k))).toEqual(state);
    const api = ZSearchQuery.parse(Object.fromEntries(params));
    expect(api).toMatchObject({ near: "Boston, MA", radius: 50, boardCertified: true, gender: "FEMALE", sort: "name", page: 3 });
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
});
