// The moderators' queue: one queue at a time (edits, certifications, claims, error reports), paged on the server,
// with true counts, search, filters and sort in the URL.
import { notFound } from "next/navigation";
import {
  disableAccountAction,
  resolveReportAction,
  reviewChangeAction,
  reviewClaimAction,
  undoDecisionAction,
  verifyCertificationAction,
} from "@/app/(portal)/portal/_actions/moderation";
import { listMyRecentDecisions, UNDO_WINDOW_MINUTES, type TRecentDecisionDto } from "@/lib/change-requests/undo";
import { ChangeDiff } from "@/components/portal/change-diff";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { getModerationQueue, type TListingLink, type TQueueChangeDto } from "@/lib/moderation/queue";
import { EDIT_TYPES, type TQueueName, type TQueueQuery } from "@/lib/moderation/schemas";
import { waitingFor } from "@/lib/text/waiting";

export const metadata = { title: "Moderation" };

const QUEUE_LABELS: Record<TQueueName, string> = {
  changes: "Clinic edits",
  certifications: "Certifications",
  claims: "Practice claims",
  reports: "Error reports",
};
const EDIT_TYPE_LABELS: Record<(typeof EDIT_TYPES)[number], string> = {
  organization: "Practice details",
  location: "Location details and hours",
  practitioner_role: "Physician at a location",
  physician: "Physician languages",
  add_physician: "Add a physician",
  remove_physician: "Remove a physician",
  closure: "Holiday or temporary closure",
};

/** The queue URL with some query values replaced (page resets unless given). */
function queueHref(query: TQueueQuery, change: Partial<Record<keyof TQueueQuery, string | number | undefined>>): string {
  const merged: Record<string, string | number | undefined> = { ...query, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === "" || (k === "sort" && v === "oldest") || (k === "page" && v === 1)) continue;
    params.set(k, String(v));
  }
  return `/portal/moderation?${params.toString()}`;
}

function Listing({ link }: { link: TListingLink }) {
  return link.href ? (
    <a href={link.href} target="_blank" rel="noreferrer">
      {link.label}
    </a>
  ) : (
    <>{link.label}</>
  );
}

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

/** Undoes the moderator's own decision on a request (within UNDO_WINDOW_MINUTES). */
function UndoForm({ id }: { id: number }) {
  return (
    <ActionForm
      action={undoDecisionAction}
      submitLabel="Undo"
      label={`Undo the decision on request ${id}`}
      hideWhenDone
      buttons={
        <button type="submit" className={styles.secondary}>
          Undo this decision
        </button>
      }
    >
      <Hidden name="id" value={id} />
    </ActionForm>
  );
}

