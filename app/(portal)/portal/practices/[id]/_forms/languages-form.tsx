// Proposes the languages a physician speaks.
import { proposeLanguagesAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { LANGUAGES } from "@/lib/physicians/languages";
import type { TRoleDto } from "@/lib/portal/get-practice";

export function LanguagesForm({ orgId, r }: { orgId: number; r: TRoleDto }) {
  return (
    <ActionForm action={proposeLanguagesAction} submitLabel="Propose languages" label={`Languages of ${r.physician.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="physicianId" value={r.physician.id} />
      <Hidden name="version" value={r.physician.version} />
      <fieldset className={styles.fieldset}>
        <legend>Languages spoken</legend>
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <label key={code} className={styles.inline}>
            <input type="checkbox" name="languages" value={code} defaultChecked={r.physician.languages.includes(code)} /> {name}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
