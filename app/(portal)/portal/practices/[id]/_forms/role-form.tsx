// Proposes a physician's terms at one location: accepting new patients, telehealth, procedures offered. A pending
// proposal shows in the controls, with what the public still sees.
import { proposeRoleAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, BasedOn, GroupCheckbox, Hidden, YesNoSelect } from "@/components/portal/form-state";
import { pendingNote, pendingOr } from "@/components/portal/pending-note";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto, TRoleDto } from "@/lib/portal/get-practice";
import type { TCatalog } from "@/lib/procedures/catalog";

const asYesNo = (v: unknown): boolean | null => (typeof v === "boolean" ? v : null);

export function RoleForm({ orgId, l, r, catalog }: { orgId: number; l: TLocationDto; r: TRoleDto; catalog: TCatalog }) {
  const p = r.pending;
  const names = Object.fromEntries(catalog.procedures.map((x) => [x.slug, x.name]));
  const procedureList = (v: unknown) => (Array.isArray(v) && v.length ? v.map((s) => names[String(s)] ?? String(s)).join(", ") : "none");
  const proposedProcedures = pendingOr(p, "procedures", r.procedures);
  const ticked = Array.isArray(proposedProcedures) ? proposedProcedures.map(String) : r.procedures;
  return (
    <ActionForm action={proposeRoleAction} submitLabel="Propose changes" label={`${r.physician.name} at ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="roleId" value={r.id} />
      <Hidden name="version" value={r.version} />
      <BasedOn pendingId={p?.id} />
      <YesNoSelect
        name="acceptingNewPatients"
        label="Accepting new patients"
        value={asYesNo(pendingOr(p, "acceptingNewPatients", r.acceptingNewPatients))}
        note={pendingNote(p, "acceptingNewPatients", r.acceptingNewPatients)}
      />
      {/* Three states, as for new patients: a checkbox would turn "not stated" into "no" on every other edit. */}
      <YesNoSelect
        name="telehealth"
        label="Offers telehealth visits"
        value={asYesNo(pendingOr(p, "telehealth", r.telehealth))}
        note={pendingNote(p, "telehealth", r.telehealth)}
      />
      <fieldset className={styles.fieldset}>
        <legend>Procedures offered here</legend>
        {p && Object.hasOwn(p.proposed, "procedures") ? (
          <p className={styles.pendingNote}>{pendingNote(p, "procedures", r.procedures, procedureList)}</p>
        ) : null}
        {catalog.procedures.map((x) => (
          <GroupCheckbox key={x.slug} name="procedures" value={x.slug} checked={ticked.includes(x.slug)}>
            {x.name}
          </GroupCheckbox>
        ))}
      </fieldset>
    </ActionForm>
  );
}
