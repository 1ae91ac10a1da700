"use client";
// "Español" / "English": the same page in the other language, with the current query string (search state) kept.
import { usePathname, useSearchParams } from "next/navigation";
import styles from "@/components/i18n/language-switch.module.css";
import { switchTarget, type TLocale } from "@/lib/i18n/locales";

/** Each language names itself, in itself, so a reader finds their own whatever the page's language. */
const SELF_NAME: Readonly<Record<TLocale, string>> = { en: "English", es: "Español" };

export function LanguageSwitch() {
  const pathname = usePathname();
  const search = useSearchParams();
  const target = switchTarget(pathname, search.toString());
  if (!target) return null;
  // A full page load, not a client navigation: the root layout (html lang, header) belongs to one language.
  return (
    <a className={styles.switch} href={target.href} hrefLang={target.locale} lang={target.locale} data-testid="language-switch">
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className={styles.icon}>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </svg>
      {SELF_NAME[target.locale]}
    </a>
  );
}
