// How public responses list a record's procedures: in the catalogue's order, as slug and name.

type TProcedureRow = { slug: string; name: string; sortOrder: number };

/** The procedures linked to a role or condition (join rows carrying `procedure`), in catalogue order. */
export function procedureRefs(links: Array<{ procedure: TProcedureRow }>): Array<{ slug: string; name: string }> {
  return links
    .map((l) => l.procedure)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((p) => ({ slug: p.slug, name: p.name }));
}
