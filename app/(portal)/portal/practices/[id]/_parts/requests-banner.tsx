// The top of a practice page: what is waiting for review and what was decided lately, each linked to the request.
import styles from "@/components/portal/portal.module.css";
import type { TPracticeDto } from "@/lib/portal/get-practice";

const STATUS_WORDS: Record<string, string> = { APPROVED: "approved", REJECTED: "not approved", WITHDRAWN: "withdrawn", PENDING: "pending" };

export function RequestsBanner({ practice }: { practice: TPracticeDto }) {
  const requests = practice.changeRequests;
  const pending = requests.filter((c) => c.status === "PENDING");
  const decided = requests.filter((c) => c.status !== "PENDING").slice(0, 3);
  const href = (id: number) => `/portal/practices/${practice.id}/requests#request-${id}`;
  return (
    <section className={styles.banner} aria-labelledby="requests-banner" data-testid="requests-banner">
      <h2 id="requests-banner">
        {pending.length === 0
          ? "Nothing waiting for review"
          : pending.length === 1
            ? "1 edit waiting for review"
            : `${pending.length} edits waiting for review`}
      </h2>
      <p className={styles.muted}>Edits go live once a moderator approves them. You get an email either way.</p>
      {pending.length ? (
        <ul>
          {pending.slice(0, 5).map((c) => (
            <li key={c.id}>
              <a href={href(c.id)}>{c.summary}</a>{" "}
              <span className={styles.muted}>
                — by {c.submittedBy}, {c.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {decided.length ? (
        <>
          <h3>Lately decided</h3>
          <ul>
            {decided.map((c) => (
              <li key={c.id}>
                <a href={href(c.id)}>{c.summary}</a> — <strong>{STATUS_WORDS[c.status] ?? c.status.toLowerCase()}</strong>
                {c.reason ? `: ${c.reason}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={`/portal/practices/${practice.id}/requests`}>
          See every request{pending.length > 5 ? ` (${pending.length} pending)` : ""}
        </a>
      </p>
    </section>
  );
}
