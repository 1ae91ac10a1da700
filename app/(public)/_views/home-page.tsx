// Home page (/ and /es): one search form (location + procedure or condition), quick searches and a short plain-language
// intro, in the page's language (one page, parameterised by locale; the routes are thin wrappers).
import type { Metadata } from "next";
import { HomeSearchForm } from "@/components/search/home-search-form";
import { QuickSearches } from "@/components/search/quick-searches";
import { ENGLISH_SEARCH, SPANISH_SEARCH } from "@/components/search/search-params";
import { SearchTextProvider } from "@/components/search/search-text";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { JsonLd } from "@/components/ui/json-ld";
import { env } from "@/lib/env";
import { languageAlternates, localizedPath, OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { searchUiText } from "@/lib/i18n/search-ui-text";
import { localizedName } from "@/lib/procedures/localize";

export function homeMetadata(locale: TLocale): Metadata {
  const t = translator(locale);
  return {
    title: { absolute: t("Home.metaTitle") },
    description: t("Home.metaDescription"),
    alternates: languageAlternates(locale, "/"),
    openGraph: {
      title: t("Home.metaTitle"),
      description: t("Home.ogDescription"),
      url: localizedPath(locale, "/"),
      locale: OG_LOCALE[locale],
    },
  };
}

const QUICK = [
  { kind: "procedure", slug: "kyphoplasty", en: "Kyphoplasty" },
  { kind: "procedure", slug: "vertebroplasty", en: "Vertebroplasty" },
  { kind: "condition", slug: "vertebral-compression-fractures", en: "Compression fracture" },
] as const;

export function HomePage({ locale }: { locale: TLocale }) {
  const t = translator(locale);
  const site = locale === "es" ? SPANISH_SEARCH : ENGLISH_SEARCH;
  const base = env().SITE_URL.replace(/\/$/, "");
  const englishOnly = t("Layout.englishOnly");
  const quick = QUICK.map((q) => ({ slug: q.slug, label: locale === "en" ? q.en : localizedName(q.kind, q.slug, q.en, locale) }));
  const topic = (path: string, children: string) => (
    <LocalizedLink locale={locale} path={path} englishOnlyNote={englishOnly}>
      {children}
    </LocalizedLink>
  );
  return (
    <main id="main">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: "IR Finder",
          url: `${base}${localizedPath(locale, "/")}`,
          inLanguage: locale,
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${base}${site.path}?near={near}` },
            "query-input": "required name=near",
          },
        }}
      />
      <SearchTextProvider text={searchUiText(locale)} site={site}>
        <section className="hero">
          <div className="hero__inner">
            <div className="hero__text">
              <h1 className="hero__title">{t("Home.title")}</h1>
              <p className="hero__lead">{t("Home.lead")}</p>
            </div>
            <div className="hero__card">
              <HomeSearchForm text={searchUiText(locale)} formLabel={t("Home.formLabel")} submit={t("Home.submit")} site={site} />
              <QuickSearches formId="home-search" items={quick} />
            </div>
          </div>
        </section>
      </SearchTextProvider>

      <section className="page home-sections" aria-labelledby="about-heading">
        <h2 id="about-heading" className="section-title">
          {t("Home.spineHeading")}
        </h2>
        <div className="cards-3">
          <article className="info-card">
            <h3>{topic("/conditions/vertebral-compression-fractures", t("Home.vcfTitle"))}</h3>
            <p>{t("Home.vcfText")}</p>
          </article>
          <article className="info-card">
            <h3>{topic("/procedures/vertebroplasty", t("Home.vertebroplastyTitle"))}</h3>
            <p>{t("Home.vertebroplastyText")}</p>
          </article>
          <article className="info-card">
            <h3>{topic("/procedures/kyphoplasty", t("Home.kyphoplastyTitle"))}</h3>
            <p>{t("Home.kyphoplastyText")}</p>
          </article>
        </div>

        <h2 className="section-title">{t("Home.checkHeading")}</h2>
        <ul className="checklist">
          {([1, 2, 3, 4] as const).map((n) => (
            <li key={n}>
              <strong>{t(`Home.check${n}Title`)}</strong> — {t(`Home.check${n}Text`)}
            </li>
          ))}
        </ul>
        <p>
          <LocalizedLink locale={locale} path="/procedures" className="arrow-link" englishOnlyNote={englishOnly}>
            {t("Home.allGuides")}
          </LocalizedLink>
        </p>
      </section>
    </main>
  );
}
