// "Home › Section › This page" trail at the top of detail pages.
import Link from "next/link";
import { localizedPath, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

type TProps = { trail: Array<{ href: string; label: string }>; current: string; locale?: TLocale };

export function Breadcrumbs({ trail, current, locale = "en" }: TProps) {
  const t = translator(locale);
  return (
    <nav aria-label={t("Contact.breadcrumb")} className="breadcrumbs">
      <ol>
        <li>
          <Link href={localizedPath(locale, "/")}>{t("Contact.home")}</Link>
        </li>
        {trail.map((t) => (
          <li key={t.href}>
            <Link href={t.href}>{t.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
