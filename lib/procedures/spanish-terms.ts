// Spanish names and search words of the catalogue (prisma/reference/procedures-es.ts), and matching them to slugs.
import { CONDITIONS_ES, PROCEDURES_ES, type TSpanishLabel } from "@/prisma/reference/procedures-es";
import { foldForMatching } from "@/lib/text/fold";
import type { TCatalog, TProcedureMatch } from "@/lib/procedures/catalog";

type TKind = "procedure" | "condition";

/** The Spanish name, summary and synonyms of a procedure or condition slug. */
export function spanishLabel(kind: TKind, slug: string): TSpanishLabel | undefined {
  const table = kind === "procedure" ? PROCEDURES_ES : CONDITIONS_ES;
  return Object.hasOwn(table, slug) ? table[slug] : undefined;
}

/** Folded Spanish term -> the entry it names; built once. */
let index: Array<{ term: string; kind: TKind; slug: string }> | undefined;
function terms() {
  index ??= [
    ...Object.entries(PROCEDURES_ES).flatMap(([slug, l]) =>
      [l.name, ...l.synonyms].map((t) => ({ term: foldForMatching(t), kind: "procedure" as const, slug })),
    ),
    ...Object.entries(CONDITIONS_ES).flatMap(([slug, l]) =>
      [l.name, ...l.synonyms].map((t) => ({ term: foldForMatching(t), kind: "condition" as const, slug })),
    ),
  ];
  return index;
}

function toMatch(catalog: TCatalog, kind: TKind, slug: string): TProcedureMatch | null {
  if (kind === "procedure") {
    const p = catalog.procedures.find((x) => x.slug === slug);
    return p ? { label: p.name, slug: p.slug, kind: "procedure", procedureIds: [p.id] } : null;
  }
  const c = catalog.conditions.find((x) => x.slug === slug);
  if (!c) return null;
  const ids = catalog.procedures.filter((p) => c.procedures.some((cp) => cp.slug === p.slug)).map((p) => p.id);
  return { label: c.name, slug: c.slug, kind: "condition", procedureIds: ids };
}

/**
 * What a Spanish speaker typed (folded): an exact name or synonym ("cifoplastia", "fractura de columna"); with
 * `partialLabel`, also a piece of the words: of one entry ("cifopl" -> kyphoplasty), or of several ("fractura"), which
 * is a free-text match on all of them, as the English matcher does. Null when it names nothing.
 */
export function matchSpanishTerm(catalog: TCatalog, folded: string, opts: { partialLabel?: string } = {}): TProcedureMatch | null {
  const exact = terms().find((t) => t.term === folded);
  if (exact) return toMatch(catalog, exact.kind, exact.slug);
  if (opts.partialLabel === undefined || folded.length < 3) return null;
  const hits = new Map(
    terms()
      .filter((t) => t.term.includes(folded))
      .map((t) => [`${t.kind}:${t.slug}`, t]),
  );
  const matches = [...hits.values()].map((t) => toMatch(catalog, t.kind, t.slug)).filter((m) => m !== null);
  if (matches.length === 0) return null;
  if (matches.length === 1) return matches[0] ?? null;
  const ids = [...new Set(matches.flatMap((m) => m.procedureIds))].sort((a, b) => a - b);
  return { label: opts.partialLabel, slug: null, kind: "text", procedureIds: ids };
}
