// /conditions/[slug]: plain-language guide to one condition, ending in a prefilled search.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EducationArticle } from "@/components/content/education-article";
import { getEducationPage } from "@/lib/content/education";
import { conditionTopic } from "@/lib/content/topics";
import { env } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/locales";

// Rendered per request (the language switch needs the request's query; decision 053), from the reference catalogue.
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { slug } = await params;
  const t = conditionTopic(slug);
  if (!t) return { title: "Condition not found" };
  const page = getEducationPage("condition", slug);
  const title = page ? `${page.title}: symptoms, diagnosis and treatment` : `${t.name}: symptoms and treatment`;
  const description = page?.description ?? t.summary;
  return {
    title,
    description,
    alternates: languageAlternates("en", `/conditions/${slug}`),
    openGraph: { title, description, url: `/conditions/${slug}`, type: "article" },
  };
}

export default async function ConditionPage({ params }: { params: TParams }) {
  const { slug } = await params;
  const t = conditionTopic(slug);
  if (!t) notFound();
  return <EducationArticle topic={t} page={getEducationPage("condition", slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />;
}
