// /physicians/[slug] and /es/physicians/[slug]: everything the directory knows about one doctor, with sources and
// dates, and a way to report mistakes, in the page's language (one page parameterised by locale).
import { ClosureNotice } from "@/components/physician/closure-notice";
import { listPublicClosures } from "@/lib/clinics/closures";
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
import { doctorName, formatDateIn, fullAddress, isStale, languageListIn } from "@/components/format";
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
import { certificationName } from "@/lib/i18n/certificates";
import { languageAlternates, linkFor, localizedPath, OG_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { reportText } from "@/lib/reports/report-text";
import { localizedName } from "@/lib/procedures/localize";

export type TParams = Promise<{ slug: string }>;
type TTranslate = ReturnType<typeof translator>;

/** Leaflet's control words for the small maps (client component: plain strings). */
export function mapControls(t: TTranslate) {
  return { zoomIn: t("SearchUi.zoomIn"), zoomOut: t("SearchUi.zoomOut"), mapLibrary: t("SearchUi.mapLibrary") };
}

/** The share buttons' words (client component: plain strings). */
export function shareText(t: TTranslate) {
  return {
    shareTitle: t("Contact.shareTitle"),
    print: t("Contact.print"),
    share: t("Contact.share"),
    copied: t("Contact.copied"),
    copyFailed: t("Contact.copyFailed"),
    sms: t("Contact.sms"),
  };
}

const load = cache(async (slug: string) => {
  try {
    return await getPhysicianProfile(slug);
  } catch (e) {
    // A malformed slug is a page that does not exist, like an unknown one.
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "VALIDATION_FAILED")) return null;
    throw e;
  }
});

function ConfirmedLine({ date, locale, t }: { date: string | null; locale: TLocale; t: TTranslate }) {
  const stale = isStale(date);
  return (
    <p className={stale ? "result__confirmed result__confirmed--stale" : "result__confirmed"}>
      {stale ? t("Profile.stale") : t("Profile.confirmed")}
      {formatDateIn(date, locale)}.
    </p>
  );
}

const SOURCE_KINDS = ["DEMO", "NPPES", "CMS_DAC", "CMS_MEDICARE_VOLUME", "CLINIC_EDIT", "MODERATOR"] as const;

/** Where a fact comes from, in the page's language; an unknown kind shows the source's own name. */
function sourceLabel(t: TTranslate, kind: string, name: string): string {
  const known = SOURCE_KINDS.find((k) => k === kind);
  return known ? t(`Profile.source${known}`) : name;
}

export async function physicianMetadata(locale: TLocale, params: TParams): Promise<Metadata> {
  const t = translator(locale);
  // When the directory cannot be read the page shows its error state; it still gets a title (WCAG 2.4.2).
  const p = await load((await params).slug).catch(() => undefined);
  if (p === undefined) return { title: t("Errors.errorTitle") };
  if (!p) return { title: t("Profile.notFound") };
  const first = p.locations[0];
  const name = doctorName(p.name, p.credentials);
  const where = first ? t("Profile.metaWhere", { city: first.city, state: first.state }) : "";
  const procedures = p.procedures
    .slice(0, 4)
    .map((x) => localizedName("procedure", x.slug, x.name, locale).replace(/ \(.+\)$/, ""))
    .join(", ");
  const description = t("Profile.metaDescription", { name, where, procedures });
  const title = t("Profile.metaTitle", { name, where });
  const path = `/physicians/${p.slug}`;
  return {
    title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph: { title, description, url: localizedPath(locale, path), type: "profile", locale: OG_LOCALE[locale] },
  };
}

