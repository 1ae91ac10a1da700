// The condition and procedure guides in a language: the topic (names and summary from the reference catalogue in
// code, in that language: no database read, decision 053), its related topics, and the written page when there is one.
import "server-only";
import { getEducationPage, type TEducationPage } from "@/lib/content/education";
import { getSpanishGuide } from "@/lib/content/education-es";
import { CONDITION_TOPICS, conditionTopic, PROCEDURE_TOPICS, procedureTopic } from "@/lib/content/topics";
import type { TLocale } from "@/lib/i18n/locales";
import { localizedEntry, localizedName } from "@/lib/procedures/localize";

export type TGuideKind = "condition" | "procedure";

export type TGuideTopic = {
  kind: TGuideKind;
  slug: string;
  name: string;
  summary: string;
  cptCodes?: string[];
  related: Array<{ kind: TGuideKind; slug: string; name: string }>;
};

export type TGuideIndexEntry = { slug: string; name: string; summary: string; hasGuide: boolean };

/** One topic in `locale`, or null for a slug the catalogue does not have. */
export function getGuideTopic(locale: TLocale, kind: TGuideKind, slug: string): TGuideTopic | null {
  const topic = kind === "procedure" ? procedureTopic(slug) : conditionTopic(slug);
  if (!topic) return null;
  const l = localizedEntry(kind, { slug, name: topic.name, summary: topic.summary, synonyms: [] }, locale);
  return {
    ...topic,
    name: l.name,
    summary: l.summary,
    related: topic.related.map((r) => ({ ...r, name: localizedName(r.kind, r.slug, r.name, locale) })),
  };
}

/** The written page in `locale`, when there is one. */
export function getGuidePage(locale: TLocale, kind: TGuideKind, slug: string): TEducationPage | undefined {
  return locale === "es" ? getSpanishGuide(kind, slug) : getEducationPage(kind, slug);
}

/**
 * A name as it reads mid-sentence ("who offer kyphoplasty (balloon …)"): the first letter lower-cased, unless the
 * first word is an abbreviation or a code ("TACE (…)", "IVC filter …", "Y-90 …"), which keep their capitals.
 */
export function nameMidSentence(name: string): string {
  const first = name.split(/\s/, 1)[0] ?? "";
  return /^\p{Lu}\p{Ll}*$/u.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** Every condition and procedure in `locale`, in catalogue order, for the index page. */
export function listGuides(locale: TLocale): { conditions: TGuideIndexEntry[]; procedures: TGuideIndexEntry[] } {
  const entry = (kind: TGuideKind, x: { slug: string; name: string; summary: string; synonyms: string[] }) => {
    const l = localizedEntry(kind, x, locale);
    return { slug: x.slug, name: l.name, summary: l.summary, hasGuide: getGuidePage(locale, kind, x.slug) !== undefined };
  };
  return {
    conditions: CONDITION_TOPICS.map((x) => entry("condition", x)),
    procedures: PROCEDURE_TOPICS.map((x) => entry("procedure", x)),
  };
}

/** Every slug of a kind, for prerendering its guides (the same list in both languages). */
export function guideSlugs(kind: TGuideKind): Array<{ slug: string }> {
  return (kind === "procedure" ? PROCEDURE_TOPICS : CONDITION_TOPICS).map((t) => ({ slug: t.slug }));
}
