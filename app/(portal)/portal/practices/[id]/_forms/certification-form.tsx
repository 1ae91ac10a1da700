// Adds a board certification for a moderator to verify.
import { claimCertificationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import type { TRoleDto } from "@/lib/portal/get-practice";

export function CertificationForm({ orgId, r }: { orgId: number; r: TRoleDto }) {
  return (
    <ActionForm
      action={claimCertificationAction}
      submitLabel="Add certification for verification"
      label={`Certification of ${r.physician.name}`}
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="physicianId" value={r.physician.id} />
      <Field name="board" label="Board" defaultValue="American Board of Radiology" required />
      <Field name="certificate" label="Certificate" required hint="For example: Interventional Radiology and Diagnostic Radiology" />
    </ActionForm>
  );
}
