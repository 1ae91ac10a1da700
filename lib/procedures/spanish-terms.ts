// Spanish names and search words of the catalogue (prisma/reference/procedures-es.ts), in the shape of the matcher's
// own lists (lib/procedures/match-procedure.ts indexes them): SPANISH_TERMS as names, SPANISH_PATIENT_PHRASES as
// everyday phrases with a Spanish explanation.
import {
  CONDITIONS_ES,
  PROCEDURES_ES,
  SPANISH_PATIENT_PHRASES,
  type TSpanishLabel,
  type TSpanishPatientPhrase,
} from "@/prisma/reference/procedures-es";

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
