// Everything a clinic edits at one location: its listing confirmation, address/phone/hours, temporary closures, and
// each physician there (terms, languages, certifications, removal), plus adding a physician. Used by the location page.
import { AddPhysicianForm } from "../_forms/add-physician-form";
import { CertificationForm } from "../_forms/certification-form";
import { ClosureForm, RemoveClosureForm } from "../_forms/closure-form";
import { ConfirmListingForm } from "../_forms/confirm-listing-form";
import { LanguagesForm } from "../_forms/languages-form";
import { LocationForm } from "../_forms/location-form";
import { RemovePhysicianForm } from "../_forms/remove-physician-form";
import { RoleForm } from "../_forms/role-form";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto, TRoleDto } from "@/lib/portal/get-practice";
import type { TCatalog } from "@/lib/procedures/catalog";

const yesNo = (v: boolean | null) => (v === null ? "not stated" : v ? "yes" : "no");

function roleSummary(r: TRoleDto): string {
  const pending = r.pending || r.physician.pending || r.pendingCertifications.length ? " · pending review" : "";
  return `New patients: ${yesNo(r.acceptingNewPatients)} · telehealth: ${yesNo(r.telehealth)}${pending}`;
}

export function LocationEditor({ orgId, l, catalog }: { orgId: number; l: TLocationDto; catalog: TCatalog }) {
  return (
    <section className={styles.card} aria-labelledby={`loc-${l.id}`} data-testid={`location-${l.id}`}>
      <h2 id={`loc-${l.id}`}>Listing and address</h2>
      <p>
        <a href={`/clinics/${l.slug}`} target="_blank" rel="noreferrer">
          Preview the public listing (opens a new tab)
        </a>
      </p>
      <ConfirmListingForm orgId={orgId} l={l} />
      <details open={!!l.pending}>
        <summary>Address, phone, hours and map point{l.pending ? " (pending review)" : ""}</summary>
        <LocationForm orgId={orgId} l={l} />
      </details>

      <h3 id={`closures-${l.id}`}>Holiday and temporary closures</h3>
      <p className={styles.muted}>
        Patients see a closure on the public pages from 30 days before it starts, once a moderator approves it.
      </p>
      <ul data-testid={`closures-${l.id}`}>
        {l.closures.map((c) => (
          <li key={c.id}>
            <strong>{c.text}</strong> — {c.note}{" "}
            {c.pendingRemoval ? (
              <span className={styles.pendingNote}>
                Removal pending review (<a href={c.pendingRemoval.href}>request #{c.pendingRemoval.id}</a>)
              </span>
            ) : (
              <RemoveClosureForm orgId={orgId} closureId={c.id} text={c.text} />
            )}
          </li>
        ))}
        {l.pendingClosures.map((c) => (
          <li key={`cr-${c.id}`} className={styles.pendingNote}>
            Pending review: {c.summary.split(" — ")[0]} — {String(c.proposed.note)} (<a href={c.href}>request #{c.id}</a>, sent by{" "}
            {c.submittedBy})
          </li>
        ))}
        {l.closures.length + l.pendingClosures.length === 0 ? <li>No closures announced.</li> : null}
      </ul>
      <details>
        <summary>Announce a closure</summary>
        <ClosureForm orgId={orgId} l={l} />
      </details>

      <h3>Physicians at this location</h3>
      {l.roles.map((r) => (
        <article key={r.id} className={styles.card} aria-labelledby={`role-${r.id}`} data-testid={`role-${r.id}`}>
          <h4 id={`role-${r.id}`}>
            {r.physician.name}
            {r.physician.credentials ? `, ${r.physician.credentials}` : ""} <span className={styles.muted}>NPI {r.physician.npi}</span>
          </h4>
          <details open={!!r.pending}>
            <summary>{roleSummary(r)}</summary>
            <RoleForm orgId={orgId} l={l} r={r} catalog={catalog} />
          </details>
          <details open={!!r.physician.pending || r.pendingCertifications.length > 0}>
            <summary>Languages, certifications, removal</summary>
            <LanguagesForm orgId={orgId} r={r} />
            <p>Board certifications:</p>
            <ul>
              {r.certifications.map((c) => (
                <li key={c.id}>
                  {c.board} — {c.certificate} ({c.verifiedAt ? `verified ${c.verifiedAt}` : "on file, not yet verified"})
                </li>
              ))}
              {r.pendingCertifications.map((c) => (
                <li key={`cr-${c.id}`}>
                  {String(c.proposed.board)} — {String(c.proposed.certificate)}{" "}
                  <span className={styles.pendingNote}>
                    Pending review (<a href={c.href}>request #{c.id}</a>, sent {c.createdAt.slice(0, 10)} by {c.submittedBy})
                  </span>
                </li>
              ))}
              {r.certifications.length + r.pendingCertifications.length === 0 ? <li>None on file</li> : null}
            </ul>
            <CertificationForm orgId={orgId} r={r} />
            <RemovePhysicianForm orgId={orgId} l={l} r={r} />
          </details>
        </article>
      ))}
      {l.pendingAdditions.map((c) => (
        <p key={c.id} className={styles.pendingNote}>
          Pending review: adding {String(c.proposed.firstName)} {String(c.proposed.lastName)} (NPI {String(c.proposed.npi)}) —{" "}
          <a href={c.href}>request #{c.id}</a>, sent by {c.submittedBy}
        </p>
      ))}
      <details>
        <summary>Add a physician at this location</summary>
        <AddPhysicianForm orgId={orgId} l={l} />
      </details>
    </section>
  );
}
