// Portal home: the practices this person works on, their claims, and where to go next.
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { listMyClaims } from "@/lib/claims/list";
import { listMyPractices } from "@/lib/portal/get-practice";
import { listMyInvitations } from "@/lib/portal/members";
import { acceptInvitationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";

export const metadata = { title: "My practices" };

export default async function PortalHome() {
  const actor = await requireSignedInPage();
  const [practices, claims, invitations] = await Promise.all([listMyPractices(actor), listMyClaims(actor), listMyInvitations(actor)]);
  return (
    <>
      <h1>My practices</h1>
      {invitations.map((i) => (
        <section key={i.id} className={styles.banner} aria-labelledby={`inv-${i.id}`} data-testid={`my-invitation-${i.id}`}>
          <h2 id={`inv-${i.id}`}>Invitation to join {i.organizationName}</h2>
          <p>
            {i.invitedBy} invited you (expires {i.expiresAt.slice(0, 10)}).
          </p>
          <ActionForm
            action={acceptInvitationAction}
            submitLabel={`Join ${i.organizationName}`}
            label={`Accept invitation to ${i.organizationName}`}
          >
            <Hidden name="invitationId" value={i.id} />
          </ActionForm>
        </section>
      ))}
      {practices.length === 0 && invitations.length === 0 ? (
        <p>
          You don&apos;t manage a practice yet. <a href="/portal/claim">Claim your practice</a>, or ask its manager to invite you.
        </p>
      ) : practices.length === 0 ? null : (
        <ul>
          {practices.map((p) => (
            <li key={p.organizationId}>
              <a href={`/portal/practices/${p.organizationId}`}>{p.name}</a> <span className={styles.muted}>({p.role.toLowerCase()})</span>
            </li>
          ))}
        </ul>
      )}
      {claims.length ? (
        <section className={styles.card} aria-labelledby="claims">
          <h2 id="claims">Your claims</h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Practice</th>
                <th scope="col">Status</th>
                <th scope="col">Moderator&apos;s note</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  <td>{c.organizationName}</td>
                  <td>{c.status.toLowerCase()}</td>
                  <td>{c.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {actor.isModerator ? (
        <p>
          You are a moderator: <a href="/portal/moderation">open the moderation queue</a>.
        </p>
      ) : null}
    </>
  );
}
