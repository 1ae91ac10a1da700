// The document shell every page shares: html lang, skip link, site header and footer, default metadata. Each
// language has its own root layout (app/(public)/(en), app/(public)/es, app/(portal)) that renders this shell with
// its locale, so no page needs the request to know its language and data-free pages can be prerendered (decision 068).
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitchSlot } from "@/components/i18n/language-switch";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { SiteFooter } from "@/components/i18n/site-footer";
import { env } from "@/lib/env";
import { OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import "@/app/globals.css";

export async function siteMetadata(locale: TLocale): Promise<Metadata> {
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

export const siteViewport: Viewport = { themeColor: "#0b4f8a", width: "device-width", initialScale: 1 };

export async function SiteShell({ locale, children }: { locale: TLocale; children: ReactNode }) {
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
              <LanguageSwitchSlot />
            </nav>
          </div>
        </header>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
