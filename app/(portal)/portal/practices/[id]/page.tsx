// One practice: its live listing with edit forms (each edit becomes a change request), staff, and requests.
import { notFound } from "next/navigation";
import {
  claimCertificationAction,
  inviteStaffAction,
  proposeAddPhysicianAction,
  proposeLanguagesAction,
  proposeLocationAction,
  proposeOrganizationAction,
  proposeRemoveRoleAction,
  proposeRoleAction,
  removeMemberAction,
} from "@/app/(portal)/portal/_actions/practice";
import { ChangeDiff } from "@/components/portal/change-diff";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import { PinPicker } from "@/components/portal/pin-picker";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { LANGUAGES } from "@/lib/physicians/languages";
import { getPractice } from "@/lib/portal/get-practice";
import { listMembers } from "@/lib/portal/members";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Practice" };

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSignedInPage();
  const { id } = await params;
  let practice;
  try {
    practice = await getPractice(actor, { organizationId: id });
  } catch (e) {
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "VALIDATION_FAILED"].includes(e.code)) notFound();
    throw e;
  }
  const [members, catalog] = await Promise.all([practice.myRole ? listMembers(actor, { organizationId: practice.id }) : [], getCatalog()]);
  const isManager = practice.myRole === "MANAGER";
  const orgId = practice.id;
  return (
    <>
      <h1>{practice.name}</h1>
      <p className={styles.muted}>
        {practice.npi ? `Organization NPI ${practice.npi} · ` : ""}Your role: {practice.myRole?.toLowerCase() ?? "moderator (read only)"} ·{" "}
        <a href={`/portal/practices/${orgId}/history`}>Change history</a>
      </p>
      <p>Your edits are sent to a moderator and go live once approved. You&apos;ll get an email either way.</p>

      <section className={styles.card} aria-labelledby="details">
        <h2 id="details">Practice details</h2>
        {isManager ? (
          <ActionForm action={proposeOrganizationAction} submitLabel="Propose changes" label="Practice details">
            <Hidden name="organizationId" value={orgId} />
            <Hidden name="version" value={practice.version} />
            <Field name="name" label="Practice name" defaultValue={practice.name} required />
            <Field name="website" label="Website" type="url" defaultValue={practice.website} />
            <Field name="phone" label="Main phone" type="tel" defaultValue={practice.phone} />
          </ActionForm>
        ) : (
          <p>
            {practice.website ?? "No website"} · {practice.phone ?? "No phone"} <span className={styles.muted}>(managers edit these)</span>
          </p>
        )}
      </section>

      {practice.locations.map((l) => (
        <section key={l.id} className={styles.card} aria-labelledby={`loc-${l.id}`}>
          <h2 id={`loc-${l.id}`}>{l.name}</h2>
          <details>
            <summary>Edit this location&apos;s address, phone, hours and map point</summary>
            <ActionForm action={proposeLocationAction} submitLabel="Propose location changes" label={`Location ${l.name}`}>
              <Hidden name="organizationId" value={orgId} />
              <Hidden name="locationId" value={l.id} />
              <Hidden name="version" value={l.version} />
              <Field name="name" label="Location name" defaultValue={l.name} required />
              <Field name="address1" label="Street address" defaultValue={l.address1} required autoComplete="address-line1" />
              <Field name="address2" label="Suite, floor (optional)" defaultValue={l.address2} autoComplete="address-line2" />
              <Field name="city" label="City" defaultValue={l.city} required />
              <Field name="state" label="State (2 letters)" defaultValue={l.state} required />
              <Field name="zip" label="ZIP code" defaultValue={l.zip} required inputMode="numeric" />
              <Field name="phone" label="Phone" type="tel" defaultValue={l.phone} />
              <Field name="accessibilityNotes" label="Accessibility notes" defaultValue={l.accessibilityNotes} multiline />
              <fieldset className={styles.fieldset}>
                <legend>Opening hours (leave empty when closed)</legend>
                {DAYS.map((d, day) => {
                  const h = l.hours.find((x) => x.day === day);
                  return (
                    <div key={d} className={styles.inline}>
                      <span style={{ minWidth: "7rem" }}>{d}</span>
                      <label>
                        opens <input type="time" name={`open_${day}`} defaultValue={h?.open ?? ""} aria-label={`${d} opens`} />
                      </label>
                      <label>
                        closes <input type="time" name={`close_${day}`} defaultValue={h?.close ?? ""} aria-label={`${d} closes`} />
                      </label>
                    </div>
                  );
                })}
              </fieldset>
              <p className={styles.muted}>
                Map point now {l.lat.toFixed(5)}, {l.lng.toFixed(5)} (from {l.geocodePrecision === "STREET" ? "a pin" : "the ZIP code"}).
              </p>
              <PinPicker lat={l.lat} lng={l.lng} tileUrl={env().MAP_TILE_URL} idPrefix={`loc-${l.id}`} />
            </ActionForm>
          </details>

          <h3>Physicians at this location</h3>
          {l.roles.map((r) => (
            <article key={r.id} className={styles.card} aria-labelledby={`role-${r.id}`}>
              <h4 id={`role-${r.id}`}>
                {r.physician.name}
                {r.physician.credentials ? `, ${r.physician.credentials}` : ""} <span className={styles.muted}>NPI {r.physician.npi}</span>
              </h4>
              <ActionForm action={proposeRoleAction} submitLabel="Propose changes" label={`${r.physician.name} at ${l.name}`}>
                <Hidden name="organizationId" value={orgId} />
                <Hidden name="roleId" value={r.id} />
                <Hidden name="version" value={r.version} />
                <div className={styles.field}>
                  <label htmlFor={`anp-${r.id}`}>Accepting new patients</label>
                  <select
                    id={`anp-${r.id}`}
                    name="acceptingNewPatients"
                    defaultValue={r.acceptingNewPatients === null ? "unknown" : r.acceptingNewPatients ? "yes" : "no"}
                  >
                    <option value="yes">Yes</option>
                    <option value="no">No</option>
                    <option value="unknown">Not stated</option>
                  </select>
                </div>
                <label className={styles.inline}>
                  <input type="checkbox" name="telehealth" defaultChecked={r.telehealth} /> Offers telehealth visits
                </label>
                <fieldset className={styles.fieldset}>
                  <legend>Procedures offered here</legend>
                  {catalog.procedures.map((p) => (
                    <label key={p.slug} className={styles.inline}>
                      <input type="checkbox" name="procedures" value={p.slug} defaultChecked={r.procedures.includes(p.slug)} /> {p.name}
                    </label>
                  ))}
                </fieldset>
              </ActionForm>
              <details>
                <summary>Languages, certifications, removal</summary>
                <ActionForm action={proposeLanguagesAction} submitLabel="Propose languages" label={`Languages of ${r.physician.name}`}>
                  <Hidden name="organizationId" value={orgId} />
                  <Hidden name="physicianId" value={r.physician.id} />
                  <Hidden name="version" value={r.physician.version} />
                  <fieldset className={styles.fieldset}>
                    <legend>Languages spoken</legend>
                    {Object.entries(LANGUAGES).map(([code, name]) => (
                      <label key={code} className={styles.inline}>
                        <input type="checkbox" name="languages" value={code} defaultChecked={r.physician.languages.includes(code)} /> {name}
                      </label>
                    ))}
                  </fieldset>
                </ActionForm>
                <p>
                  Board certifications:{" "}
                  {r.certifications.length
                    ? r.certifications
                        .map(
                          (c) => `${c.board} — ${c.certificate} (${c.verifiedAt ? `verified ${c.verifiedAt}` : "awaiting verification"})`,
                        )
                        .join("; ")
                    : "none on file"}
                </p>
                <ActionForm
                  action={claimCertificationAction}
                  submitLabel="Add certification for verification"
                  label={`Certification of ${r.physician.name}`}
                >
                  <Hidden name="organizationId" value={orgId} />
                  <Hidden name="physicianId" value={r.physician.id} />
                  <Field name="board" label="Board" defaultValue="American Board of Radiology" required />
                  <Field
                    name="certificate"
                    label="Certificate"
                    required
                    hint="For example: Interventional Radiology and Diagnostic Radiology"
                  />
                </ActionForm>
                <ActionForm
                  action={proposeRemoveRoleAction}
                  submitLabel="Remove"
                  label={`Remove ${r.physician.name} from ${l.name}`}
                  buttons={
                    <button type="submit" className={styles.danger}>
                      Remove {r.physician.name} from this location
                    </button>
                  }
                >
                  <Hidden name="organizationId" value={orgId} />
                  <Hidden name="roleId" value={r.id} />
                  <Hidden name="version" value={r.version} />
                </ActionForm>
              </details>
            </article>
          ))}
          <details>
            <summary>Add a physician at this location</summary>
            <ActionForm
              action={proposeAddPhysicianAction}
              submitLabel="Propose adding this physician"
              label={`Add a physician at ${l.name}`}
            >
              <Hidden name="organizationId" value={orgId} />
              <Hidden name="locationId" value={l.id} />
              <Field name="npi" label="NPI (10 digits)" required inputMode="numeric" />
              <Field name="firstName" label="First name" required />
              <Field name="lastName" label="Last name" required />
              <Field name="credentials" label="Credentials (e.g. MD, DO)" />
            </ActionForm>
          </details>
        </section>
      ))}

      <section className={styles.card} aria-labelledby="people">
        <h2 id="people">People with access</h2>
        <ul>
          {members.map((m) => (
            <li key={m.userId}>
              {m.displayName} ({m.email}) — {m.role.toLowerCase()}
              {isManager && m.userId !== actor.userId ? (
                <ActionForm
                  action={removeMemberAction}
                  submitLabel="Remove"
                  label={`Remove ${m.email}`}
                  buttons={
                    <button type="submit" className={styles.danger}>
                      Remove access
                    </button>
                  }
                >
                  <Hidden name="organizationId" value={orgId} />
                  <Hidden name="userId" value={m.userId} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        {isManager ? (
          <ActionForm action={inviteStaffAction} submitLabel="Send invitation" label="Invite staff">
            <Hidden name="organizationId" value={orgId} />
            <Field name="email" label="Invite a colleague (email)" type="email" required />
          </ActionForm>
        ) : null}
      </section>

      <section className={styles.card} aria-labelledby="requests">
        <h2 id="requests">Change requests</h2>
        {practice.changeRequests.length === 0 ? <p>None yet.</p> : null}
        {practice.changeRequests.map((c) => (
          <article key={c.id} data-testid={`change-${c.id}`}>
            <h3>
              #{c.id} {c.summary} — <span>{c.status.toLowerCase()}</span>
            </h3>
            {c.reason ? <p>Moderator&apos;s note: {c.reason}</p> : null}
            <ChangeDiff before={c.before} proposed={c.proposed} action={c.action} />
          </article>
        ))}
      </section>
    </>
  );
}
