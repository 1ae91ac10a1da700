"use client";
// Remembers the last search (in this tab only, never sent anywhere) so profiles and clinic pages can offer
// "Back to results" that restores it: the URL is the whole search state.
import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";

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

const TEXT = { back: "Back to results" };

/** "← Back to results" when this tab came from a search; nothing otherwise (e.g. a shared link). */
function readLastSearch(): string | null {
  try {
    const v = sessionStorage.getItem(KEY);
    return v && v.startsWith("/search") ? v : null;
  } catch {
    return null;
  }
}
const noSubscription = () => () => {};

export function BackToResults() {
  const href = useSyncExternalStore(noSubscription, readLastSearch, () => null);
  return (
    <p className="back-to-results">
      {href ? (
        <Link href={href} className="back-link">
          {TEXT.back}
        </Link>
      ) : null}
    </p>
  );
}
