// Home page: one search form (location + procedure or condition), quick searches and a short plain-language intro.
import type { Metadata } from "next";
import Link from "next/link";
import { HomeSearchForm } from "@/components/search/home-search-form";
import { QuickSearches } from "@/components/search/quick-searches";
import { JsonLd } from "@/components/ui/json-ld";
import { env } from "@/lib/env";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "IR Finder — find an interventional radiologist near you" },
  description:
    "Find an interventional radiologist near you who performs kyphoplasty, vertebroplasty and other image-guided treatments. See board certification, distance, phone numbers and who is accepting new patients.",
  alternates: { canonical: "/" },
  openGraph: {
    title: "IR Finder — find an interventional radiologist near you",
    description: "Search by ZIP code or city and by procedure or condition. Free, no sign-up, no tracking.",
    url: "/",
  },
};

export default function HomePage() {
  const site = env().SITE_URL.replace(/\/$/, "");
  return (
    <main id="main">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: "IR Finder",
          url: `${site}/`,
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${site}/search?near={near}` },
            "query-input": "required name=near",
          },
        }}
      />
      <section className="hero">
        <div className="hero__inner">
          <div className="hero__text">
            <h1 className="hero__title">Find a doctor who treats it without open surgery</h1>
            <p className="hero__lead">
              Interventional radiologists use x-ray and scans to guide a needle or a thin tube, treating problems like a painful spine
              fracture through a tiny nick in the skin. Search near you by procedure or condition.
            </p>
          </div>
          <div className="hero__card">
            <HomeSearchForm />
            <QuickSearches formId="home-search" />
          </div>
        </div>
      </section>

      <section className="page home-sections" aria-labelledby="about-heading">
        <h2 id="about-heading" className="section-title">
          Broken bone in the spine?
        </h2>
        <div className="cards-3">
          <article className="info-card">
            <h3>
              <Link href="/conditions/vertebral-compression-fractures">Vertebral compression fractures</Link>
            </h3>
            <p>
              Thin bones from osteoporosis can crack and collapse, causing sudden back pain that may last for months. Learn the signs and
              how it is diagnosed.
            </p>
          </article>
          <article className="info-card">
            <h3>
              <Link href="/procedures/vertebroplasty">Vertebroplasty</Link>
            </h3>
            <p>Bone cement is injected through a needle into the broken bone to steady it. Most people go home the same day.</p>
          </article>
          <article className="info-card">
            <h3>
              <Link href="/procedures/kyphoplasty">Kyphoplasty</Link>
            </h3>
            <p>A small balloon first makes space inside the bone, then cement fills it. Most people are up and about within days.</p>
          </article>
        </div>

        <h2 className="section-title">What you can check before you call</h2>
        <ul className="checklist">
          <li>
            <strong>Who actually does the procedure</strong> — search by procedure or condition, not just a specialty label.
          </li>
          <li>
            <strong>Board certification</strong> — shown only when verified, with the date we checked.
          </li>
          <li>
            <strong>New patients, phone and directions</strong> — and when each listing was last confirmed.
          </li>
          <li>
            <strong>Private by design</strong> — no account, no tracking. Your location stays in your browser until you search.
          </li>
        </ul>
        <p>
          <Link href="/procedures" className="arrow-link">
            All conditions and procedures
          </Link>
        </p>
      </section>
    </main>
  );
}
