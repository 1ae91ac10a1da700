// Proposes adding a physician (by NPI, details filled from the directory when known) at one location.
import { lookupNpiAction, proposeAddPhysicianAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import { NpiFill } from "@/components/portal/npi-fill";
import type { TLocationDto } from "@/lib/portal/get-practice";

export function AddPhysicianForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  return (
    <ActionForm action={proposeAddPhysicianAction} submitLabel="Propose adding this physician" label={`Add a physician at ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="locationId" value={l.id} />
      <NpiFill organizationId={orgId} lookup={lookupNpiAction} />
    </ActionForm>
  );
}
