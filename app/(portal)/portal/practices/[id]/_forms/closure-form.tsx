// Announces a holiday or temporary closure of a location (first and last day closed, a note for patients), and asks
// to remove an announced one; both go through moderation.
import { proposeClosureAction, proposeRemoveClosureAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto } from "@/lib/portal/get-practice";

export function ClosureForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  return (
    <ActionForm action={proposeClosureAction} submitLabel="Propose this closure" label={`Closure of ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="locationId" value={l.id} />
      <Field name="startsOn" label="First day closed" type="date" required hint="For one day, use the same date twice." />
      <Field name="endsOn" label="Last day closed" type="date" required />
      <Field
        name="note"
        label="Note for patients"
        required
        hint="For example: Closed for the holidays. Call 316-555-0100 for urgent questions."
      />
    </ActionForm>
  );
}

export function RemoveClosureForm({ orgId, closureId, text }: { orgId: number; closureId: number; text: string }) {
  return (
    <ActionForm
      action={proposeRemoveClosureAction}
      submitLabel="Remove"
      label={`Remove closure ${text}`}
      hideWhenDone
      buttons={
        <button type="submit" className={styles.secondary}>
          Propose removing “{text}”
        </button>
      }
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="closureId" value={closureId} />
    </ActionForm>
  );
}
