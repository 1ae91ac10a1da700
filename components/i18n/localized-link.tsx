// A link from a page in one language to a language-neutral path: the twin in that language when it exists, else
// the English page, marked "(en inglés)" and loaded in full (the root layout, html lang included, is per language).
import Link from "next/link";
import type { ReactNode } from "react";
import { linkFor, type TLocale } from "@/lib/i18n/locales";

export function LocalizedLink({
  locale,
  path,
  englishOnlyNote,
  className,
  "aria-label": ariaLabel,
  children,
}: {
  locale: TLocale;
  path: string;
  /** Shown after the text when the target is only in English, e.g. "(en inglés)". */
  englishOnlyNote: string;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}) {
  const target = linkFor(locale, path);
  if (target.locale === locale) {
    return (
      <Link href={target.href} className={className} aria-label={ariaLabel}>
        {children}
      </Link>
    );
  }
  return (
    <a href={target.href} hrefLang={target.locale} className={className} aria-label={ariaLabel}>
      {children}
      {englishOnlyNote ? <span className="small"> {englishOnlyNote}</span> : null}
    </a>
  );
}
