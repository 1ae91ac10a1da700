// /physicians/[slug]: everything the directory knows about one doctor, with sources and dates, and a way to report
// mistakes.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AcceptingStatus, MedicareAssignmentStatus, TelehealthStatus } from "@/components/ui/accepting-status";
import { CertificationBadge } from "@/components/ui/certification-badge";
import { DemoNotice } from "@/components/ui/demo-notice";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ContactButtons } from "@/components/ui/contact-buttons";
import { JsonLd } from "@/components/ui/json-ld";
import { doctorName, formatDate, fullAddress, isStale, languageList } from "@/components/format";
import { LocationMap } from "@/components/map/location-map";
import { HoursTable } from "@/components/physician/hours-table";
import { ReportSection } from "@/components/physician/report-form";
import { VolumeChart } from "@/components/physician/volume-chart";
import { VolumeSummary } from "@/components/physician/volume-summary";
import { NextSteps } from "@/components/physician/next-steps";
import { ShareActions } from "@/components/physician/share-actions";
import { BackToResults } from "@/components/search/last-search";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { ownValue } from "@/lib/security/own-key";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

const load = cache(async (slug: string) => {
  try {
    return await getPhysicianProfile(slug);
  } catch (e) {
    // A malformed slug is a page that does not exist, like an unknown one.
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "VALIDATION_FAILED")) return null;
    throw e;
  }
});

// Every sentence this page shows, in one place (the Spanish pages translate these).
const TEXT = {
  findDoctor: "Find a doctor",
  ir: "Interventional radiologist",
  speaks: (l: string) => `Speaks ${l}`,
  female: "Female",
  male: "Male",
  glance: "At a glance",
  does: "Procedures",
  noProcedures: "No procedures are listed yet. Call to ask.",
  where: "Where",
  andMore: (n: number) => `and ${n} more location${n === 1 ? "" : "s"} below`,
  newPatients: "New patients",
  reach: "Contact",
  locations: (last: string) => `Where to see Dr. ${last}`,
  approximate: "(map position approximate)",
  hours: "Hours",
  here: "Procedures here:",
  volumes: "Medicare procedure volumes",
  volumeCaveat:
    "Counts of services billed to traditional Medicare (Part B) only — not private insurance or Medicare Advantage — so most doctors do more than this. CMS hides counts under 11 to protect privacy. Volume alone is not a measure of quality.",
  volumeDetails: "Details by billing code and place",
  billing: "Billing codes",
  billingNote: "CPT codes your insurer or the office may mention. You do not need them to book.",
  billingCaption: "Procedures this doctor performs, with CPT codes",
  procedure: "Procedure",
  cpt: "CPT codes",
  noCode: "no specific code",
  stale: "This listing may be out of date: last confirmed ",
  confirmed: "Listing last confirmed ",
};

function ConfirmedLine({ date }: { date: string | null }) {
  const stale = isStale(date);
  return (
    <p className={stale ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
      {stale ? TEXT.stale : TEXT.confirmed}
      {formatDate(date)}.
    </p>
  );
}

const SOURCE_LABEL: Record<string, string> = {
  DEMO: "IR Finder demo dataset",
  NPPES: "NPPES (the national NPI registry)",
  CMS_DAC: "CMS Doctors and Clinicians file",
  CMS_MEDICARE_VOLUME: "CMS Medicare provider and service file",
  CLINIC_EDIT: "the clinic (reviewed by a moderator)",
  MODERATOR: "an IR Finder moderator",
};

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const p = await load((await params).slug);
  if (!p) return { title: "Doctor not found" };
  const first = p.locations[0];
  const name = doctorName(p.name, p.credentials);
  const where = first ? ` in ${first.city}, ${first.state}` : "";
  const description = `${name}, interventional radiologist${where}. ${p.procedures
    .slice(0, 4)
    .map((x) => x.name.replace(/ \(.+\)$/, ""))
    .join(", ")}. Phone, address, hours, board certification and whether accepting new patients.`;
  return {
    title: `${name} — interventional radiologist${where}`,
    description,
    alternates: { canonical: `/physicians/${p.slug}` },
    openGraph: { title: `${name} — interventional radiologist${where}`, description, url: `/physicians/${p.slug}`, type: "profile" },
  };
}

