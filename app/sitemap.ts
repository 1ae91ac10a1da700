// sitemap.xml: built per request from the directory (it changes with every import and clinic edit).
import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/content/sitemap-entries";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().SITE_URL.replace(/\/$/, "");
  const entries = await listSitemapEntries();
  return entries.map((e) => ({
    url: `${site}${e.path}`,
    ...(e.lastModified ? { lastModified: e.lastModified } : {}),
    priority: e.priority,
    ...(e.languages
      ? { alternates: { languages: Object.fromEntries(Object.entries(e.languages).map(([lang, path]) => [lang, `${site}${path}`])) } }
      : {}),
  }));
}
