// "Everything is still correct" for one location, with its completeness and what is missing.
import { confirmListingAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { listingCompleteness } from "@/lib/portal/completeness";
import type { TLocationDto } from "@/lib/portal/get-practice";

export function ConfirmListingForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  const c = listingCompleteness(l);
  return (
    <div className={styles.completeness} data-testid={`completeness-${l.id}`}>
      <p>
        <strong>Listing {c.score}% complete</strong> · last confirmed {l.lastConfirmedAt} ({c.daysSinceConfirmed} days ago)
      </p>
      {c.missing.length ? <p>Missing: {c.missing.join("; ")}.</p> : null}
      <ActionForm
        action={confirmListingAction}
        submitLabel="Everything is still correct"
        label={`Confirm the listing of ${l.name}`}
        buttons={
          <button type="submit" className={styles.secondary}>
            Everything here is still correct
          </button>
        }
      >
        <Hidden name="organizationId" value={orgId} />
        <Hidden name="locationId" value={l.id} />
      </ActionForm>
    </div>
  );
}
