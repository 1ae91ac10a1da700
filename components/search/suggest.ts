// Suggestions for the procedure/condition field: matches names and plain-language synonyms, and offers the
// procedures that treat a matching condition ("compression" -> the fracture, vertebroplasty, kyphoplasty).

export type TSuggestEntry = {
  slug: string;
  name: string;
  kind: "procedure" | "condition";
  synonyms: string[];
  /** For conditions: slugs of the procedures that treat it. */
  treatedBy?: string[];
};

export type TSuggestion = { slug: string; name: string; kind: "procedure" | "condition"; hint: string | null };

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** `treats`: the hint of a procedure found through a condition, "treats {name}" in the page's language. */
export function suggest(entries: readonly TSuggestEntry[], input: string, max = 8, treats = "treats {name}"): TSuggestion[] {
  const q = norm(input);
  if (q.length < 2) return [];
  type TScored = TSuggestion & { score: number; order: number };
  const out = new Map<string, TScored>();
  const add = (e: TSuggestEntry, score: number, hint: string | null, order: number) => {
    const prev = out.get(e.slug);
    if (!prev || prev.score > score) out.set(e.slug, { slug: e.slug, name: e.name, kind: e.kind, hint, score, order });
  };
  entries.forEach((e, order) => {
    const name = norm(e.name);
    if (name.startsWith(q) || norm(e.slug).startsWith(q)) return add(e, 0, null, order);
    // Whole words only: "cement" must not suggest port "placement".
    if (` ${name}`.includes(` ${q}`)) return add(e, 1, null, order);
    const syn = e.synonyms.find((s) => ` ${norm(s)}`.includes(` ${q}`));
    if (syn) add(e, 2, `also called “${syn}”`, order);
  });
  for (const e of entries) {
    const hit = out.get(e.slug);
    if (e.kind !== "condition" || !hit || !e.treatedBy) continue;
    for (const p of e.treatedBy) {
      const pe = entries.find((x) => x.slug === p && x.kind === "procedure");
      if (pe) add(pe, 3, treats.replace("{name}", e.name.toLowerCase()), entries.indexOf(pe));
    }
  }
  return [...out.values()]
    .sort((a, b) => a.score - b.score || (a.kind === b.kind ? a.order - b.order : a.kind === "condition" ? -1 : 1))
    .slice(0, max)
    .map(({ slug, name, kind, hint }) => ({ slug, name, kind, hint }));
}

/** The compact list the browser needs, from the server's catalogue (names, synonyms, which procedures treat what). */
export function toSuggestEntries(catalog: {
  procedures: ReadonlyArray<{ slug: string; name: string; synonyms: string[] }>;
  conditions: ReadonlyArray<{ slug: string; name: string; synonyms: string[]; procedures: Array<{ slug: string }> }>;
}): TSuggestEntry[] {
  return [
    ...catalog.conditions.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: "condition" as const,
      synonyms: c.synonyms,
      treatedBy: c.procedures.map((p) => p.slug),
    })),
    ...catalog.procedures.map((p) => ({ slug: p.slug, name: p.name, kind: "procedure" as const, synonyms: p.synonyms })),
  ];
}
