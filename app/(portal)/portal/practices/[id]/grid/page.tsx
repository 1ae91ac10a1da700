// The physician × location grid of a practice: who works where, what each offers there, what is pending; tick cells
// (or a whole row or column) and set new patients, telehealth or procedures for all of them in one submission — one
// change request per physician at a location, each reviewed by a moderator (decision 060).
import { loadPractice } from "../_parts/load-practice";
import { proposeBulkRolesAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, GroupCheckbox, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { TickCells } from "@/components/portal/tick-cells";
import type { TRoleDto } from "@/lib/portal/get-practice";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Physicians × locations" };

const yesNo = (v: unknown) => (v === null || v === undefined ? "not stated" : v === true ? "yes" : v === false ? "no" : String(v));
const cellValue = (r: TRoleDto) => `${r.id}:${r.version}:${r.pending?.id ?? 0}`;

function KeepSelect({ name, label }: { name: string; label: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor={`grid-${name}`}>{label}</label>
      <select id={`grid-${name}`} name={name} defaultValue="keep">
        <option value="keep">Leave as it is</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
        <option value="unknown">Not stated</option>
      </select>
    </div>
  );
}

export default async function GridPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { practice } = await loadPractice(id, `/portal/practices/${id}/grid`);
  const catalog = await getCatalog();
  const names = Object.fromEntries(catalog.procedures.map((p) => [p.slug, p.name]));
  const physicians = [...new Map(practice.locations.flatMap((l) => l.roles.map((r) => [r.physician.id, r.physician]))).values()].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const roleAt = (physicianId: number, locationId: number) =>
    practice.locations.find((l) => l.id === locationId)?.roles.find((r) => r.physician.id === physicianId) ?? null;
  const canEdit = practice.myRole !== null;
  return (
    <>
      <p>
        <a href={`/portal/practices/${practice.id}`}>← {practice.name}</a>
      </p>
      <h1>Physicians × locations</h1>
      <p className={styles.muted}>
        Tick the physicians at the locations to change, choose what to set below, and send once: each ticked physician at a location becomes
        its own request for review. Nothing changes publicly until a moderator approves.
      </p>
      <ActionForm
        action={proposeBulkRolesAction}
        submitLabel="Propose for the ticked physicians"
        label="Change several physicians at once"
        id="grid"
      >
        <Hidden name="organizationId" value={practice.id} />
        {canEdit ? (
          <p className={styles.actions}>
            {practice.locations.map((l) => (
              <TickCells key={l.id} className={styles.secondary} values={l.roles.map(cellValue)} label={`Tick everyone at ${l.name}`} />
            ))}
          </p>
        ) : null}
        <div className={styles.gridWrap}>
          <table className={styles.grid} data-testid="practice-grid">
            <caption className={styles.visuallyHidden}>Who works where, and what each offers there</caption>
            <thead>
              <tr>
                <th scope="col">Physician</th>
                {practice.locations.map((l) => (
                  <th scope="col" key={l.id}>
                    <a href={`/portal/practices/${practice.id}/locations/${l.id}`}>{l.name}</a>
                    <span className={styles.muted}>
                      {" "}
                      — {l.address1}, {l.city}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {physicians.map((ph) => {
                const roles = practice.locations.flatMap((l) => {
                  const r = roleAt(ph.id, l.id);
                  return r ? [r] : [];
                });
                return (
                  <tr key={ph.id}>
                    <th scope="row">
                      {ph.name}
                      {ph.credentials ? `, ${ph.credentials}` : ""}
                      {canEdit && practice.locations.length > 1 ? (
                        <>
                          {" "}
                          <TickCells className={styles.linkButton} values={roles.map(cellValue)} label={`Tick ${ph.name} everywhere`} />
                        </>
                      ) : null}
                    </th>
                    {practice.locations.map((l) => {
                      const r = roleAt(ph.id, l.id);
                      if (!r)
                        return (
                          <td key={l.id} className={`${styles.muted} ${styles.gridEmpty}`}>
                            <span className={styles.gridPlace}>{l.name}: </span>does not work here
                          </td>
                        );
                      const p = r.pending?.proposed ?? {};
                      const procs = (Array.isArray(p.procedures) ? p.procedures.map(String) : r.procedures).map((s) => names[s] ?? s);
                      return (
                        <td key={l.id} data-testid={`cell-${r.id}`}>
                          {canEdit ? (
                            <GroupCheckbox name="cells" value={cellValue(r)} checked={false}>
                              <span className={styles.visuallyHidden}>
                                Change {ph.name} at {l.name}
                              </span>
                              <span aria-hidden="true" className={styles.gridPlace}>
                                {l.name}
                              </span>
                            </GroupCheckbox>
                          ) : null}
                          <span className={styles.gridFacts}>
                            New patients: {yesNo(r.acceptingNewPatients)} · telehealth: {yesNo(r.telehealth)}
                            <br />
                            {r.procedures.length ? r.procedures.map((s) => names[s] ?? s).join(", ") : "No procedures listed"}
                          </span>
                          {r.pending ? (
                            <span className={styles.pendingNote}>
                              Pending review (<a href={r.pending.href}>request #{r.pending.id}</a> by {r.pending.submittedBy}):{" "}
                              {Object.hasOwn(p, "acceptingNewPatients") ? `new patients ${yesNo(p.acceptingNewPatients)}; ` : ""}
                              {Object.hasOwn(p, "telehealth") ? `telehealth ${yesNo(p.telehealth)}; ` : ""}
                              {Object.hasOwn(p, "procedures") ? `procedures: ${procs.join(", ") || "none"}` : ""}
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {canEdit ? (
          <fieldset className={styles.fieldset}>
            <legend>Set for every ticked physician at a location</legend>
            <KeepSelect name="acceptingNewPatients" label="Accepting new patients" />
            <KeepSelect name="telehealth" label="Offers telehealth visits" />
            <details>
              <summary>Add procedures</summary>
              {catalog.procedures.map((x) => (
                <GroupCheckbox key={x.slug} name="addProcedures" value={x.slug} checked={false}>
                  Add {x.name}
                </GroupCheckbox>
              ))}
            </details>
            <details>
              <summary>Remove procedures</summary>
              {catalog.procedures.map((x) => (
                <GroupCheckbox key={x.slug} name="removeProcedures" value={x.slug} checked={false}>
                  Remove {x.name}
                </GroupCheckbox>
              ))}
            </details>
          </fieldset>
        ) : null}
      </ActionForm>
    </>
  );
}
