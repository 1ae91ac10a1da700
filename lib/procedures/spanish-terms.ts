// Spanish names and search words of the catalogue (prisma/reference/procedures-es.ts), and matching them to slugs.
// The lists are pure data in the shape of the matcher's own term and patient-phrase lists, so a matcher can index
// them as they are: SPANISH_TERMS as exact names (no explanation), SPANISH_PATIENT_PHRASES with their explanation.
import {
  CONDITIONS_ES,
  PROCEDURES_ES,
  SPANISH_PATIENT_PHRASES,
  type TSpanishLabel,
  type TSpanishPatientPhrase,
} from "@/prisma/reference/procedures-es";
import { foldForMatching } from "@/lib/text/fold";
import type { TCatalog, TProcedureMatch } from "@/lib/procedures/catalog";

type TKind = "procedure" | "condition";
type TTarget = { kind: TKind; slug: string };

export { SPANISH_PATIENT_PHRASES, type TSpanishPatientPhrase };

/** Each procedure's and condition's Spanish name and synonyms: what the thing itself is called. */
export const SPANISH_TERMS: ReadonlyArray<{ phrases: readonly string[]; target: TTarget }> = [
  ...Object.entries(PROCEDURES_ES).map(([slug, l]) => ({ phrases: [l.name, ...l.synonyms], target: { kind: "procedure" as const, slug } })),
  ...Object.entries(CONDITIONS_ES).map(([slug, l]) => ({ phrases: [l.name, ...l.synonyms], target: { kind: "condition" as const, slug } })),
];

/** The Spanish name, summary and synonyms of a procedure or condition slug. */
export function spanishLabel(kind: TKind, slug: string): TSpanishLabel | undefined {
  const table = kind === "procedure" ? PROCEDURES_ES : CONDITIONS_ES;
  return Object.hasOwn(table, slug) ? table[slug] : undefined;
}

/** Folded phrase -> the entry it leads to; names first, then patient phrases. Built once. */
let index: Array<{ term: string } & TTarget> | undefined;
function terms() {
  index ??= [...SPANISH_TERMS, ...SPANISH_PATIENT_PHRASES].flatMap((e) =>
    e.phrases.map((t) => ({ term: foldForMatching(t), ...e.target })),
  );
  return index;
}

function toMatch(catalog: TCatalog, t: TTarget): TProcedureMatch | null {
  if (t.kind === "procedure") {
    const p = catalog.procedures.find((x) => x.slug === t.slug);
    return p ? { label: p.name, slug: p.slug, kind: "procedure", procedureIds: [p.id] } : null;
  }
  const c = catalog.conditions.find((x) => x.slug === t.slug);
  if (!c) return null;
  const ids = catalog.procedures.filter((p) => c.procedures.some((cp) => cp.slug === p.slug)).map((p) => p.id);
  return { label: c.name, slug: c.slug, kind: "condition", procedureIds: ids };
}

/**
 * What a Spanish speaker typed (folded): an exact name, synonym or everyday phrase ("cifoplastia", "fractura de
 * columna", "dolor de espalda"); with `partialLabel`, also a piece of the words: of one entry ("cifopl" ->
 * kyphoplasty), or of several, which is a free-text match on all of them, as the English matcher does. Null when it
 * names nothing.
 */
export function matchSpanishTerm(catalog: TCatalog, folded: string, opts: { partialLabel?: string } = {}): TProcedureMatch | null {
  const exact = terms().find((t) => t.term === folded);
  if (exact) return toMatch(catalog, exact);
  if (opts.partialLabel === undefined || folded.length < 3) return null;
  const hits = new Map(
    terms()
      .filter((t) => t.term.includes(folded))
      .map((t) => [`${t.kind}:${t.slug}`, t]),
  );
  const matches = [...hits.values()].map((t) => toMatch(catalog, t)).filter((m) => m !== null);
  if (matches.length === 0) return null;
  if (matches.length === 1) return matches[0] ?? null;
  const ids = [...new Set(matches.flatMap((m) => m.procedureIds))].sort((a, b) => a - b);
  return { label: opts.partialLabel, slug: null, kind: "text", procedureIds: ids };
}
