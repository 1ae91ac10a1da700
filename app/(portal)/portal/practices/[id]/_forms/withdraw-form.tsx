// Withdraws a pending change request (its submitter, or a manager).
import { withdrawChangeAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";

/** `pending` false: the request is no longer pending; the form then shows only its own confirmation, if any. */
export function WithdrawForm({ orgId, id, pending = true }: { orgId: number; id: number; pending?: boolean }) {
  return (
    <ActionForm
      inactive={!pending}
      action={withdrawChangeAction}
      submitLabel="Withdraw"
      label={`Withdraw request ${id}`}
      hideWhenDone
      buttons={
        <button type="submit" className={styles.danger}>
          Withdraw request #{id}
        </button>
      }
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="id" value={id} />
    </ActionForm>
  );
}