function RecentDecisions({ decisions }: { decisions: TRecentDecisionDto[] }) {
  if (decisions.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="recent-decisions" data-testid="recent-decisions">
      <h2 id="recent-decisions">Your decisions of the last {UNDO_WINDOW_MINUTES} minutes</h2>
      <ul>
        {decisions.map((d) => (
          <li key={d.id}>
            {d.status === "APPROVED" ? "Approved" : "Rejected"}: {d.summary} (request #{d.id},{" "}
            <time dateTime={d.reviewedAt}>{d.reviewedAt.slice(11, 16)} UTC</time>)
            <UndoForm id={d.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeCard({ c, query }: { c: TQueueChangeDto; query: TQueueQuery }) {
  return (
    <article className={styles.card} aria-labelledby={`cr-${c.id}`} data-testid={`change-${c.id}`}>
      <h3 id={`cr-${c.id}`}>{c.summary}</h3>
      <p>
        <Listing link={c.target} />
      </p>
      <p className={styles.muted}>
        Request #{c.id} · <a href={queueHref(query, { practice: c.organizationId })}>{c.organizationName}</a> · by {c.submittedBy} ·{" "}
        <time dateTime={c.createdAt}>{c.createdAt.slice(0, 10)}</time> ({waitingFor(c.createdAt)})
      </p>
      <ChangeDiff before={c.before} proposed={c.proposed} action={c.action} />
      <ActionForm
        action={reviewChangeAction}
        submitLabel="Review"
        label={`Review request ${c.id}`}
        buttons={<ReviewButtons />}
        hideWhenDone
        afterDone={<UndoForm id={c.id} />}
      >
        <Hidden name="id" value={c.id} />
        <Field name="reason" label="Note or reason (required to reject; the clinic sees it)" />
      </ActionForm>
    </article>
  );
}

function Pager({ query, page, pageCount, total }: { query: TQueueQuery; page: number; pageCount: number; total: number }) {
  if (pageCount <= 1) return <p className={styles.muted}>{total === 1 ? "1 item." : `${total} items.`}</p>;
  return (
    <nav aria-label="Queue pages" className={styles.pager}>
      {page > 1 ? <a href={queueHref(query, { page: page - 1 })}>← Previous</a> : null}
      <span>
        Page {page} of {pageCount} ({total} items)
      </span>
      {page < pageCount ? <a href={queueHref(query, { page: page + 1 })}>Next →</a> : null}
    </nav>
  );
}

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function ModerationPage({ searchParams }: { searchParams: TSearch }) {
  const actor = await requireSignedInPage("/portal/moderation");
  if (!actor.isModerator) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [queue, recent] = await Promise.all([getModerationQueue(actor, raw), listMyRecentDecisions(actor)]);
  const { query, counts, items } = queue;
  const today = new Date().toISOString().slice(0, 10);
  const filtered = query.q || query.type || query.practice || query.minAgeDays;
  return (
    <>
      <h1>Moderation</h1>
      <nav aria-label="Queues" className={styles.tabs}>
        {(Object.keys(QUEUE_LABELS) as TQueueName[]).map((name) => (
          <a
            key={name}
            href={queueHref({ ...query, type: undefined }, { queue: name })}
            aria-current={name === query.queue ? "page" : undefined}
          >
            {QUEUE_LABELS[name]} ({counts[name]})
          </a>
        ))}
        <a href="#accounts">Accounts</a>
        <a href="/portal/moderation/audit">Audit log</a>
      </nav>

      <form method="get" action="/portal/moderation" className={styles.filters} aria-label="Search and filter the queue">
        <input type="hidden" name="queue" value={query.queue} />
        {query.practice ? <input type="hidden" name="practice" value={query.practice} /> : null}
        <div className={styles.field}>
          <label htmlFor="queue-q">Search</label>
          <input id="queue-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Practice, physician, NPI or words" />
        </div>
        {query.queue === "changes" ? (
          <div className={styles.field}>
            <label htmlFor="queue-type">Kind of edit</label>
            <select id="queue-type" name="type" defaultValue={query.type ?? ""}>
              <option value="">Every kind</option>
              {EDIT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EDIT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className={styles.field}>
          <label htmlFor="queue-age">Waiting</label>
          <select id="queue-age" name="minAgeDays" defaultValue={query.minAgeDays ?? ""}>
            <option value="">Any time</option>
            <option value="1">1 day or more</option>
            <option value="7">7 days or more</option>
            <option value="30">30 days or more</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="queue-sort">Order</label>
          <select id="queue-sort" name="sort" defaultValue={query.sort}>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.secondary}>
            Apply
          </button>
          {filtered ? (
            <a href={queueHref({ ...query, q: undefined, type: undefined, practice: undefined, minAgeDays: undefined }, {})}>
              Clear filters
            </a>
          ) : null}
        </div>
      </form>

      {queue.query.queue === "changes" ? <RecentDecisions decisions={recent} /> : null}

      <section aria-labelledby="queue-title">
        <h2 id="queue-title">
          {QUEUE_LABELS[query.queue]}
          {query.practice ? " of one practice" : ""}
        </h2>
        <Pager query={query} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
        {queue.total === 0 ? <p>{filtered ? "Nothing matches these filters." : "Nothing waiting."}</p> : null}

        {items.queue === "changes" ? items.changes.map((c) => <ChangeCard key={c.id} c={c} query={query} />) : null}

        {items.queue === "certifications" ? (
          <>
            {items.claimed.length ? <h3>Claimed by clinics (verify with the board, then approve)</h3> : null}
            {items.claimed.map((c) => (
              <ChangeCard key={c.id} c={c} query={query} />
            ))}
            {items.imported.length ? <h3>Imported, not yet verified</h3> : null}
            {items.imported.map((c) => (
              <article key={c.id} className={styles.card} aria-labelledby={`cert-${c.id}`} data-testid={`cert-${c.id}`}>
                <h4 id={`cert-${c.id}`}>
                  <Listing link={c.listing} /> (NPI {c.npi})
                </h4>
                <p>
                  {c.board} — {c.certificate} <span className={styles.muted}>· on file since {c.createdAt.slice(0, 10)}</span>
                </p>
                <ActionForm
                  action={verifyCertificationAction}
                  submitLabel="Mark verified"
                  label={`Verify certification ${c.id}`}
                  hideWhenDone
                >
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
          </>
        ) : null}

        {items.queue === "claims"
          ? items.claims.map((c) => (
              <article key={c.id} className={styles.card} aria-labelledby={`claim-${c.id}`} data-testid={`claim-${c.id}`}>
                <h3 id={`claim-${c.id}`}>
                  {c.organizationName} {c.organizationNpi ? `(NPI ${c.organizationNpi})` : ""}
                </h3>
                <p className={styles.muted}>
                  Claim #{c.id} · sent <time dateTime={c.createdAt}>{c.createdAt.slice(0, 10)}</time> ({waitingFor(c.createdAt)})
                  {c.existingManagers ? ` · already has ${c.existingManagers} manager(s)` : " · no manager yet"}
                </p>
                <p>
                  {c.claimantName}, {c.claimantRole} · {c.claimantEmail} · phone {c.workPhone}
                </p>
                <p>{c.evidence}</p>
                {c.listings.length ? (
                  <ul>
                    {c.listings.map((l) => (
                      <li key={l.label}>
                        <Listing link={l} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ActionForm
                  action={reviewClaimAction}
                  submitLabel="Review"
                  label={`Review claim ${c.id}`}
                  buttons={<ReviewButtons />}
                  hideWhenDone
                >
                  <Hidden name="id" value={c.id} />
                  <Field name="reason" label="Note or reason (required to reject; the claimant sees it)" />
                </ActionForm>
              </article>
            ))
          : null}

        {items.queue === "reports"
          ? items.reports.map((r) => (
              <article key={r.id} className={styles.card} aria-labelledby={`rep-${r.id}`} data-testid={`report-${r.id}`}>
                <h3 id={`rep-${r.id}`}>{r.topic.replaceAll("_", " ").toLowerCase()}</h3>
                <p className={styles.muted}>
                  Report #{r.id} · <time dateTime={r.createdAt}>{r.createdAt.slice(0, 10)}</time> ({waitingFor(r.createdAt)})
                </p>
                <dl className={styles.facts}>
                  <dt>Physician</dt>
                  <dd>{r.physician ? <Listing link={r.physician} /> : "not named"}</dd>
                  <dt>Location</dt>
                  <dd>{r.location ? <Listing link={r.location} /> : "not named"}</dd>
                </dl>
                <p>{r.message}</p>
                <ActionForm
                  action={resolveReportAction}
                  submitLabel="Close"
                  label={`Close report ${r.id}`}
                  hideWhenDone
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
            ))
          : null}
        <Pager query={query} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
      </section>

      <details className={styles.card} id="accounts">
        <summary>
          <h2 className={styles.summaryHeading}>Disable an account</h2>
        </summary>
        <p>Ends every session of the account at once and blocks sign-in.</p>
        <ActionForm action={disableAccountAction} submitLabel="Disable account" label="Disable an account">
          <Field name="email" label="Account email" type="email" required />
          <Field name="reason" label="Reason (kept in the audit log)" required />
        </ActionForm>
      </details>
    </>
  );
}
