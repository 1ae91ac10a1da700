// Page links under the result list (plain links: they work without JavaScript and can be shared).
import Link from "next/link";
import { ENGLISH_SEARCH, linkState, searchHref, type TSearchSite } from "@/components/search/search-params";
import { translator } from "@/lib/i18n/messages";

type TProps = { total: number; lowerBound: boolean; page: number; pageSize: number; raw: Record<string, string>; site?: TSearchSite };

export function Pagination({ total, lowerBound, page, pageSize, raw, site = ENGLISH_SEARCH }: TProps) {
  const t = translator(site.lang);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const href = (p: number) => searchHref({ ...linkState(raw, site), page: p }, site);
  const window = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t("Pagination.label")}>
      {page > 1 ? (
        <Link prefetch={false} className="button button--secondary" href={href(page - 1)} rel="prev">
          {t("Pagination.previous")}
        </Link>
      ) : null}
      <ul className="pagination__pages">
        {window.map((p, i) => (
          <li key={p}>
            {i > 0 && p - (window[i - 1] ?? p) > 1 ? (
              <span className="pagination__gap" aria-hidden="true">
                …
              </span>
            ) : null}
            {p === page ? (
              <span className="pagination__current" aria-current="page">
                <span className="sr-only">{t("Pagination.page")}</span>
                {p}
              </span>
            ) : (
              <Link prefetch={false} href={href(p)} className="pagination__link">
                <span className="sr-only">{t("Pagination.page")}</span>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pages || lowerBound ? (
        page < pages ? (
          <Link prefetch={false} className="button button--secondary" href={href(page + 1)} rel="next">
            {t("Pagination.next")}
          </Link>
        ) : null
      ) : null}
    </nav>
  );
}
