// How public responses list a record's procedures: in the catalogue's order, as slug and name.

type TProcedureRow = { slug: string; name: string; sortOrder: number };

/** The procedures linked to a role or condition (join rows carrying `procedure`), in catalogue order. */
export function procedureRefs(links: Array<{ procedure: TProcedureRow }>): Array<{ slug: string; name: string }> {
  return links
    .map((l) => l.procedure)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((p) => ({ slug: p.slug, name: p.name }));
}

type TCatalogProcedure = { id: number; slug: string; name: string };

// Each catalogue's procedures by id, with their place in the catalogue's order (built once per catalogue object).
const positions = new WeakMap<readonly TCatalogProcedure[], Map<number, number>>();

function positionsOf(catalog: readonly TCatalogProcedure[]): Map<number, number> {
  let m = positions.get(catalog);
  if (!m) {
    m = new Map(catalog.map((p, i) => [p.id, i]));
    positions.set(catalog, m);
  }
  return m;
}

/** Whether every id is a procedure of `catalog`. */
export function catalogHasAll(catalog: readonly TCatalogProcedure[], ids: Iterable<number>): boolean {
  const m = positionsOf(catalog);
  for (const id of ids) if (!m.has(id)) return false;
  return true;
}

/** The procedures with these ids in the catalogue's order (`catalog` is in it: sort order, then name). */
export function procedureRefsByIds(catalog: readonly TCatalogProcedure[], ids: readonly number[]): Array<{ slug: string; name: string }> {
  const m = positionsOf(catalog);
  return ids
    .map((id) => m.get(id))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b)
    .map((i) => {
      const p = catalog[i] as TCatalogProcedure;
      return { slug: p.slug, name: p.name };
    });
}
