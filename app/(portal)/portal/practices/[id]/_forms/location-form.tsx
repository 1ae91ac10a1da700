// Proposes a location's address, phone, accessibility notes, weekly hours and map point; a pending proposal shows in
// the fields with what the public still sees. Hours and map point sit in collapsed parts that state what is on file,
// so the submit button is a few Tab presses after the phone field (decision 065); they open by themselves when they
// hold a pending value or an error.
import { proposeLocationAction } from "@/app/(portal)/portal/_actions/practice";
import { FormDisclosure } from "@/components/portal/form-disclosure";
import { ActionForm, BasedOn, Field, Hidden } from "@/components/portal/form-state";
import { HoursFieldset } from "@/components/portal/hours-fieldset";
import { pendingNote, pendingOr } from "@/components/portal/pending-note";
import { PinPicker } from "@/components/portal/pin-picker";
import styles from "@/components/portal/portal.module.css";
import { env } from "@/lib/env";
import type { TLocationDto } from "@/lib/portal/get-practice";
import { weekHoursInWords } from "@/lib/text/field-labels";
import { readHours } from "@/lib/validation/common";

type TTextKey = "name" | "address1" | "address2" | "city" | "state" | "zip" | "phone" | "accessibilityNotes";

export function LocationForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  const p = l.pending;
  const text = (k: TTextKey) => {
    const v = pendingOr(p, k, l[k]);
    return typeof v === "string" ? v : null;
  };
  const field = (k: TTextKey) => ({ name: k, defaultValue: text(k), note: pendingNote(p, k, l[k]) });
  const hours = readHours(pendingOr(p, "hours", l.hours));
  const hoursPending = !!p && Object.hasOwn(p.proposed, "hours");
  const pointPending = !!p && ["lat", "lng", "geocodePrecision"].some((k) => Object.hasOwn(p.proposed, k));
  return (
    <ActionForm action={proposeLocationAction} submitLabel="Propose location changes" label={`Location ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="locationId" value={l.id} />
      <Hidden name="version" value={l.version} />
      <BasedOn pendingId={p?.id} />
      <Field {...field("name")} label="Location name" required />
      <Field {...field("address1")} label="Street address" required autoComplete="address-line1" />
      <Field {...field("address2")} label="Suite, floor (optional)" autoComplete="address-line2" />
      <Field {...field("city")} label="City" required />
      <Field {...field("state")} label="State (2 letters)" required />
      <Field {...field("zip")} label="ZIP code" required inputMode="numeric" />
      <Field {...field("phone")} label="Phone" type="tel" />
      <Field {...field("accessibilityNotes")} label="Accessibility notes" multiline />
      <FormDisclosure
        fields={["hours"]}
        open={hoursPending}
        testId={`hours-${l.id}`}
        summary={
          <>
            <strong>Opening hours:</strong> {weekHoursInWords(hours)}
            {hoursPending ? <span className={styles.pendingNote}>Pending review</span> : null}
          </>
        }
      >
        <HoursFieldset hours={hours} note={pendingNote(p, "hours", l.hours)} />
      </FormDisclosure>
      <FormDisclosure
        fields={["point", "pointSource", "lat", "lng"]}
        open={pointPending}
        testId={`map-point-${l.id}`}
        summary={
          <>
            <strong>Map point:</strong> {l.lat.toFixed(5)}, {l.lng.toFixed(5)} (from{" "}
            {l.geocodePrecision === "STREET" ? "a pin" : "the ZIP code"})
            {pointPending ? <span className={styles.pendingNote}>A new point is pending review</span> : null}
          </>
        }
      >
        <PinPicker lat={l.lat} lng={l.lng} tileUrl={env().MAP_TILE_URL} idPrefix={`loc-${l.id}`} />
      </FormDisclosure>
    </ActionForm>
  );
}
