// One practice: a banner of its requests, then its live listing by location (each physician's terms, languages and
// certifications in collapsed sections, so the page stays short to read and to Tab through), staff, and links to the
// requests and history pages. Each edit becomes a change request (one component per form in _forms/).
import { AddPhysicianForm } from "./_forms/add-physician-form";
import { CertificationForm } from "./_forms/certification-form";
import { ConfirmListingForm } from "./_forms/confirm-listing-form";
import { InviteForm } from "./_forms/invite-form";
import { LanguagesForm } from "./_forms/languages-form";
import { LocationForm } from "./_forms/location-form";
import { OrganizationForm } from "./_forms/organization-form";
import { RemoveMemberForm } from "./_forms/remove-member-form";
import { RemovePhysicianForm } from "./_forms/remove-physician-form";
import { RevokeInvitationForm } from "./_forms/revoke-invitation-form";
import { RoleForm } from "./_forms/role-form";
import { loadPractice } from "./_parts/load-practice";
import { RequestsBanner } from "./_parts/requests-banner";
import styles from "@/components/portal/portal.module.css";
import type { TRoleDto } from "@/lib/portal/get-practice";
import { listMembers, listPendingInvitations } from "@/lib/portal/members";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Practice" };

const yesNo = (v: boolean | null) => (v === null ? "not stated" : v ? "yes" : "no");

function roleSummary(r: TRoleDto): string {
  const pending = r.pending || r.physician.pending || r.pendingCertifications.length ? " · pending review" : "";
  return `New patients: ${yesNo(r.acceptingNewPatients)} · telehealth: ${yesNo(r.telehealth)}${pending}`;
}

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, practice } = await loadPractice(id, `/portal/practices/${id}`);
  const [members, catalog] = await Promise.all([practice.myRole ? listMembers(actor, { organizationId: practice.id }) : [], getCatalog()]);
  const isManager = practice.myRole === "MANAGER";
  const invitations = isManager ? await listPendingInvitations(actor, { organizationId: practice.id }) : [];
  const orgId = practice.id;
  return (
    <>
      <h1>{practice.name}</h1>
      <p className={styles.muted}>
        {practice.npi ? `Organization NPI ${practice.npi} · ` : ""}Your role: {practice.myRole?.toLowerCase() ?? "moderator (read only)"} ·{" "}
        <a href={`/portal/practices/${orgId}/requests`}>All requests</a> · <a href={`/portal/practices/${orgId}/history`}>Change history</a>
      </p>
      <RequestsBanner practice={practice} />

      <nav aria-label="On this page" className={styles.card}>
        <strong>Jump to:</strong>
        <ul>
          <li>
            <a href="#details">Practice details</a>
          </li>
          {practice.locations.map((l) => (
            <li key={l.id}>
              <a href={`#loc-${l.id}`}>
                {l.name} — {l.address1}, {l.city}
              </a>
            </li>
          ))}
          <li>
            <a href="#people">People with access</a>
          </li>
        </ul>
      </nav>

      <section className={styles.card} aria-labelledby="details">
        <h2 id="details">Practice details</h2>
        {isManager ? (
          <details open={!!practice.pending}>
            <summary>Edit name, website and main phone{practice.pending ? " (pending review)" : ""}</summary>
            <OrganizationForm practice={practice} />
          </details>
        ) : (
          <p>
            {practice.website ?? "No website"} · {practice.phone ?? "No phone"} <span className={styles.muted}>(managers edit these)</span>
          </p>
        )}
      </section>

      {practice.locations.map((l) => (
        <section key={l.id} className={styles.card} aria-labelledby={`loc-${l.id}`} data-testid={`location-${l.id}`}>
          <h2 id={`loc-${l.id}`}>
            {l.name}{" "}
            <span className={styles.muted}>
              — {l.address1}, {l.city}, {l.state}
            </span>
          </h2>
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
      ))}

      <section className={styles.card} aria-labelledby="people">
        <h2 id="people">People with access</h2>
        <ul>
          {members.map((m) => (
            <li key={m.userId}>
              {m.displayName} ({m.email}) — {m.role.toLowerCase()}
              {isManager && m.userId !== actor.userId ? <RemoveMemberForm orgId={orgId} m={m} /> : null}
            </li>
          ))}
        </ul>
        {isManager && invitations.length > 0 ? (
          <>
            <h3>Pending invitations</h3>
            <ul>
              {invitations.map((i) => (
                <li key={i.id} data-testid={`invitation-${i.id}`}>
                  {i.email} — expires {i.expiresAt.slice(0, 10)}
                  <RevokeInvitationForm orgId={orgId} invitation={i} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {isManager ? <InviteForm orgId={orgId} /> : null}
      </section>
    </>
  );
}