export async function PhysicianPage({ locale, params }: { locale: TLocale; params: TParams }) {
  const t = translator(locale);
  const p = await load((await params).slug);
  if (!p) notFound();
  const closures = await listPublicClosures(p.locations.map((l) => l.id));
  const procName = (x: { slug: string; name: string }) => localizedName("procedure", x.slug, x.name, locale);
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
          url: `${site}${localizedPath(locale, `/physicians/${p.slug}`)}`,
          inLanguage: locale,
          ...(p.languages.length ? { knowsLanguage: p.languages } : {}),
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
            name: procName(x),
            code: x.cptCodes.map((c) => ({ "@type": "MedicalCode", codeValue: c, codingSystem: "CPT" })),
          })),
          ...(first ? { geo: { "@type": "GeoCoordinates", latitude: first.lat, longitude: first.lng } } : {}),
        }}
      />
      <BackToResults path={localizedPath(locale, "/search")} label={t("SearchUi.backToResults")} />
      <Breadcrumbs
        trail={[{ href: localizedPath(locale, "/search"), label: t("Profile.findDoctor"), restoresSearch: true }]}
        current={p.name}
        locale={locale}
      />

      <header className="profile-header">
        <h1>{name}</h1>
        <p className="profile-header__meta">
          {t("Profile.ir", { gender: p.gender ?? "UNKNOWN" })}
          {p.languages.length ? ` · ${t("Profile.speaks", { languages: languageListIn(p.languages, locale) })}` : ""}
          {p.gender === "FEMALE" ? ` · ${t("Profile.female")}` : p.gender === "MALE" ? ` · ${t("Profile.male")}` : ""}
        </p>
        {locale === "es" && p.languages.includes("es") ? (
          <p>
            <span className="pill pill--language" data-testid="speaks-own-language">
              {t("Results.speaksSpanish")}
            </span>
          </p>
        ) : null}
        <div>
          {verified[0] ? (
            <CertificationBadge
              certificate={verified[0].certificate}
              board={verified[0].board}
              verifiedAt={verified[0].verifiedAt}
              locale={locale}
            />
          ) : null}
        </div>
      </header>
      {isDemo ? <DemoNotice locale={locale} /> : null}

      <section className="card at-a-glance" aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="sr-only">
          {t("Profile.glance")}
        </h2>
        <dl className="glance">
          <dt>{t("Profile.does")}</dt>
          <dd>
            {p.procedures.length ? (
              <ul className="inline-list">
                {p.procedures.map((x) => (
                  <li key={x.slug}>
                    <Link href={linkFor(locale, `/procedures/${x.slug}`).href}>{procName(x).replace(/\s*\(.+\)$/, "")}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              t("Profile.noProcedures")
            )}
          </dd>
          {first ? (
            <>
              <dt>{t("Profile.where")}</dt>
              <dd>
                <Link href={linkFor(locale, `/clinics/${first.slug}`).href}>{first.name}</Link>, {first.city}, {first.state}
                {p.locations.length > 1 ? ` ${t("Profile.andMore", { count: p.locations.length - 1 })}` : ""}
              </dd>
              <dt>{t("Profile.newPatients")}</dt>
              <dd>
                <AcceptingStatus
                  value={anyAccepting ? true : p.locations.every((l) => l.acceptingNewPatients === false) ? false : null}
                  locale={locale}
                />
              </dd>
              <dt>{t("Profile.reach")}</dt>
              <dd>
                <ContactButtons place={first} locale={locale} />
              </dd>
            </>
          ) : null}
        </dl>
        <ShareActions url={`${site}${localizedPath(locale, `/physicians/${p.slug}`)}`} title={name} text={shareText(t)} />
      </section>

      <section className="card" aria-labelledby="locations-heading">
        <h2 id="locations-heading">{t("Profile.locations", { last: p.lastName })}</h2>
        {p.locations.map((l) => (
          <div key={l.id} className="location-block">
            <div>
              <h3>
                <Link href={linkFor(locale, `/clinics/${l.slug}`).href}>{l.name}</Link>
              </h3>
              <p>
                {fullAddress(l)}
                {l.geocodePrecision !== "STREET" ? <span className="muted small"> {t("Profile.approximate")}</span> : null}
              </p>
              <ClosureNotice closures={closures.filter((c) => c.locationId === l.id)} locale={locale} />
              <ContactButtons place={l} locale={locale} />
              <p className="result__facts">
                <AcceptingStatus value={l.acceptingNewPatients} locale={locale} />
                <TelehealthStatus value={l.telehealth} locale={locale} />
                <MedicareAssignmentStatus
                  value={l.acceptsMedicareAssignment}
                  asOf={l.source.fileDate ? formatDateIn(l.source.fileDate, locale) : undefined}
                  locale={locale}
                />
              </p>
              <ConfirmedLine date={l.lastConfirmedAt} locale={locale} t={t} />
              <h4>{t("Profile.hours")}</h4>
              <HoursTable hours={l.hours} caption={t("Profile.hoursAt", { place: l.name })} locale={locale} />
              {l.accessibilityNotes ? (
                <p className="small">
                  {t("Profile.access")}{" "}
                  {/* Free text from the clinic, kept as written (usually English): marked so readers and tools know. */}
                  <span lang={locale === "en" ? undefined : "en"}>{l.accessibilityNotes}</span>
                </p>
              ) : null}
              {p.locations.length > 1 && l.procedures.length ? (
                <p className="small">
                  <strong>{t("Profile.here")}</strong> {l.procedures.map(procName).join(", ")}
                </p>
              ) : null}
            </div>
            <LocationMap
              places={[
                {
                  lat: l.lat,
                  lng: l.lng,
                  label: `${l.name}, ${fullAddress(l)}`,
                  approximate: l.geocodePrecision !== "STREET",
                  approximateNote: t("Contact.approximatePin"),
                },
              ]}
              tiles={tiles}
              controls={locale === "en" ? undefined : mapControls(t)}
              label={t("Profile.mapOf", { place: l.name })}
            />
          </div>
        ))}
      </section>

      <NextSteps folded={false} locale={locale} />

      {p.volumes.rows.length ? (
        <section className="card" aria-labelledby="volumes-heading">
          <h2 id="volumes-heading">{t("Profile.volumes")}</h2>
          <VolumeSummary rows={p.volumes.rows} locale={locale} />
          <p className="card__note">{t("Profile.volumeCaveat")}</p>
          <details className="disclosure">
            <summary>{t("Profile.volumeDetails")}</summary>
            <VolumeChart rows={p.volumes.rows} locale={locale} />
          </details>
        </section>
      ) : null}

      {p.procedures.some((x) => x.cptCodes.length) ? (
        <section className="card" aria-labelledby="billing-heading">
          <details className="disclosure">
            <summary>
              <h2 id="billing-heading" className="disclosure__title">
                {t("Profile.billing")}
              </h2>
            </summary>
            <p className="small">{t("Profile.billingNote")}</p>
            <table className="proc-table">
              <caption className="sr-only">{t("Profile.billingCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("Profile.procedure")}</th>
                  <th scope="col">{t("Profile.cpt")}</th>
                </tr>
              </thead>
              <tbody>
                {p.procedures.map((x) => (
                  <tr key={x.slug}>
                    <td>{procName(x)}</td>
                    <td>{x.cptCodes.length ? x.cptCodes.join(", ") : <span className="muted">{t("Profile.noCode")}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ) : null}

      <section className="card" aria-labelledby="certs-heading">
        <h2 id="certs-heading">{t("Profile.certs")}</h2>
        {p.certifications.length ? (
          <ul className="cert-list">
            {p.certifications.map((c) => (
              <li key={`${c.board}-${c.certificate}`}>
                <strong>{certificationName(c.certificate, locale)}</strong>
                <span>{certificationName(c.board, locale)}</span>
                <span className="muted small">
                  {c.verified ? t("Profile.verified", { date: formatDateIn(c.verifiedAt, locale) }) : t("Profile.notVerified")} ·{" "}
                  {t("Profile.status", { status: t(`Profile.status${c.status}`) })} ·{" "}
                  {t("Profile.source", { source: sourceLabel(t, c.source.kind, c.source.name) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("Profile.noCerts")}</p>
        )}
      </section>

      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("Profile.sources")}</h2>
        <dl className="facts">
          <dt>{t("Profile.sourceLabel")}</dt>
          <dd>
            {sourceLabel(t, p.provenance.source.kind, p.provenance.source.name)}
            {p.provenance.source.fileDate ? t("Profile.fileOf", { date: formatDateIn(p.provenance.source.fileDate, locale) }) : ""}
          </dd>
          <dt>{t("Profile.asOf")}</dt>
          <dd>{formatDateIn(p.provenance.asOf, locale)}</dd>
          <dt>{t("Profile.lastConfirmed")}</dt>
          <dd>{formatDateIn(p.lastConfirmedAt, locale)}</dd>
          <dt>NPI</dt>
          <dd>{p.npi}</dd>
        </dl>
      </section>

      <ReportSection
        physicianId={p.id}
        subject={name}
        locations={p.locations.map((l) => ({ id: l.id, label: `${l.name}, ${l.city}` }))}
        text={reportText(locale)}
      />
    </main>
  );
}
