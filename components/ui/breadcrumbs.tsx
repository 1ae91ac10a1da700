// "Home › Section › This page" trail at the top of detail pages.
import Link from "next/link";
import { LastSearchLink } from "@/components/search/last-search";
import { localizedPath, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

/** `restoresSearch`: the crumb is the search page and reopens this tab's last search (components/search/last-search). */
type TCrumb = { href: string; label: string; restoresSearch?: boolean };

type TProps = { trail: TCrumb[]; current: string; locale?: TLocale };

export function Breadcrumbs({ trail, current, locale = "en" }: TProps) {
  const t = translator(locale);
  return (
    <nav aria-label={t("Contact.breadcrumb")} className="breadcrumbs">
      <ol>
        <li>
          <Link href={localizedPath(locale, "/")} prefetch={false}>
            {t("Contact.home")}
          </Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            {crumb.restoresSearch ? (
              <LastSearchLink path={crumb.href}>{crumb.label}</LastSearchLink>
            ) : (
              <Link href={crumb.href} prefetch={false}>
                {crumb.label}
              </Link>
            )}
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
