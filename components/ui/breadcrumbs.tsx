// "Home › Section › This page" trail at the top of detail pages.
import Link from "next/link";
import { LastSearchLink } from "@/components/search/last-search";

/** `restoresSearch`: the crumb is the search page and reopens this tab's last search (components/search/last-search). */
type TCrumb = { href: string; label: string; restoresSearch?: boolean };

export function Breadcrumbs({ trail, current }: { trail: TCrumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">Home</Link>
        </li>
        {trail.map((t) => (
          <li key={t.href}>
            {t.restoresSearch ? <LastSearchLink path={t.href}>{t.label}</LastSearchLink> : <Link href={t.href}>{t.label}</Link>}
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
