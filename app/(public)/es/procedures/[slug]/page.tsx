// /es/procedures/[slug]: the procedure guide in Spanish, ending in a prefilled search (the page itself is shared: app/(public)/_views/guide-page.tsx).
import type { Metadata } from "next";
import { GuidePage, guideMetadata, type TParams } from "@/app/(public)/_views/guide-page";

// Rendered per request (the language switch needs the request's query; decision 053), from the reference catalogue.
export const dynamic = "force-dynamic";

export function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  return guideMetadata("es", "procedure", params);
}

export default function SpanishProcedurePage({ params }: { params: TParams }) {
  return <GuidePage locale="es" kind="procedure" params={params} />;
}
