"use client";
// The home page's "Popular" searches. A tap keeps what was already typed in the form (location, distance), so a
// ZIP entered first is never thrown away; without JavaScript they are plain links.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { searchHref } from "@/components/search/search-params";

const TEXT = { label: "Popular:" };

export const QUICK_SEARCHES = [
  { slug: "kyphoplasty", label: "Kyphoplasty" },
  { slug: "vertebroplasty", label: "Vertebroplasty" },
  { slug: "vertebral-compression-fractures", label: "Compression fracture" },
] as const;

export function QuickSearches({ formId }: { formId: string }) {
  const router = useRouter();
  const go = (e: MouseEvent<HTMLAnchorElement>, procedure: string) => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const data = new FormData(form);
    const near = String(data.get("near") ?? "").trim();
    const radius = Number(data.get("radius") ?? 25);
    e.preventDefault();
    router.push(searchHref({ near, radius: Number.isFinite(radius) ? radius : 25, procedure }));
  };
  return (
    <p className="quick-links">
      <span className="quick-links__label">{TEXT.label}</span>
      {QUICK_SEARCHES.map((q) => (
        <Link key={q.slug} href={searchHref({ procedure: q.slug })} onClick={(e) => go(e, q.slug)}>
          {q.label}
        </Link>
      ))}
    </p>
  );
}
