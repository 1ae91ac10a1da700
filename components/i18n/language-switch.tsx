"use client";
// "Español" / "English": the same page in the other language, with the current query string (search state) kept.
import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import styles from "@/components/i18n/language-switch.module.css";
import { switchTarget, type TLocale } from "@/lib/i18n/locales";

/** Each language names itself, in itself, so a reader finds their own whatever the page's language. */
const SELF_NAME: Readonly<Record<TLocale, string>> = { en: "English", es: "Español" };

function Globe() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className={styles.icon}>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}

function LanguageSwitch() {
  const pathname = usePathname();
  const search = useSearchParams();
  const target = switchTarget(pathname, search.toString());
  if (!target) return null;
  // A full page load, not a client navigation: each language has its own root layout (html lang, header).
  return (
    <a className={styles.switch} href={target.href} hrefLang={target.locale} lang={target.locale} data-testid="language-switch">
      <Globe />
      {SELF_NAME[target.locale]}
    </a>
  );
}

/**
 * What a prerendered page carries until it hydrates: the query string is only known in the browser, and a link
 * without it would drop the search (or section) a reader clicked from. So it holds the switch's place, unseen and
 * unclickable, and the real link replaces it on hydration (no layout shift, no wrong link; decision 068).
 */
function LanguageSwitchPlaceholder() {
  const target = switchTarget(usePathname());
  if (!target) return null;
  return (
    <span className={`${styles.switch} ${styles.pending}`} aria-hidden="true">
      <Globe />
      {SELF_NAME[target.locale]}
    </span>
  );
}

/** The switch's place in the header: rendered on the server for per-request pages, after hydration on prerendered ones. */
export function LanguageSwitchSlot() {
  return (
    <Suspense fallback={<LanguageSwitchPlaceholder />}>
      <LanguageSwitch />
    </Suspense>
  );
}
