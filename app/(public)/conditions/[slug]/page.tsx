// /conditions/[slug]: plain-language guide to one condition, ending in a prefilled search.
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
  const x = c.conditions.find((y) => y.slug === slug);
  if (!x) return null;
  return {
    kind: "condition" as const,
    slug: x.slug,
    name: x.name,
    summary: x.summary,
    related: x.procedures.map((p) => ({ kind: "procedure" as const, slug: p.slug, name: p.name })),
  };
}

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { slug } = await params;
  const t = await topicFor(slug);
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
  const t = await topicFor(slug);
  if (!t) notFound();
  return <EducationArticle topic={t} page={getEducationPage("condition", slug)} siteUrl={env().SITE_URL.replace(/\/$/, "")} />;
}
