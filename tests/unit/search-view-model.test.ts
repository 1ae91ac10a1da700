// The search page's derivation: procedure field text, which results show, numbering, highlights, header summary.
import { describe, expect, it } from "vitest";
import { searchView } from "@/components/search/search-view-model";
import type { TCatalog } from "@/lib/procedures/catalog";
import type { TSearchResponse, TSearchResult } from "@/lib/search/schema";

const catalog = {
  procedures: [{ slug: "kyphoplasty", name: "Kyphoplasty" }],
  conditions: [
    {
      slug: "vertebral-compression-fracture",
      name: "Vertebral compression fracture",
      procedures: [{ slug: "kyphoplasty" }, { slug: "vertebroplasty" }],
    },
  ],
} as unknown as TCatalog;

function result(id: number, source = "DEMO"): TSearchResult {
  return {
    physician: {
      id,
      slug: `doc-${id}`,
      npi: "9000000000",
      name: `Doc ${id}`,
      credentials: id % 2 ? "MD" : null,
      gender: null,
      languages: [],
      certifications: [],
    },
    location: {
      id,
      slug: `loc-${id}`,
      name: `Clinic ${id}`,
      address: "1 Main St",
      city: "Wichita",
      state: "KS",
      zip: "67202",
      lat: 37.7,
      lng: -97.3,
    },
    distanceMiles: id + 0.5,
    source,
  } as unknown as TSearchResult;
}

function response(over: Partial<TSearchResponse>, query: Partial<TSearchResponse["query"]> = {}): TSearchResponse {
  return {
    query: {
      near: "67202",
      label: "Wichita, KS",
      nearestTown: null,
      point: { lat: 37.7, lng: -97.3 },
      radius: 25,
      procedure: null,
      filters: {},
      sort: "distance",
      ...query,
    },
    total: 0,
    totalIsLowerBound: false,
    page: 1,
    pageSize: 20,
    results: [],
    nearest: [],
    ...over,
  } as TSearchResponse;
}

describe("searchView", () => {
  it("before any search: the procedure field shows the catalogue name of the slug in the URL, nothing else", () => {
    const v = searchView({ procedure: "kyphoplasty" }, catalog, null);
    expect(v).toMatchObject({ procedureLabel: "Kyphoplasty", procedureSlug: null, shown: [], points: [], summary: null, isDemo: false });
    expect(searchView({ procedure: "back pain" }, catalog, null).procedureLabel).toBe("back pain");
  });

  it("numbers results across pages and highlights every procedure treating a searched condition", () => {
    const data = response(
      { total: 45, page: 3, results: [result(41), result(42)] },
      {
        procedure: {
          input: "vcf",
          label: "Vertebral compression fracture",
          slug: "vertebral-compression-fracture",
          kind: "condition",
          explanation: null,
        },
      },
    );
    const v = searchView({}, catalog, data);
    expect(v.firstIndex).toBe(41);
    expect(v.points.map((p) => [p.index, p.name])).toEqual([
      [41, "Doc 41, MD"],
      [42, "Doc 42"],
    ]);
    expect([...v.highlight].sort()).toEqual(["kyphoplasty", "vertebral-compression-fracture", "vertebroplasty"]);
    expect(v.heading).toBe("Vertebral compression fracture");
    expect(v.summary).toBe("45 doctors within 25 miles, nearest first");
    expect(v.isDemo).toBe(true);
  });

  it("shows the nearest matches from 1 when nothing is in the radius, and says the count is a lower bound", () => {
    const empty = searchView({}, catalog, response({ page: 2, nearest: [result(7, "NPPES")] }));
    expect(empty).toMatchObject({ firstIndex: 1, isDemo: false, summary: "No doctors within 25 miles match this search" });
    expect(empty.points[0]?.index).toBe(1);
    const capped = searchView({}, catalog, response({ total: 200, totalIsLowerBound: true, results: [result(1)] }, { sort: "name" }));
    expect(capped.summary).toBe("More than 200 doctors within 25 miles, sorted by last name");
  });

  it("says the same in Spanish, with ICU plurals and Spanish distances", () => {
    const one = searchView({}, catalog, response({ results: [result(1)], total: 1 }), "es");
    expect(one.summary).toBe("1 médico a 25 millas o menos, los más cercanos primero");
    expect(one.heading).toBe("Radiólogos intervencionistas");
    const many = searchView({}, catalog, response({ results: [result(1)], total: 58 }), "es");
    expect(many.summary).toBe("58 médicos a 25 millas o menos, los más cercanos primero");
    expect(many.points[0]?.distance).toMatch(/^a \d+(,\d)? millas?$/);
    const none = searchView({}, catalog, response({ results: [], total: 0 }, { radius: 1 }), "es");
    expect(none.summary).toBe("Ningún médico a 1 milla o menos coincide con esta búsqueda");
  });
});
