// Root layout of the English public pages (each language has its own root layout: decision 068).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteShell, siteMetadata, siteViewport } from "@/components/layout/site-shell";

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata("en");
}

export const viewport = siteViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
