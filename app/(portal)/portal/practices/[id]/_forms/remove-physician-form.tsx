// Proposes removing a physician from one location.
import { proposeRemoveRoleAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto, TRoleDto } from "@/lib/portal/get-practice";

export function RemovePhysicianForm({ orgId, l, r }: { orgId: number; l: TLocationDto; r: TRoleDto }) {
  return (
    <ActionForm
      action={proposeRemoveRoleAction}
      submitLabel="Remove"
      label={`Remove ${r.physician.name} from ${l.name}`}
      buttons={
        <button type="submit" className={styles.danger}>
          Remove {r.physician.name} from this location
        </button>
      }
    >
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="roleId" value={r.id} />
      <Hidden name="version" value={r.version} />
    </ActionForm>
  );
}
