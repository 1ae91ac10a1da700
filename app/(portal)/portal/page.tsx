// Portal home: the practices this person works on, their claims, and where to go next.
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { listMyClaims } from "@/lib/claims/list";
import { listMyPractices } from "@/lib/portal/get-practice";

export const metadata = { title: "My practices" };

export default async function PortalHome() {
  const actor = await requireSignedInPage();
  const [practices, claims] = await Promise.all([listMyPractices(actor), listMyClaims(actor)]);
  return (
    <>
      <h1>My practices</h1>
      {practices.length === 0 ? (
        <p>
          You don&apos;t manage a practice yet. <a href="/portal/claim">Claim your practice</a>, or ask its manager to invite you.
        </p>
      ) : (
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
