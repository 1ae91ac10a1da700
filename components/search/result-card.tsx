// One doctor in the search results: who, how far, where, how to call, what they do, whether they take new patients.
import Link from "next/link";
import { CertificationBadge } from "@/components/ui/certification-badge";
import { AcceptingStatus } from "@/components/ui/accepting-status";
import { directionsHref, doctorName, formatDate, formatMiles, isStale, languageList, telHref } from "@/components/format";
import type { TSearchResult } from "@/lib/search/schema";

type TProps = { result: TSearchResult; index: number; highlightProcedures: ReadonlySet<string>; headingLevel?: 2 | 3 };

export function ResultCard({ result: r, index, highlightProcedures, headingLevel = 2 }: TProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = doctorName(r.physician.name, r.physician.credentials);
  const cert = r.physician.certifications[0];
  const headingId = `result-${r.physician.id}-name`;
  // Searched-for procedures first, then a few others: the card stays short, the profile lists everything.
  const shown = [...r.procedures]
    .sort((a, b) => Number(highlightProcedures.has(b.slug)) - Number(highlightProcedures.has(a.slug)))
    .slice(0, 4);
  return (
    <li className="result" data-result-id={r.physician.id}>
      <article aria-labelledby={headingId} className="result__body">
        <div className="result__top">
          <span className="result__index" aria-hidden="true">
            {index}
          </span>
          <div className="result__who">
            <Heading id={headingId} className="result__name">
              <Link href={`/physicians/${r.physician.slug}`}>{name}</Link>
            </Heading>
            {cert ? <CertificationBadge certificate={cert.certificate} verifiedAt={cert.verifiedAt} compact /> : null}
          </div>
          <p className="result__distance">
            <span className="sr-only">Distance: </span>
            {formatMiles(r.distanceMiles)}
          </p>
        </div>

        <div className="result__where">
          <p className="result__place">
            <Link href={`/clinics/${r.location.slug}`} className="result__clinic">
              {r.location.name}
            </Link>
            <br />
            {r.location.address}, {r.location.city}, {r.location.state} {r.location.zip}
            {r.otherLocations > 0 ? (
              <span className="result__more">
                {" "}
                · also at {r.otherLocations} other location{r.otherLocations === 1 ? "" : "s"} nearby
              </span>
            ) : null}
          </p>
          <div className="result__actions">
            {r.location.phone ? (
              <a className="button button--secondary button--small" href={telHref(r.location.phone)}>
                <span aria-hidden="true" className="icon">
                  ☎
                </span>{" "}
                Call {r.location.phone}
              </a>
            ) : null}
            <a
              className="button button--secondary button--small"
              href={directionsHref(r.location)}
              target="_blank"
              rel="noopener noreferrer"
            >
              Directions<span className="sr-only"> to {r.location.name} (opens in a new tab)</span>
            </a>
          </div>
        </div>

        <dl className="result__facts">
          <div>
            <dt className="sr-only">New patients</dt>
            <dd>
              <AcceptingStatus value={r.acceptingNewPatients} />
            </dd>
          </div>
          {r.telehealth ? (
            <div>
              <dt className="sr-only">Telehealth</dt>
              <dd className="pill pill--neutral">Telehealth visits</dd>
            </div>
          ) : null}
          {r.physician.languages.length > 1 ? (
            <div>
              <dt className="sr-only">Languages</dt>
              <dd className="result__langs">Speaks {languageList(r.physician.languages)}</dd>
            </div>
          ) : null}
        </dl>

        {shown.length > 0 ? (
          <div className="result__procs">
            <ul className="chips" aria-label="Procedures offered here">
              {shown.map((p) => (
                <li key={p.slug} className={highlightProcedures.has(p.slug) ? "chip chip--match" : "chip"}>
                  {p.name}
                </li>
              ))}
              {r.procedures.length > shown.length ? <li className="chip chip--more">+{r.procedures.length - shown.length} more</li> : null}
            </ul>
          </div>
        ) : null}

        <p className={isStale(r.lastConfirmedAt) ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {isStale(r.lastConfirmedAt) ? "May be out of date: last confirmed " : "Last confirmed "}
          {formatDate(r.lastConfirmedAt)}
        </p>
      </article>
    </li>
  );
}
