// /clinics/[slug]: the clinic page in English (the page itself is shared: app/(public)/_views/clinic-page.tsx).
import type { Metadata } from "next";
import { ClinicPage, clinicMetadata } from "@/app/(public)/_views/clinic-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

export function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  return clinicMetadata("en", params);
}

export default function EnglishClinicPage({ params }: { params: TParams }) {
  return <ClinicPage locale="en" params={params} />;
}