export default async function PhysicianPage({ params }: { params: TParams }) {
  const p = await load((await params).slug);
  if (!p) notFound();
  const name = doctorName(p.name, p.credentials);
  const verified = p.certifications.filter((c) => c.verified);
  const site = env().SITE_URL.replace(/\/$/, "");
  const tiles = { url: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION };
  const isDemo = p.provenance.source.kind === "DEMO";
  const anyAccepting = p.locations.some((l) => l.acceptingNewPatients === true);
  const first = p.locations[0];

  return (
    <main id="main" className="page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Physician",
          name,
          url: `${site}/physicians/${p.slug}`,
          identifier: { "@type": "PropertyValue", propertyID: "NPI", value: p.npi },
          isAcceptingNewPatients: anyAccepting,
          ...(first?.phone ? { telephone: first.phone } : {}),
          address: p.locations.map((l) => ({
            "@type": "PostalAddress",
            streetAddress: l.address,
            addressLocality: l.city,
            addressRegion: l.state,
            postalCode: l.zip,
            addressCountry: "US",
          })),
          availableService: p.procedures.map((x) => ({
            "@type": "MedicalProcedure",
            name: x.name,
            code: x.cptCodes.map((c) => ({ "@type": "MedicalCode", codeValue: c, codingSystem: "CPT" })),
          })),
          ...(first ? { geo: { "@type": "GeoCoordinates", latitude: first.lat, longitude: first.lng } } : {}),
        }}
      />
      <BackToResults />
      <Breadcrumbs trail={[{ href: "/search", label: TEXT.findDoctor, restoresSearch: true }]} current={p.name} />

      <header className="profile-header">
        <h1>{name}</h1>
        <p className="profile-header__meta">
          {TEXT.ir}
          {p.languages.length ? ` · ${TEXT.speaks(languageList(p.languages))}` : ""}
          {p.gender === "FEMALE" ? ` · ${TEXT.female}` : p.gender === "MALE" ? ` · ${TEXT.male}` : ""}
        </p>
        <div>
          {verified[0] ? (
            <CertificationBadge certificate={verified[0].certificate} board={verified[0].board} verifiedAt={verified[0].verifiedAt} />
          ) : null}
        </div>
      </header>
      {isDemo ? <DemoNotice /> : null}

      <section className="card at-a-glance" aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="sr-only">
          {TEXT.glance}
        </h2>
        <dl className="glance">
          <dt>{TEXT.does}</dt>
          <dd>
            {p.procedures.length ? (
              <ul className="inline-list">
                {p.procedures.map((x) => (
                  <li key={x.slug}>
                    <Link href={`/procedures/${x.slug}`}>{x.name.replace(/\s*\(.+\)$/, "")}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              TEXT.noProcedures
            )}
          </dd>
          {first ? (
            <>
              <dt>{TEXT.where}</dt>
              <dd>
                <Link href={`/clinics/${first.slug}`}>{first.name}</Link>, {first.city}, {first.state}
                {p.locations.length > 1 ? ` ${TEXT.andMore(p.locations.length - 1)}` : ""}
              </dd>
              <dt>{TEXT.newPatients}</dt>
              <dd>
                <AcceptingStatus value={anyAccepting ? true : p.locations.every((l) => l.acceptingNewPatients === false) ? false : null} />
              </dd>
              <dt>{TEXT.reach}</dt>
              <dd>
                <ContactButtons place={first} />
              </dd>
            </>
          ) : null}
        </dl>
        <ShareActions url={`${site}/physicians/${p.slug}`} title={name} />
      </section>

      <section className="card" aria-labelledby="locations-heading">
        <h2 id="locations-heading">{TEXT.locations(p.lastName)}</h2>
        {p.locations.map((l) => (
          <div key={l.id} className="location-block">
            <div>
              <h3>
                <Link href={`/clinics/${l.slug}`}>{l.name}</Link>
              </h3>
              <p>
                {fullAddress(l)}
                {l.geocodePrecision !== "STREET" ? <span className="muted small"> {TEXT.approximate}</span> : null}
              </p>
              <ContactButtons place={l} />
              <p className="result__facts">
                <AcceptingStatus value={l.acceptingNewPatients} />
                <TelehealthStatus value={l.telehealth} />
                <MedicareAssignmentStatus
                  value={l.acceptsMedicareAssignment}
                  asOf={l.source.fileDate ? formatDate(l.source.fileDate) : undefined}
                />
              </p>
              <ConfirmedLine date={l.lastConfirmedAt} />
              <h4>{TEXT.hours}</h4>
              <HoursTable hours={l.hours} caption={`Opening hours at ${l.name}`} />
              {l.accessibilityNotes ? <p className="small">Access: {l.accessibilityNotes}</p> : null}
              {p.locations.length > 1 && l.procedures.length ? (
                <p className="small">
                  <strong>{TEXT.here}</strong> {l.procedures.map((x) => x.name).join(", ")}
                </p>
              ) : null}
            </div>
            <LocationMap
              places={[{ lat: l.lat, lng: l.lng, label: `${l.name}, ${fullAddress(l)}`, approximate: l.geocodePrecision !== "STREET" }]}
              tiles={tiles}
              label={`Map of ${l.name}`}
            />
          </div>
        ))}
      </section>

      <NextSteps folded={false} />

      {p.volumes.rows.length ? (
        <section className="card" aria-labelledby="volumes-heading">
          <h2 id="volumes-heading">{TEXT.volumes}</h2>
          <VolumeSummary rows={p.volumes.rows} />
          <p className="card__note">{TEXT.volumeCaveat}</p>
          <details className="disclosure">
            <summary>{TEXT.volumeDetails}</summary>
            <VolumeChart rows={p.volumes.rows} />
          </details>
        </section>
      ) : null}

      {p.procedures.some((x) => x.cptCodes.length) ? (
        <section className="card" aria-labelledby="billing-heading">
          <details className="disclosure">
            <summary>
              <h2 id="billing-heading" className="disclosure__title">
                {TEXT.billing}
              </h2>
            </summary>
            <p className="small">{TEXT.billingNote}</p>
            <table className="proc-table">
              <caption className="sr-only">{TEXT.billingCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{TEXT.procedure}</th>
                  <th scope="col">{TEXT.cpt}</th>
                </tr>
              </thead>
              <tbody>
                {p.procedures.map((x) => (
                  <tr key={x.slug}>
                    <td>{x.name}</td>
                    <td>{x.cptCodes.length ? x.cptCodes.join(", ") : <span className="muted">{TEXT.noCode}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ) : null}

      <section className="card" aria-labelledby="certs-heading">
        <h2 id="certs-heading">Board certification</h2>
        {p.certifications.length ? (
          <ul className="cert-list">
            {p.certifications.map((c) => (
              <li key={`${c.board}-${c.certificate}`}>
                <strong>{c.certificate}</strong>
                <span>{c.board}</span>
                <span className="muted small">
                  {c.verified ? `Verified ${formatDate(c.verifiedAt)}` : "Not yet verified by IR Finder"} · status {c.status.toLowerCase()}{" "}
                  · source: {ownValue(SOURCE_LABEL, c.source.kind) ?? c.source.name}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No board certification is on record yet.</p>
        )}
      </section>

      {p.volumes.rows.length ? (
        <section className="card" aria-labelledby="volumes-heading">
          <h2 id="volumes-heading">Medicare procedure volumes</h2>
          <p className="card__note">
            Counts of services billed to Medicare Part B (traditional Medicare only — not private insurance or Medicare Advantage). CMS
            hides counts under 11 to protect privacy. Volume alone is not a measure of quality.
          </p>
          <VolumeChart rows={p.volumes.rows} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where this information comes from</h2>
        <dl className="facts">
          <dt>Source</dt>
          <dd>
            {ownValue(SOURCE_LABEL, p.provenance.source.kind) ?? p.provenance.source.name}
            {p.provenance.source.fileDate ? `, file of ${formatDate(p.provenance.source.fileDate)}` : ""}
          </dd>
          <dt>Information as of</dt>
          <dd>{formatDate(p.provenance.asOf)}</dd>
          <dt>Last confirmed</dt>
          <dd>{formatDate(p.lastConfirmedAt)}</dd>
          <dt>NPI</dt>
          <dd>{p.npi}</dd>
        </dl>
      </section>

      <ReportSection physicianId={p.id} subject={name} locations={p.locations.map((l) => ({ id: l.id, label: `${l.name}, ${l.city}` }))} />
    </main>
  );
}
