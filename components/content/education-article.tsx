// A condition or procedure page: the written guide when we have one, otherwise the catalogue summary; both end in
// a prefilled search.
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JsonLd } from "@/components/ui/json-ld";
import type { TEducationPage } from "@/lib/content/education";
import { formatDate } from "@/components/format";

// Sentences this component adds around the content, in one place.
const TEXT = {
  reviewed: (who: string, when: string) => `Medically reviewed by ${who} on ${when}.`,
  notReviewed: "Medical review: this page has not yet been reviewed by a named clinician. It is written from the sources below.",
  sources: "Sources",
};

type TTopic = {
  kind: "condition" | "procedure";
  slug: string;
  name: string;
  summary: string;
  cptCodes?: string[];
  related: Array<{ kind: "condition" | "procedure"; slug: string; name: string }>;
};

export function EducationArticle({ topic, page, siteUrl }: { topic: TTopic; page: TEducationPage | undefined; siteUrl: string }) {
  const title = page?.title ?? topic.name;
  const url = `${siteUrl}/${topic.kind === "condition" ? "conditions" : "procedures"}/${topic.slug}`;
  const searchHref = `/search?procedure=${encodeURIComponent(page?.searchProcedure ?? topic.slug)}`;
  const ld: Record<string, unknown> =
    topic.kind === "condition"
      ? {
          "@context": "https://schema.org",
          "@type": "MedicalCondition",
          name: title,
          url,
          description: page?.description ?? topic.summary,
          ...(page?.schema.alternateName ? { alternateName: page.schema.alternateName } : {}),
          possibleTreatment: topic.related
            .filter((r) => r.kind === "procedure")
            .map((r) => ({ "@type": "MedicalProcedure", name: r.name })),
        }
      : {
          "@context": "https://schema.org",
          "@type": "MedicalProcedure",
          name: title,
          url,
          description: page?.description ?? topic.summary,
          procedureType: "https://schema.org/PercutaneousProcedure",
          ...(page?.schema.alternateName ? { alternateName: page.schema.alternateName } : {}),
          ...(page?.schema.bodyLocation ? { bodyLocation: page.schema.bodyLocation } : {}),
          ...(topic.cptCodes?.length
            ? { code: topic.cptCodes.map((c) => ({ "@type": "MedicalCode", codeValue: c, codingSystem: "CPT" })) }
            : {}),
        };
  return (
    <main id="main" className="page page--narrow">
      <JsonLd data={ld} />
      <Breadcrumbs trail={[{ href: "/procedures", label: "Conditions & procedures" }]} current={title} />
      <article className="article" aria-labelledby="article-title">
        <p className="muted small">{topic.kind === "condition" ? "Condition" : "Procedure"}</p>
        <h1 id="article-title">{title}</h1>
        <p className="article__lead">{page?.lead ?? topic.summary}</p>

        {page ? (
          <>
            <nav className="article-toc" aria-labelledby="toc-heading">
              <h2 id="toc-heading">On this page</h2>
              <ul>
                {page.sections.map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`}>{s.heading}</a>
                  </li>
                ))}
                <li>
                  <a href="#questions">Questions to ask your doctor</a>
                </li>
              </ul>
            </nav>
            {page.sections.map((s) => (
              <section key={s.id} aria-labelledby={s.id} className={s.urgent ? "urgent-callout" : undefined}>
                <h2 id={s.id}>
                  {s.urgent ? (
                    <span className="urgent-callout__icon" aria-hidden="true">
                      !
                    </span>
                  ) : null}
                  {s.heading}
                </h2>
                {s.paragraphs.map((para, i) => (
                  <p key={i}>{para}</p>
                ))}
                {s.bullets ? (
                  <ul>
                    {s.bullets.map((b, i) => (
                      <li key={i}>{b}</li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
            <section aria-labelledby="questions">
              <h2 id="questions">Questions to ask your doctor</h2>
              <ul>
                {page.questions.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            </section>
          </>
        ) : null}

        {topic.cptCodes?.length ? <p className="small muted">CPT codes: {topic.cptCodes.join(", ")}</p> : null}

        {topic.related.length ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">
              {topic.kind === "condition" ? "Treatments interventional radiologists offer" : "Conditions it treats"}
            </h2>
            <ul>
              {topic.related.map((r) => (
                <li key={`${r.kind}-${r.slug}`}>
                  <Link href={`/${r.kind === "condition" ? "conditions" : "procedures"}/${r.slug}`}>{r.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <div className="cta">
          <h2>Find a doctor who performs this near you</h2>
          <p>
            See interventional radiologists near you who offer {page?.searchLabel.toLowerCase() ?? topic.name.toLowerCase()}, with phone
            numbers and who is taking new patients.
          </p>
          <Link className="button button--primary" href={searchHref}>
            Find a doctor near you
          </Link>
        </div>
        {page ? (
          <footer className="article__trust">
            <p className="article__review">
              {page.review
                ? TEXT.reviewed(`${page.review.reviewer}, ${page.review.credentials}`, formatDate(page.review.reviewedOn))
                : TEXT.notReviewed}
            </p>
            <h2 className="article__sources-title" id="sources-heading">
              {TEXT.sources}
            </h2>
            <ul aria-labelledby="sources-heading" className="article__sources">
              {page.sources.map((src) => (
                <li key={src.url}>
                  <a href={src.url} rel="noopener noreferrer">
                    {src.title}
                  </a>{" "}
                  — {src.publisher}
                </li>
              ))}
            </ul>
            <p className="small muted">{page.reviewedNote}</p>
          </footer>
        ) : null}
      </article>
    </main>
  );
}
