// /procedures: index of every condition and procedure in the catalogue, linking to their guides.
import type { Metadata } from "next";
import Link from "next/link";
import { CONDITION_TOPICS, PROCEDURE_TOPICS } from "@/lib/content/topics";
import { languageAlternates } from "@/lib/i18n/locales";

// Prerendered at build time from the reference catalogue in code (decision 068).

export const metadata: Metadata = {
  title: "Conditions and procedures",
  description:
    "Plain-language guides to the conditions interventional radiologists treat and the image-guided procedures they perform, from kyphoplasty to fibroid embolization.",
  alternates: languageAlternates("en", "/procedures"),
};

export default function ProceduresIndexPage() {
  return (
    <main id="main" className="page">
      <h1>Conditions and procedures</h1>
      <p className="article__lead">
        Interventional radiologists treat many conditions through a needle or a thin tube, guided by x-ray, ultrasound or CT. Start with
        what you have been told you have, or with the procedure your doctor mentioned.
      </p>
      <h2 className="section-title">Conditions</h2>
      <ul className="topic-grid">
        {CONDITION_TOPICS.map((x) => (
          <li key={x.slug}>
            <h3>
              <Link href={`/conditions/${x.slug}`}>{x.name}</Link>
            </h3>
            <p>{x.summary}</p>
          </li>
        ))}
      </ul>
      <h2 className="section-title">Procedures</h2>
      <ul className="topic-grid">
        {PROCEDURE_TOPICS.map((x) => (
          <li key={x.slug}>
            <h3>
              <Link href={`/procedures/${x.slug}`}>{x.name}</Link>
            </h3>
            <p>{x.summary}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
