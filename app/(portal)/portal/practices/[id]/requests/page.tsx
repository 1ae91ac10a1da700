// Every change request of a practice, newest first: what it changes (in words), who sent it, its status and the
// moderator's note; pending ones can be withdrawn, or amended by editing the same fields again on the practice page.
import { WithdrawForm } from "../_forms/withdraw-form";
import { loadPractice } from "../_parts/load-practice";
import { ChangeDiff } from "@/components/portal/change-diff";
import styles from "@/components/portal/portal.module.css";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Change requests" };

const STATUS_WORDS: Record<string, string> = {
  PENDING: "Waiting for review",
  APPROVED: "Approved — live",
  REJECTED: "Not approved",
  WITHDRAWN: "Withdrawn",
};

export default async function RequestsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { practice } = await loadPractice(id, `/portal/practices/${id}/requests`);
  const catalog = await getCatalog();
  const names = Object.fromEntries(catalog.procedures.map((p) => [p.slug, p.name]));
  const isManager = practice.myRole === "MANAGER";
  return (
    <>
      <h1>Change requests of {practice.name}</h1>
      <p>
        <a href={`/portal/practices/${practice.id}`}>Back to the practice</a>
      </p>
      <p className={styles.muted}>
        To amend a pending edit, change the same fields again on the location's page: the new values replace the pending ones in one
        request. Withdraw an edit you sent by mistake here.
      </p>
      {practice.changeRequests.length === 0 ? <p>No requests yet.</p> : null}
      {practice.changeRequests.map((c) => (
        <article
          key={c.id}
          id={`request-${c.id}`}
          className={styles.card}
          aria-labelledby={`request-${c.id}-title`}
          data-testid={`change-${c.id}`}
        >
          <h2 id={`request-${c.id}-title`} className={styles.summaryHeading}>
            {c.summary}
          </h2>
          <p>
            <strong>{STATUS_WORDS[c.status] ?? c.status}</strong>{" "}
            <span className={styles.muted}>
              · request #{c.id} · sent by {c.submittedBy} on {c.createdAt.slice(0, 10)}
              {c.reviewedAt ? ` · decided ${c.reviewedAt.slice(0, 10)}` : ""}
            </span>
          </p>
          {c.reason ? <p>{c.status === "WITHDRAWN" ? c.reason : `Moderator's note: ${c.reason}`}</p> : null}
          <ChangeDiff before={c.before} proposed={c.proposed} action={c.action} procedureNames={names} />
          {/* Kept in place once withdrawn, so its confirmation keeps the keyboard focus (see WithdrawForm). */}
          {practice.myRole && (isManager || c.mine) ? (
            <WithdrawForm orgId={practice.id} id={c.id} pending={c.status === "PENDING"} />
          ) : null}
        </article>
      ))}
    </>
  );
}
