// The public URLs for sitemap.xml: fixed pages, condition and procedure guides, doctor profiles and clinic pages, each
// in English and Spanish, naming the other as its alternate.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { hasSpanishTwin, localizedPath } from "@/lib/i18n/locales";
import { getCatalog } from "@/lib/procedures/catalog";

/** One sitemap file holds at most 50,000 URLs; profiles and clinics share what the fixed pages leave. */
export const SITEMAP_MAX_URLS = 50_000;

export type TSitemapEntry = {
  path: string;
  lastModified?: Date;
  priority: number;
  /** hreflang alternates (language -> path), for pages that exist in both languages */
  languages?: Record<string, string>;
};

/** An English page and, when it has one, its Spanish twin, each listing both as alternates. */
function withTwin(e: TSitemapEntry): TSitemapEntry[] {
  if (!hasSpanishTwin(e.path)) return [e];
  const languages = { en: e.path, es: localizedPath("es", e.path) };
  return [
    { ...e, languages },
    { ...e, path: languages.es, languages },
  ];
}

export async function listSitemapEntries(): Promise<TSitemapEntry[]> {
  const catalog = await getCatalog();
  const fixed: TSitemapEntry[] = [
    { path: "/", priority: 1 },
    { path: "/search", priority: 0.8 },
    { path: "/procedures", priority: 0.7 },
    ...catalog.conditions.map((c) => ({ path: `/conditions/${c.slug}`, priority: 0.7 })),
    ...catalog.procedures.map((p) => ({ path: `/procedures/${p.slug}`, priority: 0.7 })),
  ].flatMap(withTwin);
  // Profiles and clinic pages come in pairs (English and Spanish), so each one takes two URLs of the room left.
  const room = SITEMAP_MAX_URLS - fixed.length;
  const physicians = await dbRead().physician.findMany({
    where: { active: true },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    take: Math.floor(room / 4),
  });
  const clinics = await dbRead().location.findMany({
    where: { roles: { some: { physician: { active: true } } } },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    take: Math.floor((room - 2 * physicians.length) / 2),
  });
  return [
    ...fixed,
    ...physicians.flatMap((p) => withTwin({ path: `/physicians/${p.slug}`, lastModified: p.updatedAt, priority: 0.6 })),
    ...clinics.flatMap((c) => withTwin({ path: `/clinics/${c.slug}`, lastModified: c.updatedAt, priority: 0.5 })),
  ];
}
