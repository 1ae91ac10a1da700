// Proposes the practice name, website and main phone (managers only).
import { proposeOrganizationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import type { TPracticeDto } from "@/lib/portal/get-practice";

export function OrganizationForm({ practice }: { practice: TPracticeDto }) {
  const orgId = practice.id;
  return (
    <ActionForm action={proposeOrganizationAction} submitLabel="Propose changes" label="Practice details">
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="version" value={practice.version} />
      <Field name="name" label="Practice name" defaultValue={practice.name} required />
      <Field name="website" label="Website" type="url" defaultValue={practice.website} />
      <Field name="phone" label="Main phone" type="tel" defaultValue={practice.phone} />
    </ActionForm>
  );
}
