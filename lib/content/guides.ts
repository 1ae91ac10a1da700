// The condition and procedure guides in a language: the topic (names and summary from the catalogue, in that
// language), its related topics, and the written page when there is one.
import "server-only";
import { getSpanishGuide, type TGuidePage } from "@/lib/content/education-es";
import type { TLocale } from "@/lib/i18n/locales";
import { getCatalog } from "@/lib/procedures/catalog";
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
export async function getGuideTopic(locale: TLocale, kind: TGuideKind, slug: string): Promise<TGuideTopic | null> {
  const c = await getCatalog();
  if (kind === "procedure") {
    const p = c.procedures.find((x) => x.slug === slug);
    if (!p) return null;
    const l = localizedEntry("procedure", p, locale);
    return {
      kind,
      slug: p.slug,
      name: l.name,
      summary: l.summary,
      cptCodes: p.cptCodes,
      related: c.conditions
        .filter((x) => x.procedures.some((y) => y.slug === slug))
        .map((x) => ({ kind: "condition" as const, slug: x.slug, name: localizedName("condition", x.slug, x.name, locale) })),
    };
  }
  const x = c.conditions.find((y) => y.slug === slug);
  if (!x) return null;
  const l = localizedEntry("condition", x, locale);
  return {
    kind,
    slug: x.slug,
    name: l.name,
    summary: l.summary,
    related: x.procedures.map((p) => ({
      kind: "procedure" as const,
      slug: p.slug,
      name: localizedName("procedure", p.slug, p.name, locale),
    })),
  };
}

/** The written page in `locale` (Spanish here; the English pages are rendered by their own component for now). */
export function getGuidePage(locale: TLocale, kind: TGuideKind, slug: string): TGuidePage | undefined {
  return locale === "es" ? getSpanishGuide(kind, slug) : undefined;
}

/** Every condition and procedure in `locale`, in catalogue order, for the index page. */
export async function listGuides(locale: TLocale): Promise<{ conditions: TGuideIndexEntry[]; procedures: TGuideIndexEntry[] }> {
  const c = await getCatalog();
  const entry = (kind: TGuideKind, x: { slug: string; name: string; summary: string; synonyms: string[] }) => {
    const l = localizedEntry(kind, x, locale);
    return { slug: x.slug, name: l.name, summary: l.summary, hasGuide: getGuidePage(locale, kind, x.slug) !== undefined };
  };
  return { conditions: c.conditions.map((x) => entry("condition", x)), procedures: c.procedures.map((x) => entry("procedure", x)) };
}
