"use client";
// The home page's "Popular" searches. A tap keeps what was already typed in the form (location, distance), so a
// ZIP entered first is never thrown away; without JavaScript they are plain links.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { lastSearchPlace } from "@/components/search/last-search";
import { searchHref } from "@/components/search/search-params";
import { useSearchText } from "@/components/search/search-text";

/** The popular searches: slugs with their short names in the page's language (from the server). */
export type TQuickSearch = { slug: string; label: string };

export function QuickSearches({ formId, items }: { formId: string; items: readonly TQuickSearch[] }) {
  const router = useRouter();
  const { text, site } = useSearchText();
  const go = (e: MouseEvent<HTMLAnchorElement>, procedure: string) => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const data = new FormData(form);
    // What is typed now wins; otherwise the place of the last search in this tab.
    const last = lastSearchPlace();
    const near = String(data.get("near") ?? "").trim() || last?.near || "";
    const radius = Number(data.get("radius") ?? last?.radius ?? 25);
    e.preventDefault();
    router.push(searchHref({ near, radius: Number.isFinite(radius) ? radius : 25, procedure }, site));
  };
  return (
    <p className="quick-links">
      <span className="quick-links__label">{text.popular}</span>
      {items.map((q) => (
        <Link key={q.slug} href={searchHref({ procedure: q.slug }, site)} prefetch={false} onClick={(e) => go(e, q.slug)}>
          {q.label}
        </Link>
      ))}
    </p>
  );
}
