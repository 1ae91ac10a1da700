// Proposes the languages a physician speaks; a pending proposal shows ticked, with a note.
import { proposeLanguagesAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, BasedOn, GroupCheckbox, Hidden } from "@/components/portal/form-state";
import { pendingNote, pendingOr } from "@/components/portal/pending-note";
import styles from "@/components/portal/portal.module.css";
import { LANGUAGES } from "@/lib/physicians/languages";
import type { TRoleDto } from "@/lib/portal/get-practice";

const languageNames = (v: unknown) => (Array.isArray(v) && v.length ? v.map((c) => LANGUAGES[String(c)] ?? String(c)).join(", ") : "none");

export function LanguagesForm({ orgId, r }: { orgId: number; r: TRoleDto }) {
  const p = r.physician.pending;
  const chosen = pendingOr(p, "languages", r.physician.languages);
  const ticked = Array.isArray(chosen) ? chosen.map(String) : r.physician.languages;
  return (
    <ActionForm action={proposeLanguagesAction} submitLabel="Propose languages" label={`Languages of ${r.physician.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="physicianId" value={r.physician.id} />
      <Hidden name="version" value={r.physician.version} />
      <BasedOn pendingId={p?.id} />
      <fieldset className={styles.fieldset}>
        <legend>Languages spoken</legend>
        {p && Object.hasOwn(p.proposed, "languages") ? (
          <p className={styles.pendingNote}>{pendingNote(p, "languages", r.physician.languages, languageNames)}</p>
        ) : null}
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <GroupCheckbox key={code} name="languages" value={code} checked={ticked.includes(code)}>
            {name}
          </GroupCheckbox>
        ))}
      </fieldset>
    </ActionForm>
  );
}
