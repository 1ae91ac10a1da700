// /es/search: the patient search in Spanish, with "only doctors who speak Spanish" suggested (on unless turned off).
import type { Metadata } from "next";
import { SearchPage, searchMetadata, type TSearchParams } from "@/app/(public)/_views/search-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

export function generateMetadata({ searchParams }: { searchParams: TSearchParams }): Promise<Metadata> {
  return searchMetadata("es", searchParams);
}

export default function SpanishSearchPage({ searchParams }: { searchParams: TSearchParams }) {
  return <SearchPage locale="es" searchParams={searchParams} />;
}
