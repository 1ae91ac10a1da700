// Root layout: document shell, site header and footer, skip link and default metadata for every page.
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { env } from "@/lib/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: "IR Finder — find an interventional radiologist near you", template: "%s · IR Finder" },
    description:
      "Find a board-certified interventional radiologist near you who performs vertebroplasty, kyphoplasty and other image-guided procedures.",
    openGraph: { siteName: "IR Finder", type: "website", locale: "en_US" },
    twitter: { card: "summary" },
    formatDetection: { telephone: false },
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }] },
  };
}

export const viewport: Viewport = { themeColor: "#0b4f8a", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="brand" aria-label="IR Finder home">
              <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="brand__mark">
                <circle cx="14" cy="14" r="13" fill="currentColor" />
                <path d="M14 6v16M6 14h16" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
              </svg>
              <span>IR Finder</span>
            </Link>
            <nav aria-label="Main" className="site-nav">
              <Link href="/search">Find a doctor</Link>
              <Link href="/procedures">Conditions &amp; procedures</Link>
            </nav>
          </div>
        </header>
        {children}
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              IR Finder lists interventional radiologists from public data (NPPES, CMS) and updates from clinics. It is not medical advice:
              talk to your own doctor about what is right for you. In an emergency, call 911.
            </p>
            <nav aria-labelledby="footer-patients" className="site-footer__group">
              <h2 id="footer-patients" className="site-footer__heading">
                For patients
              </h2>
              <div className="site-footer__links">
                <Link href="/search">Find a doctor</Link>
                <Link href="/procedures">Conditions &amp; procedures</Link>
                <Link href="/conditions/vertebral-compression-fractures">Compression fractures</Link>
              </div>
            </nav>
            {/* Kept as its own group so it can move out of the patient footer as a unit. */}
            <nav aria-labelledby="footer-developers" className="site-footer__group">
              <h2 id="footer-developers" className="site-footer__heading">
                For developers and clinics
              </h2>
              <div className="site-footer__links">
                <Link href="/developers">Open directory API</Link>
                <Link href="/portal">Clinic portal</Link>
              </div>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
