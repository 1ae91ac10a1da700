// /procedures/[slug]: plain-language guide to one procedure, ending in a prefilled search.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EducationArticle } from "@/components/content/education-article";
import { getEducationPage } from "@/lib/content/education";
import { env } from "@/lib/env";
import { getCatalog } from "@/lib/procedures/catalog";
import { languageAlternates } from "@/lib/i18n/locales";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

async function topicFor(slug: string) {
  const c = await getCatalog();
  const p = c.procedures.find((x) => x.slug === slug);
  if (!p) return null;
  return {
    kind: "procedure" as const,
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    cptCodes: p.cptCodes,
    related: c.conditions
      .filter((x) => x.procedures.some((y) => y.slug === slug))
      .map((x) => ({ kind: "condition" as const, slug: x.slug, name: x.name })),
  };
}

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { slug } = await params;
  const t = await topicFor(slug);
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
  const t = await topicFor(slug);
  if (!t) notFound();
  return <EducationArticle topic={t} page={getEducationPage("procedure", slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />;
}
