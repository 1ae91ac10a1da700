// Root layout of the clinic portal (English only): the site's shell around the portal's own (portal/layout.tsx).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteShell, siteMetadata, siteViewport } from "@/components/layout/site-shell";

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata("en");
}

export const viewport = siteViewport;

export default function PortalRootLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
