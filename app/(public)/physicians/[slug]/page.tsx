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
import { doctorName, formatDate, fullAddress, languageList } from "@/components/format";
import { LocationMap } from "@/components/map/location-map";
import { HoursTable } from "@/components/physician/hours-table";
import { ReportSection } from "@/components/physician/report-form";
import { VolumeChart } from "@/components/physician/volume-chart";
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
      <Breadcrumbs trail={[{ href: "/search", label: "Find a doctor" }]} current={p.name} />

      <header className="profile-header">
        <h1>{name}</h1>
        <p className="profile-header__meta">
          Interventional radiologist
          {p.languages.length ? ` · Speaks ${languageList(p.languages)}` : ""}
          {p.gender === "FEMALE" ? " · Female" : p.gender === "MALE" ? " · Male" : ""}
        </p>
        <div>
          {verified[0] ? (
            <CertificationBadge certificate={verified[0].certificate} board={verified[0].board} verifiedAt={verified[0].verifiedAt} />
          ) : null}
        </div>
        <p className={p.possiblyOutdated ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {p.possiblyOutdated ? "This listing may be out of date: last confirmed " : "Listing last confirmed "}
          {formatDate(p.lastConfirmedAt)}. NPI {p.npi}.
        </p>
      </header>
      {isDemo ? <DemoNotice /> : null}

      <section className="card" aria-labelledby="locations-heading">
        <h2 id="locations-heading">Where to see Dr. {p.lastName}</h2>
        {p.locations.map((l) => (
          <div key={l.id} className="location-block">
            <div>
              <h3>
                <Link href={`/clinics/${l.slug}`}>{l.name}</Link>
              </h3>
              <p>
                {fullAddress(l)}
                {l.geocodePrecision !== "STREET" ? <span className="muted small"> (map position approximate)</span> : null}
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
              <h4>Hours</h4>
              <HoursTable hours={l.hours} caption={`Opening hours at ${l.name}`} />
              {l.accessibilityNotes ? <p className="small">Access: {l.accessibilityNotes}</p> : null}
              {l.procedures.length ? (
                <p className="small">
                  <strong>Procedures here:</strong> {l.procedures.map((x) => x.name).join(", ")}
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

      <section className="card" aria-labelledby="procedures-heading">
        <h2 id="procedures-heading">Procedures</h2>
        {p.procedures.length ? (
          <table className="proc-table">
            <caption className="sr-only">Procedures this doctor performs, with CPT codes</caption>
            <thead>
              <tr>
                <th scope="col">Procedure</th>
                <th scope="col">CPT codes</th>
              </tr>
            </thead>
            <tbody>
              {p.procedures.map((x) => (
                <tr key={x.slug}>
                  <td>
                    <Link href={`/procedures/${x.slug}`}>{x.name}</Link>
                  </td>
                  <td>{x.cptCodes.length ? x.cptCodes.join(", ") : <span className="muted">no specific code</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No procedures are listed yet.</p>
        )}
      </section>

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
        </dl>
      </section>

      <ReportSection physicianId={p.id} subject={name} locations={p.locations.map((l) => ({ id: l.id, label: `${l.name}, ${l.city}` }))} />
    </main>
  );
}
