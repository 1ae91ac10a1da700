"use client";
// Remembers the last search (in this tab only, never sent anywhere) so profiles and clinic pages can offer
// "Back to results" that restores it: the URL is the whole search state.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";
import { ENGLISH_SEARCH, searchHref, type TSearchSite } from "@/components/search/search-params";

const KEY = "irf:last-search";

/** Mounted on /search: stores the current URL whenever it changes. */
export function RememberSearch({ href }: { href: string }) {
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, href);
    } catch {
      // Storage can be off (private modes); the back link then simply does not show.
    }
  }, [href]);
  return null;
}

/** The last search's URL in this tab, if any ("/search?near=…", "/es/search?near=…"). */
export function readLastSearch(): string | null {
  try {
    const v = sessionStorage.getItem(KEY);
    return v && (v.startsWith("/search") || v.startsWith("/es/search")) ? v : null;
  } catch {
    return null;
  }
}
const noSubscription = () => () => {};

/** "← Back to results" when this tab came from a search; nothing otherwise (e.g. a shared link). */
export function BackToResults({ label = "Back to results" }: { label?: string }) {
  const href = useSyncExternalStore(noSubscription, readLastSearch, () => null);
  return (
    <p className="back-to-results">
      {href ? (
        <Link href={href} className="back-link">
          {label}
        </Link>
      ) : null}
    </p>
  );
}

/** Where the person last searched ("10001", "Boston, MA", a point) and how far, so a new search can start there. */
export function lastSearchPlace(): { near: string; radius: number } | null {
  const href = readLastSearch();
  if (!href) return null;
  const q = new URL(href, "http://x").searchParams;
  const near = q.get("near")?.trim();
  return near ? { near, radius: Number(q.get("radius") ?? 25) || 25 } : null;
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
    <Link href={href} className={className} onClick={go}>
      {children}
    </Link>
  );
}
