// Matches what a person typed in the procedure field to the catalogue: slugs, names, synonyms and symptom phrases,
// whole words only, tolerant of typos and of "ph"/"f" spellings (MiniSearch, decision 045). Pure: no database.
import MiniSearch, { type SearchResult } from "minisearch";
import { AppError } from "@/lib/errors";
import { PATIENT_PHRASES } from "@/lib/procedures/patient-phrases";
import { SPANISH_PATIENT_PHRASES, SPANISH_TERMS } from "@/lib/procedures/spanish-terms";
import type { TCatalog, TConditionDto } from "@/lib/procedures/catalog";

export type TProcedureMatch = {
  label: string;
  slug: string | null;
  kind: "procedure" | "condition" | "text";
  procedureIds: number[];
  /** Why the search shows this (a symptom routed to a condition, a corrected spelling); null when it is what was typed. */
  explanation: string | null;
};

type TTarget = { kind: "procedure" | "condition"; slug: string };
type TDoc = { id: number; text: string; kind: TTarget["kind"]; slug: string; explanation: string | null; exact: boolean };

/** Lower case, no accents, no punctuation, one space between words. */
export const normalizeTerm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

// Words that carry no meaning for the match ("pain in my back" = "back pain"); "pain" itself is kept.
const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "in",
  "on",
  "of",
  "my",
  "me",
  "i",
  "and",
  "or",
  "for",
  "to",
  "with",
  "after",
  "at",
  "from",
  "near",
  "doctor",
  "doctors",
  "specialist",
  "treatment",
  "procedure",
  "surgery",
  "dr",
  // Spanish ("dolor en la columna" = "dolor de columna"); "no" and "sin" are kept.
  "de",
  "del",
  "el",
  "la",
  "los",
  "las",
  "un",
  "una",
  "y",
  "en",
  "por",
  "con",
  "al",
  "mi",
  "mis",
  "que",
  "para",
  "medico",
  "medicos",
  "tratamiento",
]);

/** Index and query terms alike: "ph" sounds like "f" (kyphoplasty ~ "kyfo"), and a trailing plural "s" is dropped. */
function processTerm(term: string): string | null {
  const t = normalizeTerm(term);
  if (!t || STOP_WORDS.has(t)) return null;
  const sound = t.replace(/ph/g, "f");
  return sound.length > 4 && sound.endsWith("s") && !sound.endsWith("ss") ? sound.slice(0, -1) : sound;
}

function buildIndex(catalog: TCatalog): MiniSearch<TDoc> {
  const docs: TDoc[] = [];
  const add = (text: string, target: TTarget, explanation: string | null, exact: boolean) =>
    docs.push({ id: docs.length, text, kind: target.kind, slug: target.slug, explanation, exact });
  for (const p of catalog.procedures) {
    for (const t of [p.name, p.slug.replace(/-/g, " "), ...p.synonyms]) add(t, { kind: "procedure", slug: p.slug }, null, true);
  }
  for (const c of catalog.conditions) {
    for (const t of [c.name, c.slug.replace(/-/g, " "), ...c.synonyms]) add(t, { kind: "condition", slug: c.slug }, null, true);
  }
  for (const ph of PATIENT_PHRASES) for (const t of ph.phrases) add(t, ph.target, ph.explanation, false);
  // Spanish names and everyday phrases (issue 15) lead to the same procedures and conditions.
  for (const e of SPANISH_TERMS) for (const t of e.phrases) add(t, e.target, null, true);
  for (const ph of SPANISH_PATIENT_PHRASES) for (const t of ph.phrases) add(t, ph.target, ph.explanation, false);
  const index = new MiniSearch<TDoc>({
    fields: ["text"],
    storeFields: ["kind", "slug", "explanation", "exact", "text"],
    processTerm,
  });
  index.addAll(docs);
  return index;
}

const indexes = new WeakMap<TCatalog, MiniSearch<TDoc>>();
function indexFor(catalog: TCatalog): MiniSearch<TDoc> {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

type THit = SearchResult & Pick<TDoc, "kind" | "slug" | "explanation" | "exact" | "text">;

function search(index: MiniSearch<TDoc>, q: string): THit[] {
  return index.search(q, {
    combineWith: "AND",
    // Only the last word may be unfinished ("kyfo", "vertebro"); short words must be whole ("pe" is not "pelvic").
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    // One typo from five letters on, two from nine ("kyphoplasy", "vertebraplasty", "osteoperosis").
    fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0),
    // A whole-word hit beats a prefix or a corrected spelling of the same word.
    weights: { fuzzy: 0.3, prefix: 0.6 },
  }) as THit[];
}

/**
 * A procedure slug, a condition slug (its treating procedures), or free text: an exact name or synonym, then a
 * symptom phrase, then whole words with typos and unfinished last words. One clear winner is routed to (with an
 * explanation when it is not what was typed); several close ones search their procedures together.
 * UNKNOWN_PROCEDURE (404) when nothing matches, so the page can offer the index instead.
 */
