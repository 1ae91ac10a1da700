// /procedures/[slug]: plain-language guide to one procedure, ending in a prefilled search.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EducationArticle } from "@/components/content/education-article";
import { getEducationPage } from "@/lib/content/education";
import { procedureTopic } from "@/lib/content/topics";
import { env } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/locales";

// Rendered per request (the language switch needs the request's query; decision 053), from the reference catalogue.
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { slug } = await params;
  const t = procedureTopic(slug);
  if (!t) return { title: "Procedure not found" };
  const page = getEducationPage("procedure", slug);
  const title = page ? `${page.title}: what it is, risks and recovery` : `${t.name}: what it is`;
  const description = page?.description ?? t.summary;
  return {
    title,
    description,
    alternates: languageAlternates("en", `/procedures/${slug}`),
    openGraph: { title, description, url: `/procedures/${slug}`, type: "article" },
  };
}

export default async function ProcedurePage({ params }: { params: TParams }) {
  const { slug } = await params;
  const t = procedureTopic(slug);
  if (!t) notFound();
  return <EducationArticle topic={t} page={getEducationPage("procedure", slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />;
}
