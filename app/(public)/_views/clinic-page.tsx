// /clinics/[slug] and /es/clinics/[slug]: one place of care — address, map, phones, hours, and the doctors there with
// what they do, in the page's language (one page parameterised by locale).
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
import { doctorName, formatDateIn, fullAddress, isStale } from "@/components/format";
import { ShareActions } from "@/components/physician/share-actions";
import { BackToResults } from "@/components/search/last-search";
import { LocationMap } from "@/components/map/location-map";
import { HoursTable } from "@/components/physician/hours-table";
import { ReportSection } from "@/components/physician/report-form";
import { ClosureNotice } from "@/components/physician/closure-notice";
import { listPublicClosures } from "@/lib/clinics/closures";
import { getClinicPage } from "@/lib/clinics/get-clinic-page";
import { DAY_NAMES } from "@/lib/text/calendar";
import { mapControls, shareText } from "@/app/(public)/_views/physician-page";
import { env } from "@/lib/env";
import { languageAlternates, linkFor, localizedPath, OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { reportText } from "@/lib/reports/report-text";
import { localizedName } from "@/lib/procedures/localize";
import { isAppError } from "@/lib/errors";

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

export async function clinicMetadata(locale: TLocale, params: TParams): Promise<Metadata> {
  const t = translator(locale);
  // When the directory cannot be read the page shows its error state; it still gets a title (WCAG 2.4.2).
  const c = await load((await params).slug).catch(() => undefined);
  if (c === undefined) return { title: t("Errors.errorTitle") };
  if (!c) return { title: t("Clinic.notFound") };
  const description = t("Clinic.metaDescription", { name: c.name, address: fullAddress(c), count: c.physicians.length });
  const title = t("Clinic.metaTitle", { name: c.name, city: c.city, state: c.state });
  const path = `/clinics/${c.slug}`;
  return {
    title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph: { title, description, url: localizedPath(locale, path), locale: OG_LOCALE[locale] },
  };
}

export async function ClinicPage({ locale, params }: { locale: TLocale; params: TParams }) {
  const t = translator(locale);
  const c = await load((await params).slug);
  if (!c) notFound();
  const closures = await listPublicClosures([c.id]);
  const procName = (x: { slug: string; name: string }) => localizedName("procedure", x.slug, x.name, locale);
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
          url: `${site}${localizedPath(locale, `/clinics/${c.slug}`)}`,
          inLanguage: locale,
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
          availableService: c.procedures.map((p) => ({ "@type": "MedicalProcedure", name: procName(p) })),
        }}
      />
      <BackToResults path={localizedPath(locale, "/search")} label={t("SearchUi.backToResults")} />
      <Breadcrumbs
        trail={[{ href: localizedPath(locale, "/search"), label: t("Profile.findDoctor"), restoresSearch: true }]}
        current={c.name}
        locale={locale}
      />
      <header className="profile-header">
        <h1>{c.name}</h1>
        <p className="profile-header__meta">{fullAddress(c)}</p>
        <ClosureNotice closures={closures} locale={locale} />
      </header>
      <section className="card contact-first" aria-labelledby="reach-heading">
        <h2 id="reach-heading" className="sr-only">
          {t("Clinic.reach")}
        </h2>
        <ContactButtons place={c} locale={locale} />
        <p className="result__facts">
          <AcceptingStatus value={accepting} locale={locale} />
        </p>
        <p className={c.possiblyOutdated ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
          {c.possiblyOutdated ? t("Profile.stale") : t("Profile.confirmed")}
          {formatDateIn(c.lastConfirmedAt, locale)}.
        </p>
        <ShareActions url={`${site}${localizedPath(locale, `/clinics/${c.slug}`)}`} title={c.name} text={shareText(t)} />
      </section>
      {c.source.kind === "DEMO" ? <DemoNotice locale={locale} /> : null}

      <div className="profile-grid">
        <div>
          <section className="card" aria-labelledby="doctors-heading">
            <h2 id="doctors-heading">{t("Clinic.doctorsHere", { count: c.physicians.length })}</h2>
            {c.physicians.length ? (
              <ul className="doctor-list">
                {c.physicians.map((p) => (
                  <li key={p.slug}>
                    <h3>
                      <Link href={linkFor(locale, `/physicians/${p.slug}`).href}>{doctorName(p.name, p.credentials)}</Link>
                    </h3>
                    <div>
                      {p.certifications[0] ? (
                        <CertificationBadge
                          certificate={p.certifications[0].certificate}
                          verifiedAt={p.certifications[0].verifiedAt}
                          compact
                          locale={locale}
                        />
                      ) : null}
                    </div>
                    <p className="result__facts">
                      {locale === "es" && p.languages.includes("es") ? (
                        <span className="pill pill--language">{t("Results.speaksSpanish")}</span>
                      ) : null}
                      <AcceptingStatus value={p.acceptingNewPatients} locale={locale} />
                      <TelehealthStatus value={p.telehealth} locale={locale} />
                      <MedicareAssignmentStatus value={p.acceptsMedicareAssignment} locale={locale} />
                    </p>
                    {p.procedures.length ? <p className="small">{p.procedures.map(procName).join(" · ")}</p> : null}
                    <p className={isStale(p.lastConfirmedAt) ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
                      {isStale(p.lastConfirmedAt) ? t("Clinic.staleDoctor") : t("Clinic.confirmedDoctor")}
                      {formatDateIn(p.lastConfirmedAt, locale)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("Clinic.noDoctors")}</p>
            )}
          </section>
          {c.procedures.length ? (
            <section className="card" aria-labelledby="clinic-procs-heading">
              <h2 id="clinic-procs-heading">{t("Clinic.proceduresHere")}</h2>
              <ul className="chips">
                {c.procedures.map((p) => (
                  <li key={p.slug} className="chip">
                    <Link href={linkFor(locale, `/procedures/${p.slug}`).href}>{procName(p)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <div>
          <section className="card" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t("Clinic.hours")}</h2>
            <HoursTable hours={c.hours} caption={t("Profile.hoursAt", { place: c.name })} locale={locale} />
            {c.accessibilityNotes ? (
              <p className="small">
                {t("Profile.access")}{" "}
                {/* Free text from the clinic, kept as written (usually English): marked so readers and tools know. */}
                <span lang={locale === "en" ? undefined : "en"}>{c.accessibilityNotes}</span>
              </p>
            ) : null}
            {c.organization?.website ? (
              <p className="small">
                <a href={c.organization.website} rel="noopener noreferrer">
                  {t("Clinic.website", { name: c.organization.name })}
                </a>
              </p>
            ) : null}
            <LocationMap
              places={[
                {
                  lat: c.lat,
                  lng: c.lng,
                  label: `${c.name}, ${fullAddress(c)}`,
                  approximate: c.geocodePrecision !== "STREET",
                  approximateNote: t("Contact.approximatePin"),
                },
              ]}
              tiles={tiles}
              controls={locale === "en" ? undefined : mapControls(t)}
              label={t("Profile.mapOf", { place: c.name })}
            />
            {c.geocodePrecision !== "STREET" ? <p className="muted small">{t("Clinic.approximate")}</p> : null}
          </section>
          {c.organization && c.organization.otherLocations.length ? (
            <section className="card" aria-labelledby="other-heading">
              <h2 id="other-heading">{t("Clinic.otherLocations", { name: c.organization.name })}</h2>
              <ul className="plain-list">
                {c.organization.otherLocations.map((o) => (
                  <li key={o.slug}>
                    <Link href={linkFor(locale, `/clinics/${o.slug}`).href}>{o.name}</Link>{" "}
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

      <ReportSection subject={c.name} locations={[{ id: c.id, label: c.name }]} text={reportText(locale)} />
    </main>
  );
}
