// Proposes a physician's terms at one location: accepting new patients, telehealth, procedures offered.
import { proposeRoleAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto, TRoleDto } from "@/lib/portal/get-practice";
import type { TCatalog } from "@/lib/procedures/catalog";

export function RoleForm({ orgId, l, r, catalog }: { orgId: number; l: TLocationDto; r: TRoleDto; catalog: TCatalog }) {
  return (
    <ActionForm action={proposeRoleAction} submitLabel="Propose changes" label={`${r.physician.name} at ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="roleId" value={r.id} />
      <Hidden name="version" value={r.version} />
      <div className={styles.field}>
        <label htmlFor={`anp-${r.id}`}>Accepting new patients</label>
        <select
          id={`anp-${r.id}`}
          name="acceptingNewPatients"
          defaultValue={r.acceptingNewPatients === null ? "unknown" : r.acceptingNewPatients ? "yes" : "no"}
        >
          <option value="yes">Yes</option>
          <option value="no">No</option>
          <option value="unknown">Not stated</option>
        </select>
      </div>
      <label className={styles.inline}>
        <input type="checkbox" name="telehealth" defaultChecked={r.telehealth} /> Offers telehealth visits
      </label>
      <fieldset className={styles.fieldset}>
        <legend>Procedures offered here</legend>
        {catalog.procedures.map((p) => (
          <label key={p.slug} className={styles.inline}>
            <input type="checkbox" name="procedures" value={p.slug} defaultChecked={r.procedures.includes(p.slug)} /> {p.name}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
