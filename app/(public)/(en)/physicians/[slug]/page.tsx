// /physicians/[slug]: the physician page in English (the page itself is shared: app/(public)/_views/physician-page.tsx).
import type { Metadata } from "next";
import { PhysicianPage, physicianMetadata } from "@/app/(public)/_views/physician-page";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

export function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  return physicianMetadata("en", params);
}

export default function EnglishPhysicianPage({ params }: { params: TParams }) {
  return <PhysicianPage locale="en" params={params} />;
}
