// A condition or procedure page in a given language: the written guide when we have one, otherwise the catalogue
// summary; an urgent-symptoms callout, questions to ask, and a search to end with. Chrome text from the catalogs.
import { getTranslations } from "next-intl/server";
import styles from "@/components/content/guide.module.css";
import { UrgentCallout } from "@/components/content/urgent-callout";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { JsonLd } from "@/components/ui/json-ld";
import type { TGuidePage } from "@/lib/content/education-es";
import type { TGuideTopic } from "@/lib/content/guides";
import { formatDay } from "@/lib/i18n/format";
import { localizedPath, type TLocale } from "@/lib/i18n/locales";

const topicPath = (kind: "condition" | "procedure", slug: string) => `/${kind === "condition" ? "conditions" : "procedures"}/${slug}`;

/** schema.org: the page (in its language) about a MedicalCondition or MedicalProcedure. */
function structuredData(locale: TLocale, topic: TGuideTopic, page: TGuidePage | undefined, siteUrl: string): Record<string, unknown> {
  const title = page?.title ?? topic.name;
  const url = `${siteUrl}${localizedPath(locale, topicPath(topic.kind, topic.slug))}`;
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
    url,
    description: page?.description ?? topic.summary,
    about,
  };
}

export async function GuideArticle({
  locale,
  topic,
  page,
  siteUrl,
}: {
  locale: TLocale;
  topic: TGuideTopic;
  page: TGuidePage | undefined;
  siteUrl: string;
}) {
  const t = await getTranslations({ locale, namespace: "Article" });
  const tl = await getTranslations({ locale, namespace: "Layout" });
  const englishOnly = tl("englishOnly");
  const title = page?.title ?? topic.name;
  const searchPath = `/search?procedure=${encodeURIComponent(page?.searchProcedure ?? topic.slug)}`;
  return (
    <main id="main" className="page page--narrow" lang={locale}>
      <JsonLd data={structuredData(locale, topic, page, siteUrl)} />
      <nav aria-label={t("breadcrumbLabel")} className="breadcrumbs">
        <ol>
          <li>
            <LocalizedLink locale={locale} path="/" englishOnlyNote={englishOnly}>
              {t("breadcrumbHome")}
            </LocalizedLink>
          </li>
          <li>
            <LocalizedLink locale={locale} path="/procedures" englishOnlyNote={englishOnly}>
              {t("breadcrumbGuides")}
            </LocalizedLink>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <article className="article" aria-labelledby="article-title">
        <p className="muted small">{topic.kind === "condition" ? t("condition") : t("procedure")}</p>
        <h1 id="article-title">{title}</h1>
        <p className="article__lead">{page?.lead ?? topic.summary}</p>

        {page ? (
          <>
            <nav className="article-toc" aria-labelledby="toc-heading">
              <h2 id="toc-heading">{t("onThisPage")}</h2>
              <ul>
                {page.sections.map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}`}>{s.heading}</a>
                  </li>
                ))}
                <li>
                  <a href="#questions">{t("questions")}</a>
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
              <h2 id="questions">{t("questions")}</h2>
              <ul>
                {page.questions.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            </section>
          </>
        ) : null}

        {topic.cptCodes?.length ? <p className="small muted">{t("cptCodes", { codes: topic.cptCodes.join(", ") })}</p> : null}

        {topic.related.length ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{topic.kind === "condition" ? t("treatments") : t("treats")}</h2>
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
          <h2>{t("ctaHeading")}</h2>
          <p>{t("ctaText", { label: page?.searchLabel ?? topic.name.toLowerCase() })}</p>
          <LocalizedLink locale={locale} path={searchPath} className="button button--primary" englishOnlyNote={englishOnly}>
            {t("ctaButton")}
          </LocalizedLink>
        </div>
        {page?.sources.length ? (
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t("sources")}</h2>
            <ul className="small">
              {page.sources.map((src) => (
                <li key={src.url}>
                  <span lang={src.lang}>
                    <a href={src.url} hrefLang={src.lang}>
                      {src.title}
                    </a>
                    . {src.publisher}.
                  </span>
                  {src.lang ? ` ${englishOnly}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {page ? (
          <div className={`small muted ${styles.review}`}>
            <p>
              {page.review
                ? t("reviewed", {
                    reviewer: `${page.review.reviewer}, ${page.review.credentials}`,
                    date: formatDay(page.review.reviewedOn, locale, "long"),
                  })
                : t("notReviewed")}
            </p>
            <p>{page.reviewedNote}</p>
          </div>
        ) : null}
      </article>
    </main>
  );
}
