// Removes a colleague's access to the practice (managers only).
import { removeMemberAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";

export function RemoveMemberForm({ orgId, m }: { orgId: number; m: { userId: number; email: string } }) {
  return (
    <ActionForm
      action={removeMemberAction}
      submitLabel="Remove"
      label={`Remove ${m.email}`}
      buttons={
        <button type="submit" className={styles.danger}>
          Remove access
        </button>
      }
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="userId" value={m.userId} />
    </ActionForm>
  );
}
