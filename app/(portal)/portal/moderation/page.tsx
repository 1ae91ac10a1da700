// The moderators' queue: practice claims, clinic edits (before/after), certifications to verify, error reports.
import { notFound } from "next/navigation";
import {
  disableAccountAction,
  resolveReportAction,
  reviewChangeAction,
  reviewClaimAction,
  verifyCertificationAction,
} from "@/app/(portal)/portal/_actions/moderation";
import { ChangeDiff } from "@/components/portal/change-diff";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { listUnverifiedCertifications } from "@/lib/moderation/certifications";
import { listErrorReports } from "@/lib/moderation/error-reports";
import { listPendingChangeRequests } from "@/lib/change-requests/list";
import { listPendingClaims } from "@/lib/claims/list";

export const metadata = { title: "Moderation" };

function ReviewButtons() {
  return (
    <>
      <button type="submit" name="decision" value="approve" className={styles.primary}>
        Approve
      </button>
      <button type="submit" name="decision" value="reject" className={styles.danger}>
        Reject
      </button>
    </>
  );
}

export default async function ModerationPage() {
  const actor = await requireSignedInPage();
  if (!actor.isModerator) notFound();
  const [claims, changes, certs, reports] = await Promise.all([
    listPendingClaims(actor),
    listPendingChangeRequests(actor),
    listUnverifiedCertifications(actor),
    listErrorReports(actor, {}),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <h1>Moderation</h1>
      <nav aria-label="Queues" className={styles.inline}>
        <a href="#claims">Claims ({claims.length})</a>
        <a href="#changes">Edits ({changes.length})</a>
        <a href="#certs">Certifications ({certs.length})</a>
        <a href="#reports">Error reports ({reports.length})</a>
        <a href="#accounts">Accounts</a>
        <a href="/portal/moderation/audit">Audit log</a>
      </nav>

      <section aria-labelledby="claims">
        <h2 id="claims">Practice claims</h2>
        {claims.length === 0 ? <p>No claims waiting.</p> : null}
        {claims.map((c) => (
          <article key={c.id} className={styles.card} aria-labelledby={`claim-${c.id}`} data-testid={`claim-${c.id}`}>
            <h3 id={`claim-${c.id}`}>
              {c.organizationName} {c.organizationNpi ? `(NPI ${c.organizationNpi})` : ""}
            </h3>
            <p>
              {c.claimantName}, {c.claimantRole} · {c.claimantEmail} · phone {c.workPhone}
              {c.existingManagers ? ` · already has ${c.existingManagers} manager(s)` : ""}
            </p>
            <p>{c.evidence}</p>
            <ActionForm action={reviewClaimAction} submitLabel="Review" label={`Review claim ${c.id}`} buttons={<ReviewButtons />}>
              <Hidden name="id" value={c.id} />
              <Field name="reason" label="Note or reason (required to reject; the claimant sees it)" />
            </ActionForm>
          </article>
        ))}
      </section>

      <section aria-labelledby="changes">
        <h2 id="changes">Clinic edits</h2>
        {changes.length === 0 ? <p>No edits waiting.</p> : null}
        {changes.map((c) => (
          <article key={c.id} className={styles.card} aria-labelledby={`cr-${c.id}`} data-testid={`change-${c.id}`}>
            <h3 id={`cr-${c.id}`}>
              #{c.id} {c.organizationName}: {c.summary}
            </h3>
            <p className={styles.muted}>
              {c.entity} {c.entityId ?? "(new)"} · by {c.submittedBy} · {c.createdAt.slice(0, 16).replace("T", " ")} UTC
            </p>
            <ChangeDiff before={c.before} proposed={c.proposed} action={c.action} />
            <ActionForm action={reviewChangeAction} submitLabel="Review" label={`Review change ${c.id}`} buttons={<ReviewButtons />}>
              <Hidden name="id" value={c.id} />
              <Field name="reason" label="Note or reason (required to reject; the clinic sees it)" />
            </ActionForm>
          </article>
        ))}
      </section>

      <section aria-labelledby="certs">
        <h2 id="certs">Board certifications to verify</h2>
        {certs.length === 0 ? <p>None waiting.</p> : null}
        {certs.map((c) => (
          <article key={c.id} className={styles.card} aria-labelledby={`cert-${c.id}`}>
            <h3 id={`cert-${c.id}`}>
              {c.physicianName} (NPI {c.npi})
            </h3>
            <p>
              {c.board} — {c.certificate}
            </p>
            <ActionForm action={verifyCertificationAction} submitLabel="Mark verified" label={`Verify certification ${c.id}`}>
              <Hidden name="certificationId" value={c.id} />
              <div className={styles.field}>
                <label htmlFor={`cert-status-${c.id}`}>Status found</label>
                <select id={`cert-status-${c.id}`} name="status" defaultValue="ACTIVE">
                  <option value="ACTIVE">Active</option>
                  <option value="EXPIRED">Expired</option>
                </select>
              </div>
              <Field name="source" label="Where you checked it" required defaultValue="ABR online verification" />
              <Field name="verifiedOn" label="Date checked" type="date" required defaultValue={today} />
            </ActionForm>
          </article>
        ))}
      </section>

      <section aria-labelledby="reports">
        <h2 id="reports">Error reports from patients</h2>
        {reports.length === 0 ? <p>No open reports.</p> : null}
        {reports.map((r) => (
          <article key={r.id} className={styles.card} aria-labelledby={`rep-${r.id}`}>
            <h3 id={`rep-${r.id}`}>
              {r.topic.replaceAll("_", " ").toLowerCase()}: {r.physician?.name ?? r.location?.name ?? "unspecified listing"}
            </h3>
            <p>{r.message}</p>
            <ActionForm
              action={resolveReportAction}
              submitLabel="Close"
              label={`Close report ${r.id}`}
              buttons={
                <>
                  <button type="submit" name="status" value="RESOLVED" className={styles.primary}>
                    Resolved
                  </button>
                  <button type="submit" name="status" value="DISMISSED" className={styles.secondary}>
                    Dismiss
                  </button>
                </>
              }
            >
              <Hidden name="id" value={r.id} />
              <Field name="resolution" label="What was done" required />
            </ActionForm>
          </article>
        ))}
      </section>

      <section aria-labelledby="accounts" className={styles.card}>
        <h2 id="accounts">Disable an account</h2>
        <p>Ends every session of the account at once and blocks sign-in.</p>
        <ActionForm action={disableAccountAction} submitLabel="Disable account" label="Disable an account">
          <Field name="email" label="Account email" type="email" required />
          <Field name="reason" label="Reason (kept in the audit log)" required />
        </ActionForm>
      </section>
    </>
  );
}
