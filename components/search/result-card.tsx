// One doctor in the search results, compact enough to scan on a phone: who, certification, how far, new patients,
// Call and Directions, the searched (and related spine) procedures; everything else behind a disclosure.
import Link from "next/link";
import { CertificationBadge } from "@/components/ui/certification-badge";
import { AcceptingStatus } from "@/components/ui/accepting-status";
import { directionsHref, doctorName, formatDateIn, formatMilesIn, isStale, languageListIn, telHref } from "@/components/format";
import { linkFor, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { TSearchResult } from "@/lib/search/schema";

type TProps = {
  result: TSearchResult;
  index: number;
  /** Procedures the search was for: always shown, marked as a match. */
  highlightProcedures: ReadonlySet<string>;
  /** Procedures close to the search (the spine procedures): shown too. */
  relatedProcedures?: ReadonlySet<string>;
  headingLevel?: 2 | 3;
  locale?: TLocale;
};

/** The doctor speaks the page's language (other than English): said up front, as a badge, not in the language list. */
const OWN_LANGUAGE: Readonly<Partial<Record<TLocale, string>>> = { es: "es" };

/** "Kyphoplasty (balloon vertebral augmentation)" -> "Kyphoplasty": the card has room for the name only. */
const shortName = (name: string) => name.replace(/\s*\(.+\)$/, "");

export function ResultCard({
  result: r,
  index,
  highlightProcedures,
  relatedProcedures = new Set(),
  headingLevel = 2,
  locale = "en",
}: TProps) {
  const t = translator(locale);
  const own = OWN_LANGUAGE[locale];
  const speaksOwn = own !== undefined && r.physician.languages.includes(own);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = doctorName(r.physician.name, r.physician.credentials);
  const cert = r.physician.certifications[0];
  const headingId = `result-${r.physician.id}-name`;
  const matched = r.procedures.filter((p) => highlightProcedures.has(p.slug));
  const related = r.procedures.filter((p) => !highlightProcedures.has(p.slug) && relatedProcedures.has(p.slug));
  const rest = r.procedures.filter((p) => !highlightProcedures.has(p.slug) && !relatedProcedures.has(p.slug));
  const stale = isStale(r.lastConfirmedAt);
  return (
    <li className="result" data-result-id={r.physician.id}>
      <article aria-labelledby={headingId} className="result__body">
        <div className="result__top">
          <span className="result__index" aria-hidden="true">
            {index}
          </span>
          <Heading id={headingId} className="result__name">
            <Link href={linkFor(locale, `/physicians/${r.physician.slug}`).href} prefetch={false}>
              {name}
            </Link>
          </Heading>
          <p className="result__distance">
            <span className="sr-only">{t("Card.distance")}</span>
            {formatMilesIn(r.distanceMiles, locale)}
          </p>
        </div>

        <p className="result__status">
          {speaksOwn ? (
            <span className="pill pill--language" data-testid="speaks-own-language">
              {t("Results.speaksSpanish")}
            </span>
          ) : null}
          {cert ? <CertificationBadge certificate={cert.certificate} verifiedAt={cert.verifiedAt} compact locale={locale} /> : null}
          <AcceptingStatus value={r.acceptingNewPatients} locale={locale} />
          {r.telehealth ? <span className="pill pill--neutral">{t("Card.telehealth")}</span> : null}
          {r.physician.languages.length > 1 ? (
            <span className="result__langs">{t("Card.speaks", { languages: languageListIn(r.physician.languages, locale) })}</span>
          ) : null}
        </p>

        <p className="result__place">
          <Link href={linkFor(locale, `/clinics/${r.location.slug}`).href} className="result__clinic" prefetch={false}>
            {r.location.name}
          </Link>
          <span className="result__address">
            {" "}
            · {r.location.address}, {r.location.city}, {r.location.state}
            {r.otherLocations > 0 ? <span className="result__more"> · {t("Card.also", { count: r.otherLocations })}</span> : null}
          </span>
        </p>

        <p className="result__actions">
          {r.location.phone ? (
            <a className="button button--secondary button--small result__call" href={telHref(r.location.phone)}>
              {t("Card.call")} <span className="result__phone">{r.location.phone}</span>
            </a>
          ) : null}
          <a className="button button--secondary button--small" href={directionsHref(r.location)} target="_blank" rel="noopener noreferrer">
            {t("Card.directions")}
            <span className="sr-only">{t("Card.directionsTo", { place: r.location.name })}</span>
          </a>
        </p>

        <div className="result__procs">
          {matched.length + related.length > 0 ? (
            <ul className="chips" aria-label={t("Card.procedures")}>
              {matched.map((p) => (
                <li key={p.slug} className="chip chip--match">
                  {shortName(p.name)}
                </li>
              ))}
              {related.map((p) => (
                <li key={p.slug} className="chip">
                  {shortName(p.name)}
                </li>
              ))}
            </ul>
          ) : null}
          {rest.length > 0 ? (
            <details className="result__rest">
              <summary>{t("Card.more", { count: rest.length })}</summary>
              <p className="small">{rest.map((p) => p.name).join(" · ")}</p>
            </details>
          ) : null}
        </div>

        <p className={stale ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {stale ? t("Card.stale") : t("Card.confirmed")}
          {formatDateIn(r.lastConfirmedAt, locale, t("Card.unknownDate"))}
        </p>
      </article>
    </li>
  );
}
