// The site footer in the page's language: what IR Finder is (and is not), patient links, developer and clinic links
// (English-only pages, marked as such on Spanish pages).
import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "@/components/i18n/localized-link";
import type { TLocale } from "@/lib/i18n/locales";

export async function SiteFooter({ locale }: { locale: TLocale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  const englishOnly = (await getTranslations({ locale, namespace: "Layout" }))("englishOnly");
  const link = (path: string, text: string) => (
    <LocalizedLink locale={locale} path={path} englishOnlyNote={englishOnly} restoresSearch={path === "/search"}>
      {text}
    </LocalizedLink>
  );
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("about")}</p>
        <nav aria-labelledby="footer-patients" className="site-footer__group">
          <h2 id="footer-patients" className="site-footer__heading">
            {t("patients")}
          </h2>
          <div className="site-footer__links">
            {link("/search", t("findDoctor"))}
            {link("/procedures", t("guides"))}
            {link("/conditions/vertebral-compression-fractures", t("vcf"))}
          </div>
        </nav>
        {/* Kept as its own group so it can move out of the patient footer as a unit. */}
        <nav aria-labelledby="footer-developers" className="site-footer__group">
          <h2 id="footer-developers" className="site-footer__heading">
            {t("developers")}
          </h2>
          <div className="site-footer__links">
            {link("/developers", t("api"))}
            {link("/portal", t("portal"))}
          </div>
        </nav>
      </div>
    </footer>
  );
}
