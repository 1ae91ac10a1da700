"use client";
// Remembers the last search (in this tab only, in sessionStorage) so every way back to search — the header's
// "Find a doctor", the footer, breadcrumbs, "Back to results" on profiles and clinic pages — restores it.
// The server never sees it until the person follows such a link: links are rendered as plain "/search" (the same
// HTML for everyone, so shared caches stay safe), take the stored search only in the browser, and are never
// prefetched (a prefetch would send the search with every page view). Decision 062.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";
import { ENGLISH_SEARCH, readSearchState, restorableSearchQuery, searchHref, type TSearchSite } from "@/components/search/search-params";

const KEY = "irf:last-search";

// Same-tab changes (a new search while the header is on screen) do not fire "storage" events: notify by hand.
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Mounted on /search: stores the current URL whenever it changes. */
export function RememberSearch({ href }: { href: string }) {
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, href);
    } catch {
      // Storage can be off (private modes); links then simply go to a new search.
    }
    for (const l of listeners) l();
  }, [href]);
  return null;
}

/** The last search in this tab as a canonical query string ("near=10001&procedure=kyphoplasty"), or null. */
export function readLastSearchQuery(): string | null {
  try {
    return restorableSearchQuery(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

function useLastSearchQuery(): string | null {
  // null on the server and during hydration (the HTML is the same for everyone), the stored search after.
  return useSyncExternalStore(subscribe, readLastSearchQuery, () => null);
}

type TLinkProps = {
  /** The search page in the page's language ("/search", "/es/search"). */
  path?: string;
  /** A full page load (a link into the other language's pages). */
  hardNavigation?: boolean;
  hrefLang?: string;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
};

/** A link to the search page that reopens the last search of this tab; a plain link to a new search without one. */
export function LastSearchLink({
  path = "/search",
  hardNavigation = false,
  hrefLang,
  className,
  "aria-label": ariaLabel,
  children,
}: TLinkProps) {
  const query = useLastSearchQuery();
  const href = query ? `${path}?${query}` : path;
  if (hardNavigation)
    return (
      <a href={href} hrefLang={hrefLang} className={className} aria-label={ariaLabel}>
        {children}
      </a>
    );
  return (
    <Link href={href} prefetch={false} className={className} aria-label={ariaLabel}>
      {children}
    </Link>
  );
}

const TEXT = { back: "Back to results" };

/** "← Back to results" when this tab came from a search; nothing otherwise (e.g. a shared link). */
export function BackToResults({ path = "/search", label = TEXT.back }: { path?: string; label?: string }) {
  const query = useLastSearchQuery();
  return (
    <p className="back-to-results">
      {query ? (
        <Link href={`${path}?${query}`} prefetch={false} className="back-link">
          {label}
        </Link>
      ) : null}
    </p>
  );
}

/** Where the person last searched ("10001", "Boston, MA", a point) and how far, so a new search can start there. */
export function lastSearchPlace(): { near: string; radius: number } | null {
  const query = readLastSearchQuery();
  if (!query) return null;
  const state = readSearchState((k) => new URLSearchParams(query).get(k));
  return { near: state.near, radius: state.radius };
}

/**
 * A link to a search for one procedure or condition that keeps the place of the last search in this tab (a plain
 * link without JavaScript, or when there was none).
 */
export function SearchHereLink({
  procedure,
  className,
  site = ENGLISH_SEARCH,
  children,
}: {
  procedure: string;
  className?: string;
  site?: TSearchSite;
  children: ReactNode;
}) {
  const router = useRouter();
  const href = searchHref({ procedure }, site);
  const go = (e: MouseEvent<HTMLAnchorElement>) => {
    const place = lastSearchPlace();
    if (!place || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    router.push(searchHref({ ...place, procedure }, site));
  };
  return (
    <Link href={href} prefetch={false} className={className} onClick={go}>
      {children}
    </Link>
  );
}
