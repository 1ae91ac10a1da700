// Find a practice by name or organization NPI and ask to manage it.
import { claimPracticeAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { searchPractices, type TPracticeHit } from "@/lib/claims/submit";
import { isAppError } from "@/lib/errors";

export const metadata = { title: "Claim a practice" };

export default async function ClaimPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireSignedInPage();
  const { q } = await searchParams;
  let hits: TPracticeHit[] = [];
  let problem: string | null = null;
  if (q) {
    try {
      hits = await searchPractices(actor, { q });
    } catch (e) {
      if (!isAppError(e)) throw e;
      problem = e.message;
    }
  }
  return (
    <>
      <h1>Claim your practice</h1>
      <form method="get" role="search" className={styles.form} aria-label="Find a practice">
        <div className={styles.field}>
          <label htmlFor="q">Practice name or organization NPI</label>
          <input
            id="q"
            name="q"
            defaultValue={q ?? ""}
            minLength={2}
            maxLength={100}
            required
            aria-describedby={problem ? "q-err" : undefined}
          />
          {problem ? (
            <small id="q-err" role="alert" className={styles.fieldError}>
              {problem}
            </small>
          ) : null}
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.primary}>
            Search
          </button>
        </div>
      </form>
      {q && !problem ? (
        <p role="status">
          {hits.length === 0 ? "No practice matches. Check the spelling or try the NPI." : `${hits.length} practice(s) found.`}
        </p>
      ) : null}
      {hits.map((h) => (
        <section key={h.id} className={styles.card} aria-labelledby={`org-${h.id}`}>
          <h2 id={`org-${h.id}`}>{h.name}</h2>
          <p className={styles.muted}>
            {h.npi ? `NPI ${h.npi} · ` : ""}
            {h.locationCount} location(s){h.cities.length ? `: ${h.cities.join("; ")}` : ""}
          </p>
          <details>
            <summary>I manage this practice</summary>
            <ActionForm action={claimPracticeAction} submitLabel="Send claim for review" label={`Claim ${h.name}`}>
              <Hidden name="organizationId" value={h.id} />
              <Field name="claimantName" label="Your full name" required autoComplete="name" />
              <Field
                name="claimantRole"
                label="Your role at the practice"
                required
                hint="For example: practice manager, physician, office administrator."
              />
              <Field name="workPhone" label="Practice phone number we can call to confirm" type="tel" required inputMode="tel" />
              <Field
                name="evidence"
                label="How can we confirm you work there?"
                required
                multiline
                hint="For example: your page on the practice website, or who we can ask for at the front desk."
              />
            </ActionForm>
          </details>
        </section>
      ))}
    </>
  );
}
