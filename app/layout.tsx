// Root layout: document shell, site header and footer, skip link and default metadata for every page.
import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { SiteFooter } from "@/components/i18n/site-footer";
import { env } from "@/lib/env";
import { isLocale, OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import "./globals.css";

/** The page's language: Spanish under /es (proxy.ts tells next-intl), English everywhere else. */
async function pageLocale(): Promise<TLocale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("siteTitle"), template: "%s · IR Finder" },
    description: t("siteDescription"),
    openGraph: { siteName: "IR Finder", type: "website", locale: OG_LOCALE[locale] },
    twitter: { card: "summary" },
    formatDetection: { telephone: false },
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }] },
  };
}

export const viewport: Viewport = { themeColor: "#0b4f8a", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <LocalizedLink locale={locale} path="/" className="brand" englishOnlyNote="" aria-label={t("brandHome")}>
              <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="brand__mark">
                <circle cx="14" cy="14" r="13" fill="currentColor" />
                <path d="M14 6v16M6 14h16" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
              </svg>
              <span>IR Finder</span>
            </LocalizedLink>
            <nav aria-label={t("navMain")} className="site-nav">
              <LocalizedLink locale={locale} path="/search" englishOnlyNote={t("englishOnly")} restoresSearch>
                {t("findDoctor")}
              </LocalizedLink>
              <LocalizedLink locale={locale} path="/procedures" englishOnlyNote={t("englishOnly")}>
                {t("guides")}
              </LocalizedLink>
              <Suspense fallback={null}>
                <LanguageSwitch />
              </Suspense>
            </nav>
          </div>
        </header>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
