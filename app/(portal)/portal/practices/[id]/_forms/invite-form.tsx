// Invites a colleague by e-mail (managers only).
import { inviteStaffAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";

export function InviteForm({ orgId }: { orgId: number }) {
  return (
    <ActionForm action={inviteStaffAction} submitLabel="Send invitation" label="Invite staff">
      <Hidden name="organizationId" value={orgId} />
      <Field name="email" label="Invite a colleague (email)" type="email" required />
    </ActionForm>
  );
}
