// One doctor in the search results, compact enough to scan on a phone: who, certification, how far, new patients,
// Call and Directions, the searched (and related spine) procedures; everything else behind a disclosure.
import Link from "next/link";
import { CertificationBadge } from "@/components/ui/certification-badge";
import { AcceptingStatus } from "@/components/ui/accepting-status";
import { directionsHref, doctorName, formatDate, formatMiles, isStale, languageList, telHref } from "@/components/format";
import type { TSearchResult } from "@/lib/search/schema";

type TProps = {
  result: TSearchResult;
  index: number;
  /** Procedures the search was for: always shown, marked as a match. */
  highlightProcedures: ReadonlySet<string>;
  /** Procedures close to the search (the spine procedures): shown too. */
  relatedProcedures?: ReadonlySet<string>;
  headingLevel?: 2 | 3;
};

// Every sentence the card shows, in one place.
const TEXT = {
  distance: "Distance: ",
  call: "Call",
  directions: "Directions",
  directionsTo: (place: string) => ` to ${place} (opens in a new tab)`,
  also: (n: number) => `also at ${n} other location${n === 1 ? "" : "s"} nearby`,
  procedures: "Procedures offered here",
  more: (n: number) => `${n} more procedure${n === 1 ? "" : "s"}`,
  stale: "May be out of date: last confirmed ",
  confirmed: "Last confirmed ",
  telehealth: "Telehealth visits",
  speaks: (langs: string) => `Speaks ${langs}`,
};

/** "Kyphoplasty (balloon vertebral augmentation)" -> "Kyphoplasty": the card has room for the name only. */
const shortName = (name: string) => name.replace(/\s*\(.+\)$/, "");

export function ResultCard({ result: r, index, highlightProcedures, relatedProcedures = new Set(), headingLevel = 2 }: TProps) {
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
            <Link href={`/physicians/${r.physician.slug}`} prefetch={false}>
              {name}
            </Link>
          </Heading>
          <p className="result__distance">
            <span className="sr-only">{TEXT.distance}</span>
            {formatMiles(r.distanceMiles)}
          </p>
        </div>

        <p className="result__status">
          {cert ? <CertificationBadge certificate={cert.certificate} verifiedAt={cert.verifiedAt} compact /> : null}
          <AcceptingStatus value={r.acceptingNewPatients} />
          {r.telehealth ? <span className="pill pill--neutral">{TEXT.telehealth}</span> : null}
          {r.physician.languages.length > 1 ? (
            <span className="result__langs">{TEXT.speaks(languageList(r.physician.languages))}</span>
          ) : null}
        </p>

        <p className="result__place">
          <Link href={`/clinics/${r.location.slug}`} className="result__clinic" prefetch={false}>
            {r.location.name}
          </Link>
          <span className="result__address">
            {" "}
            · {r.location.address}, {r.location.city}, {r.location.state}
            {r.otherLocations > 0 ? <span className="result__more"> · {TEXT.also(r.otherLocations)}</span> : null}
          </span>
        </p>

        <p className="result__actions">
          {r.location.phone ? (
            <a className="button button--secondary button--small result__call" href={telHref(r.location.phone)}>
              {TEXT.call} <span className="result__phone">{r.location.phone}</span>
            </a>
          ) : null}
          <a className="button button--secondary button--small" href={directionsHref(r.location)} target="_blank" rel="noopener noreferrer">
            {TEXT.directions}
            <span className="sr-only">{TEXT.directionsTo(r.location.name)}</span>
          </a>
        </p>

        <div className="result__procs">
          {matched.length + related.length > 0 ? (
            <ul className="chips" aria-label={TEXT.procedures}>
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
              <summary>{TEXT.more(rest.length)}</summary>
              <p className="small">{rest.map((p) => p.name).join(" · ")}</p>
            </details>
          ) : null}
        </div>

        <p className={stale ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {stale ? TEXT.stale : TEXT.confirmed}
          {formatDate(r.lastConfirmedAt)}
        </p>
      </article>
    </li>
  );
}
