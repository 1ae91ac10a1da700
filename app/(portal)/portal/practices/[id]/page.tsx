// One practice: a banner of its requests, its details, a link per location (each location's editor is its own page,
// locations/[locationId]) and to the physician × location grid, staff, and links to the requests and history pages.
// Each edit becomes a change request (one component per form in _forms/).
import { InviteForm } from "./_forms/invite-form";
import { OrganizationForm } from "./_forms/organization-form";
import { RemoveMemberForm } from "./_forms/remove-member-form";
import { RevokeInvitationForm } from "./_forms/revoke-invitation-form";
import { loadPractice } from "./_parts/load-practice";
import { RequestsBanner } from "./_parts/requests-banner";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto } from "@/lib/portal/get-practice";
import { listMembers, listPendingInvitations } from "@/lib/portal/members";

export const metadata = { title: "Practice" };

/** Pending edits of a location, its physicians there, additions and closures. */
function pendingAt(l: TLocationDto): number {
  const roles = l.roles.reduce((n, r) => n + (r.pending ? 1 : 0) + (r.physician.pending ? 1 : 0) + r.pendingCertifications.length, 0);
  return (
    (l.pending ? 1 : 0) + roles + l.pendingAdditions.length + l.pendingClosures.length + l.closures.filter((c) => c.pendingRemoval).length
  );
}

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, practice } = await loadPractice(id, `/portal/practices/${id}`);
  const members = practice.myRole ? await listMembers(actor, { organizationId: practice.id }) : [];
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
      {/* Locations first: the page most visits go on to, a few Tab presses from the top. */}
      <section className={styles.card} aria-labelledby="locations">
        <h2 id="locations">Locations</h2>
        <p className={styles.muted}>Each location has its own page: address, phone, hours, closures and the physicians there.</p>
        <ul className={styles.locationList}>
          {practice.locations.map((l) => {
            const pending = pendingAt(l);
            return (
              <li key={l.id} data-testid={`location-link-${l.id}`}>
                <a href={`/portal/practices/${orgId}/locations/${l.id}`}>
                  {l.name} — {l.address1}, {l.city}, {l.state}
                </a>
                <span className={styles.muted}>
                  {" "}
                  · {l.roles.length} physician{l.roles.length === 1 ? "" : "s"}
                  {pending ? ` · ${pending} pending review` : ""}
                  {l.closures.length ? ` · ${l.closures[0]?.text ?? ""}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
        <p>
          <a href={`/portal/practices/${orgId}/grid`}>Physicians × locations: change several at once</a>
        </p>
      </section>

      <RequestsBanner practice={practice} />

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
