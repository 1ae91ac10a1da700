// The search's answers and refusals in the reader's language (`lang=es`): labels and messages, never the data.
import { AppError, isAppError, ZValidationDetails } from "@/lib/errors";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/procedures/localize";
import { SPANISH_PATIENT_PHRASES } from "@/lib/procedures/spanish-terms";
import type { TSearchResponse, TSearchResult } from "@/lib/search/schema";

const FIELDS = ["near", "radius", "procedure", "language", "gender", "sort", "page", "pageSize", "lang"] as const;
type TField = (typeof FIELDS)[number];
const isField = (f: string): f is TField => (FIELDS as readonly string[]).includes(f);

/** The language asked for, read before the query is parsed so that even a refusal of the query can be in Spanish. */
export function requestedLocale(input: unknown): TLocale {
  const lang = typeof input === "object" && input !== null && "lang" in input ? (input as { lang: unknown }).lang : undefined;
  return isLocale(lang) ? lang : "en";
}

/** Which step failed, and what the person typed there. */
export type TSearchStep = { step: "query" } | { step: "near"; input: string } | { step: "procedure"; input: string };

/** The same error with its message (and per-field messages) in `locale`; other errors pass through unchanged. */
export function localizeSearchError(e: unknown, locale: TLocale, at: TSearchStep): unknown {
  if (locale === "en" || !isAppError(e)) return e;
  const t = translator(locale);
  if (at.step === "query" && e.code === "VALIDATION_FAILED") {
    const parsed = ZValidationDetails.safeParse(e.details);
    const fields = (parsed.success ? parsed.data.fields : []).map((f) => ({
      field: f.field,
      message: t(`Api.fields.${isField(f.field) ? f.field : "other"}`),
    }));
    const first = fields[0];
    const message = first ? t("Api.invalidField", { field: first.field, message: first.message }) : t("Api.fields.other");
    return new AppError(e.code, message, { fields });
  }
  if (at.step === "near" && e.code === "UNKNOWN_LOCATION") {
    return new AppError(e.code, t("Api.unknownLocation", { input: at.input }), e.details);
  }
  if (at.step === "near" && e.code === "BAD_REQUEST") return new AppError(e.code, t("Api.badLocation", { input: at.input }), e.details);
  if (at.step === "procedure" && e.code === "UNKNOWN_PROCEDURE") {
    return new AppError(e.code, t("Api.unknownProcedure", { input: at.input }), e.details);
  }
  if (at.step === "procedure" && e.code === "BAD_REQUEST") return new AppError(e.code, t("Api.tooShort"), e.details);
  return e;
}

function localizeResult(r: TSearchResult, locale: TLocale): TSearchResult {
  return { ...r, procedures: r.procedures.map((p) => ({ ...p, name: localizedName("procedure", p.slug, p.name, locale) })) };
}

const SPANISH_EXPLANATIONS = new Set(SPANISH_PATIENT_PHRASES.map((p) => p.explanation));

type TProcedureEcho = NonNullable<TSearchResponse["query"]["procedure"]>;

/** The matcher's explanation in Spanish: a Spanish phrase's own sentence, else a Spanish one of the same kind. */
function spanishExplanation(p: TProcedureEcho, label: string): string | null {
  if (p.explanation === null || SPANISH_EXPLANATIONS.has(p.explanation)) return p.explanation;
  const t = translator("es");
  return p.kind === "text" ? t("Api.explainSeveral", { input: p.input }) : t("Api.explainShowing", { label, input: p.input });
}

/** Procedure and condition names (and why the search chose them) in `locale`; free text stays as typed. */
export function localizeSearchResponse(res: TSearchResponse, locale: TLocale): TSearchResponse {
  if (locale === "en") return res;
  const p = res.query.procedure;
  let procedure = p;
  if (p) {
    const label = p.slug && (p.kind === "procedure" || p.kind === "condition") ? localizedName(p.kind, p.slug, p.label, locale) : p.label;
    procedure = { ...p, label, explanation: spanishExplanation(p, label) };
  }
  return {
    ...res,
    query: { ...res.query, procedure },
    results: res.results.map((r) => localizeResult(r, locale)),
    nearest: res.nearest.map((r) => localizeResult(r, locale)),
  };
}
