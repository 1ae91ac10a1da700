// /clinics/[slug]: one place of care — address, map, phones, hours, and the doctors there with what they do.
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
import { doctorName, formatDate, fullAddress, isStale } from "@/components/format";
import { ShareActions } from "@/components/physician/share-actions";
import { BackToResults } from "@/components/search/last-search";
import { LocationMap } from "@/components/map/location-map";
import { HoursTable } from "@/components/physician/hours-table";
import { ReportSection } from "@/components/physician/report-form";
import { getClinicPage } from "@/lib/clinics/get-clinic-page";
import { DAY_NAMES } from "@/lib/text/calendar";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TParams = Promise<{ slug: string }>;

const load = cache(async (slug: string) => {
  try {
    return await getClinicPage(slug);
  } catch (e) {
    // A malformed slug is a page that does not exist, like an unknown one.
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "VALIDATION_FAILED")) return null;
    throw e;
  }
});

// Every sentence this page shows that is not data, in one place (the Spanish pages translate these).
const TEXT = {
  findDoctor: "Find a doctor",
  reach: "Call or get directions",
  hours: "Hours and access",
  stale: "This listing may be out of date: last confirmed ",
  confirmed: "Listing last confirmed ",
  staleDoctor: "May be out of date: last confirmed ",
  confirmedDoctor: "Last confirmed ",
};

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const c = await load((await params).slug);
  if (!c) return { title: "Clinic not found" };
  const description = `${c.name}, ${fullAddress(c)}. ${c.physicians.length} interventional radiologist${c.physicians.length === 1 ? "" : "s"}; phone, hours and procedures offered.`;
  return {
    title: `${c.name} — ${c.city}, ${c.state}`,
    description,
    alternates: { canonical: `/clinics/${c.slug}` },
    openGraph: { title: `${c.name} — ${c.city}, ${c.state}`, description, url: `/clinics/${c.slug}` },
  };
}

export default async function ClinicPage({ params }: { params: TParams }) {
  const c = await load((await params).slug);
  if (!c) notFound();
  const site = env().SITE_URL.replace(/\/$/, "");
  const tiles = { url: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION };
  // Someone here takes new patients; nobody does; or nobody has said.
  const accepting = c.physicians.some((p) => p.acceptingNewPatients === true)
    ? true
    : c.physicians.length && c.physicians.every((p) => p.acceptingNewPatients === false)
      ? false
      : null;
  return (
    <main id="main" className="page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "MedicalClinic",
          name: c.name,
          url: `${site}/clinics/${c.slug}`,
          ...(c.phone ? { telephone: c.phone } : {}),
          address: {
            "@type": "PostalAddress",
            streetAddress: c.address,
            addressLocality: c.city,
            addressRegion: c.state,
            postalCode: c.zip,
            addressCountry: "US",
          },
          geo: { "@type": "GeoCoordinates", latitude: c.lat, longitude: c.lng },
          medicalSpecialty: "Radiography",
          isAcceptingNewPatients: c.physicians.some((p) => p.acceptingNewPatients === true),
          ...(c.organization?.website ? { sameAs: c.organization.website } : {}),
          openingHoursSpecification: c.hours.map((h) => ({
            "@type": "OpeningHoursSpecification",
            dayOfWeek: `https://schema.org/${DAY_NAMES[h.day] ?? ""}`,
            opens: h.open,
            closes: h.close,
          })),
          availableService: c.procedures.map((p) => ({ "@type": "MedicalProcedure", name: p.name })),
        }}
      />
      <BackToResults />
      <Breadcrumbs trail={[{ href: "/search", label: TEXT.findDoctor, restoresSearch: true }]} current={c.name} />
      <header className="profile-header">
        <h1>{c.name}</h1>
        <p className="profile-header__meta">{fullAddress(c)}</p>
      </header>
      <section className="card contact-first" aria-labelledby="reach-heading">
        <h2 id="reach-heading" className="sr-only">
          {TEXT.reach}
        </h2>
        <ContactButtons place={c} />
        <p className="result__facts">
          <AcceptingStatus value={accepting} />
        </p>
        <p className={c.possiblyOutdated ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {c.possiblyOutdated ? TEXT.stale : TEXT.confirmed}
          {formatDate(c.lastConfirmedAt)}.
        </p>
        <ShareActions url={`${site}/clinics/${c.slug}`} title={c.name} />
      </section>
      {c.source.kind === "DEMO" ? <DemoNotice /> : null}

      <div className="profile-grid">
        <div>
          <section className="card" aria-labelledby="doctors-heading">
            <h2 id="doctors-heading">Doctors here ({c.physicians.length})</h2>
            {c.physicians.length ? (
              <ul className="doctor-list">
                {c.physicians.map((p) => (
                  <li key={p.slug}>
                    <h3>
                      <Link href={`/physicians/${p.slug}`}>{doctorName(p.name, p.credentials)}</Link>
                    </h3>
                    <div>
                      {p.certifications[0] ? (
                        <CertificationBadge
                          certificate={p.certifications[0].certificate}
                          verifiedAt={p.certifications[0].verifiedAt}
                          compact
                        />
                      ) : null}
                    </div>
                    <p className="result__facts">
                      <AcceptingStatus value={p.acceptingNewPatients} />
                      <TelehealthStatus value={p.telehealth} />
                      <MedicareAssignmentStatus value={p.acceptsMedicareAssignment} />
                    </p>
                    {p.procedures.length ? <p className="small">{p.procedures.map((x) => x.name).join(" · ")}</p> : null}
                    <p className={isStale(p.lastConfirmedAt) ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
                      {isStale(p.lastConfirmedAt) ? TEXT.staleDoctor : TEXT.confirmedDoctor}
                      {formatDate(p.lastConfirmedAt)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>No doctors are listed at this location right now.</p>
            )}
          </section>
          {c.procedures.length ? (
            <section className="card" aria-labelledby="clinic-procs-heading">
              <h2 id="clinic-procs-heading">Procedures offered here</h2>
              <ul className="chips">
                {c.procedures.map((p) => (
                  <li key={p.slug} className="chip">
                    <Link href={`/procedures/${p.slug}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <div>
          <section className="card" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{TEXT.hours}</h2>
            <HoursTable hours={c.hours} caption={`Opening hours at ${c.name}`} />
            {c.accessibilityNotes ? <p className="small">Access: {c.accessibilityNotes}</p> : null}
            {c.organization?.website ? (
              <p className="small">
                <a href={c.organization.website} rel="noopener noreferrer">
                  {c.organization.name} website
                </a>
              </p>
            ) : null}
            <LocationMap
              places={[{ lat: c.lat, lng: c.lng, label: `${c.name}, ${fullAddress(c)}`, approximate: c.geocodePrecision !== "STREET" }]}
              tiles={tiles}
              label={`Map of ${c.name}`}
            />
            {c.geocodePrecision !== "STREET" ? <p className="muted small">Map position is approximate (ZIP code area).</p> : null}
          </section>
          {c.organization && c.organization.otherLocations.length ? (
            <section className="card" aria-labelledby="other-heading">
              <h2 id="other-heading">Other {c.organization.name} locations</h2>
              <ul className="plain-list">
                {c.organization.otherLocations.map((o) => (
                  <li key={o.slug}>
                    <Link href={`/clinics/${o.slug}`}>{o.name}</Link>{" "}
                    <span className="muted">
                      · {o.city}, {o.state}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      <ReportSection subject={c.name} locations={[{ id: c.id, label: c.name }]} />
    </main>
  );
}
