// /es/procedures/[slug]: the Spanish guide to one procedure, ending in a prefilled search.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GuideArticle } from "@/components/content/guide-article";
import { getGuidePage, getGuideTopic } from "@/lib/content/guides";
import { env } from "@/lib/env";
import { languageAlternates, OG_LOCALE } from "@/lib/i18n/locales";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations({ locale: "es", namespace: "Article" });
  const page = getGuidePage("es", "procedure", slug);
  // When the directory cannot be read the page shows its error state; it still gets a title (WCAG 2.4.2).
  const topic = await getGuideTopic("es", "procedure", slug).catch(() => undefined);
  if (topic === undefined) {
    return {
      title: page
        ? t("procedureTitle", { title: page.title })
        : (await getTranslations({ locale: "es", namespace: "Errors" }))("errorTitle"),
    };
  }
  if (!topic) return { title: t("procedureNotFound") };
  const title = t("procedureTitle", { title: page?.title ?? topic.name });
  const description = page?.description ?? topic.summary;
  const path = `/procedures/${slug}`;
  return {
    title,
    description,
    alternates: languageAlternates("es", path),
    openGraph: { title, description, url: `/es${path}`, type: "article", locale: OG_LOCALE.es },
  };
}

export default async function SpanishProcedurePage({ params }: { params: TParams }) {
  const { slug } = await params;
  const topic = await getGuideTopic("es", "procedure", slug);
  if (!topic) notFound();
  return (
    <GuideArticle locale="es" topic={topic} page={getGuidePage("es", "procedure", slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />
  );
}
