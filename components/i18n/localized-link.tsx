// A link from a page in one language to a language-neutral path: the twin in that language when it exists, else
// the English page, marked "(en inglés)" and loaded in full (the root layout, html lang included, is per language).
import Link from "next/link";
import type { ReactNode } from "react";
import { LastSearchLink } from "@/components/search/last-search";
import { linkFor, type TLocale } from "@/lib/i18n/locales";

export function LocalizedLink({
  locale,
  path,
  englishOnlyNote,
  className,
  "aria-label": ariaLabel,
  restoresSearch = false,
  children,
}: {
  locale: TLocale;
  path: string;
  /** Shown after the text when the target is only in English, e.g. "(en inglés)". */
  englishOnlyNote: string;
  className?: string;
  "aria-label"?: string;
  /** A link to the search page that reopens this tab's last search once the page runs (components/search/last-search). */
  restoresSearch?: boolean;
  children: ReactNode;
}) {
  const target = linkFor(locale, path);
  if (restoresSearch) {
    const other = target.locale !== locale;
    return (
      <LastSearchLink
        path={target.href}
        hardNavigation={other}
        hrefLang={other ? target.locale : undefined}
        className={className}
        aria-label={ariaLabel}
      >
        {children}
        {other && englishOnlyNote ? <span className="small"> {englishOnlyNote}</span> : null}
      </LastSearchLink>
    );
  }
  if (target.locale === locale) {
    // Not prefetched: these are the header's, footer's and breadcrumbs' links, on every page; prefetching them cost a
    // phone two or three requests after each load for pages rarely opened next (decision 063).
    return (
      <Link href={target.href} prefetch={false} className={className} aria-label={ariaLabel}>
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
