// Proposes adding a physician (by NPI) at one location.
import { proposeAddPhysicianAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import type { TLocationDto } from "@/lib/portal/get-practice";

export function AddPhysicianForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  return (
    <ActionForm action={proposeAddPhysicianAction} submitLabel="Propose adding this physician" label={`Add a physician at ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="locationId" value={l.id} />
      <Field name="npi" label="NPI (10 digits)" required inputMode="numeric" />
      <Field name="firstName" label="First name" required />
      <Field name="lastName" label="Last name" required />
      <Field name="credentials" label="Credentials (e.g. MD, DO)" />
    </ActionForm>
  );
}
