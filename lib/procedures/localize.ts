// Procedure and condition labels in the reader's language (names, summaries, synonyms); slugs and codes stay as they are.
import type { TLocale } from "@/lib/i18n/locales";
import { spanishLabel } from "@/lib/procedures/spanish-terms";

type TKind = "procedure" | "condition";

/** The name of a procedure or condition in `locale`; the stored (English) name when there is no translation. */
export function localizedName(kind: TKind, slug: string, englishName: string, locale: TLocale): string {
  return locale === "es" ? (spanishLabel(kind, slug)?.name ?? englishName) : englishName;
}

/** Name, summary and synonyms of an entry in `locale`. */
export function localizedEntry<T extends { slug: string; name: string; summary: string; synonyms: string[] }>(
  kind: TKind,
  entry: T,
  locale: TLocale,
): T {
  const es = locale === "es" ? spanishLabel(kind, entry.slug) : undefined;
  return es ? { ...entry, name: es.name, summary: es.summary, synonyms: es.synonyms } : entry;
}