export function matchProcedure(catalog: TCatalog, input: string): TProcedureMatch {
  let answers = matches.get(catalog);
  if (!answers) {
    answers = new Map();
    matches.set(catalog, answers);
  }
  const known = answers.get(input);
  if (known) return known;
  const match = computeMatch(catalog, input);
  if (answers.size >= MATCHES_MAX) answers.clear();
  answers.set(input, match);
  return match;
}

// Answers already worked out, per catalogue object (a new catalogue starts afresh): what people type repeats ("compression
// fracture"), and a free-text match runs a fuzzy search over every name and phrase. Refusals are not kept.
const MATCHES_MAX = 2000;
const matches = new WeakMap<TCatalog, Map<string, TProcedureMatch>>();

function computeMatch(catalog: TCatalog, input: string): TProcedureMatch {
  const raw = input.trim();
  const lower = raw.toLowerCase();
  const procBySlug = new Map(catalog.procedures.map((p) => [p.slug, p]));
  const condBySlug = new Map(catalog.conditions.map((c) => [c.slug, c]));
  const idsOf = (c: TConditionDto) => c.procedures.flatMap((cp) => procBySlug.get(cp.slug)?.id ?? []);
  const toMatch = (t: TTarget, explanation: string | null): TProcedureMatch => {
    if (t.kind === "procedure") {
      const p = procBySlug.get(t.slug);
      if (p) return { label: p.name, slug: p.slug, kind: "procedure", procedureIds: [p.id], explanation };
    } else {
      const c = condBySlug.get(t.slug);
      if (c) return { label: c.name, slug: c.slug, kind: "condition", procedureIds: idsOf(c), explanation };
    }
    throw new AppError("INTERNAL", `catalogue has no ${t.kind} ${t.slug}`);
  };

  if (procBySlug.has(lower)) return toMatch({ kind: "procedure", slug: lower }, null);
  if (condBySlug.has(lower)) return toMatch({ kind: "condition", slug: lower }, null);

  const q = normalizeTerm(raw);
  if (q.length < 2) throw new AppError("BAD_REQUEST", "Type at least two letters of a procedure or condition.");

  const index = indexFor(catalog);
  const hits = search(index, q);
  // Exactly a name or synonym (after normalising): no explanation needed, it is what they typed.
  const exact = hits.find((h) => h.exact && normalizeTerm(h.text) === q);
  if (exact) return toMatch(exact, null);
  const phrase = hits.find((h) => !h.exact && normalizeTerm(h.text) === q);
  if (phrase) return toMatch(phrase, phrase.explanation);

  // Best score per target, scaled by how much of the entry the words cover ("vertebroplasti" is "vertebroplasty"
  // more than "balloon vertebroplasty"); the targets within 60% of the best one are "close".
  const queryWords = q.split(" ").filter((w) => processTerm(w) !== null).length;
  const best = new Map<string, THit>();
  for (const h of hits) {
    const docWords = h.text.split(/[^A-Za-z0-9]+/).filter((w) => processTerm(w) !== null).length;
    const scored = { ...h, score: h.score * Math.min(1, queryWords / Math.max(1, docWords)) };
    const key = `${h.kind}:${h.slug}`;
    const prev = best.get(key);
    if (!prev || scored.score > prev.score) best.set(key, scored);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top) {
    throw new AppError(
      "UNKNOWN_PROCEDURE",
      `We don't know a procedure or condition called "${raw}". Try "kyphoplasty" or "compression fracture".`,
    );
  }
  const close = ranked.filter((h) => h.score >= top.score * 0.6);
  const conditionOfAll = close.length > 1 ? commonCondition(catalog, close) : null;
  if (close.length === 1 || conditionOfAll) {
    const target = conditionOfAll ? { kind: "condition" as const, slug: conditionOfAll } : top;
    const m = toMatch(target, null);
    return { ...m, explanation: top.explanation ?? `Showing results for ${m.label} (you typed “${raw}”).` };
  }
  const ids = new Set<number>();
  for (const h of close) for (const id of toMatch(h, null).procedureIds) ids.add(id);
  const names = close.slice(0, 3).map((h) => toMatch(h, null).label);
  return {
    label: raw,
    slug: null,
    kind: "text",
    procedureIds: [...ids].sort((a, b) => a - b),
    explanation: `“${raw}” matches ${names.join(", ")}${close.length > 3 ? " and more" : ""}: showing doctors for all of them.`,
  };
}

/** A condition that is one of the hits and is treated by every other hit's procedures ("vertebro" -> the fracture). */
function commonCondition(catalog: TCatalog, hits: THit[]): string | null {
  for (const h of hits) {
    if (h.kind !== "condition") continue;
    const c = catalog.conditions.find((x) => x.slug === h.slug);
    const treats = new Set(c?.procedures.map((p) => p.slug));
    if (hits.every((o) => (o.kind === "condition" ? o.slug === h.slug : treats.has(o.slug)))) return h.slug;
  }
  return null;
}
