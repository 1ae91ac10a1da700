// Page links under the result list (plain links: they work without JavaScript and can be shared).
import Link from "next/link";
import { linkState, searchHref } from "@/components/search/search-params";

type TProps = { total: number; lowerBound: boolean; page: number; pageSize: number; raw: Record<string, string> };

export function Pagination({ total, lowerBound, page, pageSize, raw }: TProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const href = (p: number) => searchHref({ ...linkState(raw), page: p });
  const window = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label="Result pages">
      {page > 1 ? (
        <Link prefetch={false} className="button button--secondary" href={href(page - 1)} rel="prev">
          ← Previous
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
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link prefetch={false} href={href(p)} className="pagination__link">
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pages || lowerBound ? (
        page < pages ? (
          <Link prefetch={false} className="button button--secondary" href={href(page + 1)} rel="next">
            Next →
          </Link>
        ) : null
      ) : null}
    </nav>
  );
}
