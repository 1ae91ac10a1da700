// Revokes a pending invitation, so its link stops working (managers only).
import { revokeInvitationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";

export function RevokeInvitationForm({ orgId, invitation }: { orgId: number; invitation: { id: number; email: string } }) {
  return (
    <ActionForm
      action={revokeInvitationAction}
      submitLabel="Revoke"
      label={`Revoke the invitation for ${invitation.email}`}
      buttons={
        <button type="submit" className={styles.danger}>
          Revoke invitation
        </button>
      }
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="invitationId" value={invitation.id} />
    </ActionForm>
  );
}
