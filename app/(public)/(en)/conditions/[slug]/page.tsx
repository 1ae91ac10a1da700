// /conditions/[slug]: plain-language guide to one condition, ending in a prefilled search (the page itself is shared: app/(public)/_views/guide-page.tsx).
import type { Metadata } from "next";
import { GuidePage, guideMetadata, type TParams } from "@/app/(public)/_views/guide-page";
import { guideSlugs } from "@/lib/content/guides";

// Prerendered at build time from the reference catalogue in code (decision 068); any other slug is a 404. Re-rendered
// hourly so the site address in its links and structured data follows the running configuration (as /developers).
export const dynamicParams = false;
export const revalidate = 3600;

export function generateStaticParams(): Array<{ slug: string }> {
  return guideSlugs("condition");
}

export function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  return guideMetadata("en", "condition", params);
}

export default function ConditionPage({ params }: { params: TParams }) {
  return <GuidePage locale="en" kind="condition" params={params} />;
}
