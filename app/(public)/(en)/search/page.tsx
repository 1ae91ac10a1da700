// /search: the patient search in English (the page itself is shared with /es/search: app/(public)/_views).
import type { Metadata } from "next";
import { SearchPage, searchMetadata, type TSearchParams } from "@/app/(public)/_views/search-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

export function generateMetadata({ searchParams }: { searchParams: TSearchParams }): Promise<Metadata> {
  return searchMetadata("en", searchParams);
}

export default function EnglishSearchPage({ searchParams }: { searchParams: TSearchParams }) {
  return <SearchPage locale="en" searchParams={searchParams} />;
}
