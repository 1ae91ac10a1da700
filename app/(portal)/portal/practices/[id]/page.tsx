// One practice: its live listing with edit forms (each edit becomes a change request; one component per form in
// _forms/), staff, and requests.
import { notFound } from "next/navigation";
import { AddPhysicianForm } from "./_forms/add-physician-form";
import { CertificationForm } from "./_forms/certification-form";
import { InviteForm } from "./_forms/invite-form";
import { LanguagesForm } from "./_forms/languages-form";
import { LocationForm } from "./_forms/location-form";
import { OrganizationForm } from "./_forms/organization-form";
import { RemoveMemberForm } from "./_forms/remove-member-form";
import { RemovePhysicianForm } from "./_forms/remove-physician-form";
import { RevokeInvitationForm } from "./_forms/revoke-invitation-form";
import { RoleForm } from "./_forms/role-form";
import { ChangeDiff } from "@/components/portal/change-diff";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";
import { getPractice } from "@/lib/portal/get-practice";
import { listMembers, listPendingInvitations } from "@/lib/portal/members";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Practice" };

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
  const invitations = isManager ? await listPendingInvitations(actor, { organizationId: practice.id }) : [];
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
          <OrganizationForm practice={practice} />
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
            <LocationForm orgId={orgId} l={l} />
          </details>

          <h3>Physicians at this location</h3>
          {l.roles.map((r) => (
            <article key={r.id} className={styles.card} aria-labelledby={`role-${r.id}`}>
              <h4 id={`role-${r.id}`}>
                {r.physician.name}
                {r.physician.credentials ? `, ${r.physician.credentials}` : ""} <span className={styles.muted}>NPI {r.physician.npi}</span>
              </h4>
              <RoleForm orgId={orgId} l={l} r={r} catalog={catalog} />
              <details>
                <summary>Languages, certifications, removal</summary>
                <LanguagesForm orgId={orgId} r={r} />
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
                <CertificationForm orgId={orgId} r={r} />
                <RemovePhysicianForm orgId={orgId} l={l} r={r} />
              </details>
            </article>
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
