// Withdraws a pending change request (its submitter, or a manager).
import { withdrawChangeAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";

export function WithdrawForm({ orgId, id }: { orgId: number; id: number }) {
  return (
    <ActionForm
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
