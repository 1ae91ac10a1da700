// /procedures/[slug], /conditions/[slug] and their /es twins: the guide to one procedure or condition in the page's
// language, from the reference catalogue in code (no database read; decision 053), drawn by the one guide renderer.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/content/guide-article";
import { env } from "@/lib/env";
import { getGuidePage, getGuideTopic, type TGuideKind } from "@/lib/content/guides";
import { languageAlternates, localizedPath, OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

export type TParams = Promise<{ slug: string }>;

const base = (kind: TGuideKind) => (kind === "condition" ? "/conditions" : "/procedures");

export async function guideMetadata(locale: TLocale, kind: TGuideKind, params: TParams): Promise<Metadata> {
  const { slug } = await params;
  const t = translator(locale);
  const topic = getGuideTopic(locale, kind, slug);
  if (!topic) return { title: kind === "condition" ? t("Article.conditionNotFound") : t("Article.procedureNotFound") };
  const page = getGuidePage(locale, kind, slug);
  // A written guide covers risks and recovery (or diagnosis); a catalogue entry alone promises less.
  const title = page
    ? t(kind === "condition" ? "Article.conditionTitle" : "Article.procedureTitle", { title: page.title })
    : t(kind === "condition" ? "Article.conditionTitleShort" : "Article.procedureTitleShort", { title: topic.name });
  const description = page?.description ?? topic.summary;
  const path = `${base(kind)}/${slug}`;
  return {
    title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph: { title, description, url: localizedPath(locale, path), type: "article", locale: OG_LOCALE[locale] },
  };
}

export async function GuidePage({ locale, kind, params }: { locale: TLocale; kind: TGuideKind; params: TParams }) {
  const { slug } = await params;
  const topic = getGuideTopic(locale, kind, slug);
  if (!topic) notFound();
  return <GuideArticle locale={locale} topic={topic} page={getGuidePage(locale, kind, slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />;
}
