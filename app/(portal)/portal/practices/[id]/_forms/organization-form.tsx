// Proposes the practice name, website and main phone (managers only); a pending proposal shows in the fields.
import { proposeOrganizationAction } from "@/app/(portal)/portal/_actions/practice";
import { ActionForm, BasedOn, Field, Hidden } from "@/components/portal/form-state";
import { pendingNote, pendingOr } from "@/components/portal/pending-note";
import type { TPracticeDto } from "@/lib/portal/get-practice";

export function OrganizationForm({ practice }: { practice: TPracticeDto }) {
  const p = practice.pending;
  const value = (k: "name" | "website" | "phone") => {
    const v = pendingOr(p, k, practice[k]);
    return typeof v === "string" ? v : null;
  };
  return (
    <ActionForm action={proposeOrganizationAction} submitLabel="Propose changes" label="Practice details">
      <Hidden name="organizationId" value={practice.id} />
      <Hidden name="version" value={practice.version} />
      <BasedOn pendingId={p?.id} />
      <Field name="name" label="Practice name" defaultValue={value("name")} required note={pendingNote(p, "name", practice.name)} />
      <Field name="website" label="Website" type="url" defaultValue={value("website")} note={pendingNote(p, "website", practice.website)} />
      <Field name="phone" label="Main phone" type="tel" defaultValue={value("phone")} note={pendingNote(p, "phone", practice.phone)} />
    </ActionForm>
  );
}
