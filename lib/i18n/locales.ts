// The site's languages and their URLs: English at the unprefixed paths, Spanish under /es; twins and hreflang.

export const LOCALES = ["en", "es"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";

/** BCP 47 tags for Intl: generic Spanish writes decimals with a comma ("a 2,1 millas"), as the Spanish pages do. */
export const INTL_TAG: Readonly<Record<TLocale, string>> = { en: "en-US", es: "es" };

/** Open Graph locale names. */
export const OG_LOCALE: Readonly<Record<TLocale, string>> = { en: "en_US", es: "es_US" };

/**
 * English paths that have a Spanish twin under /es. Add a pattern here when a page gets its Spanish version: the
 * language switch, hreflang alternates, the sitemap and the links on Spanish pages all follow this list.
 */
const TWINNED: readonly RegExp[] = [
  /^\/$/,
  /^\/search$/,
  /^\/physicians\/[a-z0-9-]+$/,
  /^\/clinics\/[a-z0-9-]+$/,
  /^\/procedures$/,
  /^\/procedures\/[a-z0-9-]+$/,
  /^\/conditions$/,
  /^\/conditions\/[a-z0-9-]+$/,
];

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** "/es/procedures/kyphoplasty" -> { locale: "es", path: "/procedures/kyphoplasty" }; "/es" -> path "/". */
export function splitLocale(pathname: string): { locale: TLocale; path: string } {
  if (pathname === "/es" || pathname.startsWith("/es/")) return { locale: "es", path: pathname.slice(3) || "/" };
  return { locale: "en", path: pathname || "/" };
}

/** The URL of a (language-neutral) path in a locale: ("es", "/procedures") -> "/es/procedures". */
export function localizedPath(locale: TLocale, path: string): string {
  if (locale === "en") return path;
  return path === "/" ? "/es" : `/es${path}`;
}

/** True when the page at this language-neutral path exists in Spanish too. */
export function hasSpanishTwin(path: string): boolean {
  const bare = path.split(/[?#]/)[0] ?? path;
  return TWINNED.some((re) => re.test(bare));
}

/**
 * Where a link on a page in `locale` to a language-neutral path goes: the page in that language when it exists,
 * otherwise the English page, flagged so the link can say so (and carry hrefLang="en").
 */
export function linkFor(locale: TLocale, path: string): { href: string; locale: TLocale } {
  if (locale === "es" && hasSpanishTwin(path)) return { href: localizedPath("es", path), locale: "es" };
  return { href: path, locale: "en" };
}

/** The other language's version of the current URL, query string kept; null when that page does not exist. */
export function switchTarget(pathname: string, search = ""): { locale: TLocale; href: string } | null {
  const { locale, path } = splitLocale(pathname);
  if (!hasSpanishTwin(path)) return null;
  const other: TLocale = locale === "es" ? "en" : "es";
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return { locale: other, href: `${localizedPath(other, path)}${query}` };
}

/** Metadata alternates for a page: its canonical URL and, when twinned, hreflang links both ways. */
export function languageAlternates(locale: TLocale, path: string): { canonical: string; languages?: Record<string, string> } {
  const canonical = localizedPath(locale, path);
  if (!hasSpanishTwin(path)) return { canonical };
  return { canonical, languages: { en: path, es: localizedPath("es", path), "x-default": path } };
}
