// A condition or procedure page in either language: the written guide when we have one, otherwise the catalogue
// summary; an urgent-symptoms callout, questions to ask, a search to end with, then review and sources.
import { UrgentCallout } from "@/components/content/urgent-callout";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { ENGLISH_SEARCH, SPANISH_SEARCH } from "@/components/search/search-params";
import { SearchHereLink } from "@/components/search/last-search";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateIn } from "@/components/format";
import { JsonLd } from "@/components/ui/json-ld";
import type { TEducationPage } from "@/lib/content/education";
import { nameMidSentence, type TGuideTopic } from "@/lib/content/guides";
import { localizedPath, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

const topicPath = (kind: "condition" | "procedure", slug: string) => `/${kind === "condition" ? "conditions" : "procedures"}/${slug}`;

/** schema.org: the page (in its language) about a MedicalCondition or MedicalProcedure. */
function structuredData(locale: TLocale, topic: TGuideTopic, page: TEducationPage | undefined, siteUrl: string): Record<string, unknown> {
  const title = page?.title ?? topic.name;
  const about =
    topic.kind === "condition"
      ? {
          "@type": "MedicalCondition",
          name: title,
          ...(page?.schema.alternateName ? { alternateName: page.schema.alternateName } : {}),
          possibleTreatment: topic.related
            .filter((r) => r.kind === "procedure")
            .map((r) => ({ "@type": "MedicalProcedure", name: r.name })),
        }
      : {
          "@type": "MedicalProcedure",
          name: title,
          procedureType: "https://schema.org/PercutaneousProcedure",
          ...(page?.schema.alternateName ? { alternateName: page.schema.alternateName } : {}),
          ...(page?.schema.bodyLocation ? { bodyLocation: page.schema.bodyLocation } : {}),
          ...(topic.cptCodes?.length
            ? { code: topic.cptCodes.map((c) => ({ "@type": "MedicalCode", codeValue: c, codingSystem: "CPT" })) }
            : {}),
        };
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    inLanguage: locale,
    name: title,
    url: `${siteUrl}${localizedPath(locale, topicPath(topic.kind, topic.slug))}`,
    description: page?.description ?? topic.summary,
    about,
  };
}

export function GuideArticle({
  locale,
  topic,
  page,
  siteUrl,
}: {
  locale: TLocale;
  topic: TGuideTopic;
  page: TEducationPage | undefined;
  siteUrl: string;
}) {
  const t = translator(locale);
  const englishOnly = t("Layout.englishOnly");
  const title = page?.title ?? topic.name;
  const isCondition = topic.kind === "condition";
  // "who offer kyphoplasty", "who offer treatment for …"; a condition without a written guide: "who treat this condition".
  const ctaText = page
    ? t("Article.ctaText", { label: page.searchLabel })
    : isCondition
      ? t("Article.ctaTextCondition")
      : t("Article.ctaText", { label: nameMidSentence(topic.name) });
  return (
    <main id="main" className="page page--narrow" lang={locale}>
      <JsonLd data={structuredData(locale, topic, page, siteUrl)} />
      <Breadcrumbs
        locale={locale}
        trail={[{ href: localizedPath(locale, "/procedures"), label: t("Article.breadcrumbGuides") }]}
        current={title}
      />
      <article className="article" aria-labelledby="article-title">
        <p className="muted small">{isCondition ? t("Article.condition") : t("Article.procedure")}</p>
        <h1 id="article-title">{title}</h1>
        <p className="article__lead">{page?.lead ?? topic.summary}</p>

        {page ? (
          <>
            <nav className="article-toc" aria-labelledby="toc-heading">
              <h2 id="toc-heading">{t("Article.onThisPage")}</h2>
              <ul>
                {page.sections.map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`}>{s.heading}</a>
                  </li>
                ))}
                <li>
                  <a href="#questions">{t("Article.questions")}</a>
                </li>
              </ul>
            </nav>
            {page.sections.map((s) =>
              s.urgent ? (
                <UrgentCallout key={s.id} section={s} />
              ) : (
                <section key={s.id} aria-labelledby={s.id}>
                  <h2 id={s.id}>{s.heading}</h2>
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
              ),
            )}
            <section aria-labelledby="questions">
              <h2 id="questions">{t("Article.questions")}</h2>
              <ul>
                {page.questions.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            </section>
          </>
        ) : null}

        {topic.cptCodes?.length ? <p className="small muted">{t("Article.cptCodes", { codes: topic.cptCodes.join(", ") })}</p> : null}

        {topic.related.length ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{isCondition ? t("Article.treatments") : t("Article.treats")}</h2>
            <ul>
              {topic.related.map((r) => (
                <li key={`${r.kind}-${r.slug}`}>
                  <LocalizedLink locale={locale} path={topicPath(r.kind, r.slug)} englishOnlyNote={englishOnly}>
                    {r.name}
                  </LocalizedLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <div className="cta">
          <h2>{isCondition ? t("Article.ctaHeadingCondition") : t("Article.ctaHeading")}</h2>
          <p>{ctaText}</p>
          <SearchHereLink
            className="button button--primary"
            procedure={page?.searchProcedure ?? topic.slug}
            site={locale === "es" ? SPANISH_SEARCH : ENGLISH_SEARCH}
          >
            {t("Article.ctaButton")}
          </SearchHereLink>
        </div>
        {page ? (
          <footer className="article__trust">
            <p className="article__review">
              {page.review
                ? t("Article.reviewed", {
                    reviewer: `${page.review.reviewer}, ${page.review.credentials}`,
                    date: formatDateIn(page.review.reviewedOn, locale),
                  })
                : t("Article.notReviewed")}
            </p>
            <h2 className="article__sources-title" id="sources-heading">
              {t("Article.sources")}
            </h2>
            <ul aria-labelledby="sources-heading" className="article__sources">
              {page.sources.map((src) => {
                // A source in another language than the page says so, and is marked up in its own language.
                const other = src.lang !== undefined && src.lang !== locale;
                return (
                  <li key={src.url}>
                    <span lang={other ? src.lang : undefined}>
                      <a href={src.url} hrefLang={other ? src.lang : undefined} rel="noopener noreferrer">
                        {src.title}
                      </a>{" "}
                      — {src.publisher}
                    </span>
                    {other ? ` ${englishOnly}` : null}
                  </li>
                );
              })}
            </ul>
            <p className="small muted">{page.reviewedNote}</p>
          </footer>
        ) : null}
      </article>
    </main>
  );
}
