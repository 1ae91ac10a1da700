// Naming a search result's procedures from their ids: the catalogue's order, unknown ids noticed.
import { describe, expect, it } from "vitest";
import { catalogHasAll, procedureRefsByIds } from "@/lib/procedures/refs";

// In catalogue order (sort order, then name), as getCatalog() returns it; ids deliberately not in that order.
const CATALOG = [
  { id: 7, slug: "vertebroplasty", name: "Vertebroplasty" },
  { id: 3, slug: "kyphoplasty", name: "Kyphoplasty" },
  { id: 12, slug: "image-guided-biopsy", name: "Image-guided biopsy" },
];

describe("procedureRefsByIds", () => {
  it("lists the procedures in the catalogue's order, whatever order the ids come in", () => {
    expect(procedureRefsByIds(CATALOG, [12, 3, 7]).map((p) => p.slug)).toEqual(["vertebroplasty", "kyphoplasty", "image-guided-biopsy"]);
    expect(procedureRefsByIds(CATALOG, [3])).toEqual([{ slug: "kyphoplasty", name: "Kyphoplasty" }]);
    expect(procedureRefsByIds(CATALOG, [])).toEqual([]);
  });

  it("leaves out an id the catalogue does not know, and catalogHasAll tells the caller to read it again", () => {
    expect(procedureRefsByIds(CATALOG, [3, 99]).map((p) => p.slug)).toEqual(["kyphoplasty"]);
    expect(catalogHasAll(CATALOG, [3, 7])).toBe(true);
    expect(catalogHasAll(CATALOG, [3, 99])).toBe(false);
    expect(catalogHasAll(CATALOG, [])).toBe(true);
  });
});
