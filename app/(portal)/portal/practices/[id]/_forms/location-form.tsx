// Proposes a location's address, phone, accessibility notes, weekly hours and map point.
import { proposeLocationAction } from "@/app/(portal)/portal/_actions/practice";
import { PinPicker } from "@/components/portal/pin-picker";
import { ActionForm, Field, Hidden } from "@/components/portal/form-state";
import styles from "@/components/portal/portal.module.css";
import { env } from "@/lib/env";
import type { TLocationDto } from "@/lib/portal/get-practice";
import { DAY_NAMES } from "@/lib/text/calendar";

export function LocationForm({ orgId, l }: { orgId: number; l: TLocationDto }) {
  return (
    <ActionForm action={proposeLocationAction} submitLabel="Propose location changes" label={`Location ${l.name}`}>
      <Hidden name="organizationId" value={orgId} />
      <Hidden name="locationId" value={l.id} />
      <Hidden name="version" value={l.version} />
      <Field name="name" label="Location name" defaultValue={l.name} required />
      <Field name="address1" label="Street address" defaultValue={l.address1} required autoComplete="address-line1" />
      <Field name="address2" label="Suite, floor (optional)" defaultValue={l.address2} autoComplete="address-line2" />
      <Field name="city" label="City" defaultValue={l.city} required />
      <Field name="state" label="State (2 letters)" defaultValue={l.state} required />
      <Field name="zip" label="ZIP code" defaultValue={l.zip} required inputMode="numeric" />
      <Field name="phone" label="Phone" type="tel" defaultValue={l.phone} />
      <Field name="accessibilityNotes" label="Accessibility notes" defaultValue={l.accessibilityNotes} multiline />
      <fieldset className={styles.fieldset}>
        <legend>Opening hours (leave empty when closed)</legend>
        {DAY_NAMES.map((d, day) => {
          const h = l.hours.find((x) => x.day === day);
          return (
            <div key={d} className={styles.inline}>
              <span style={{ minWidth: "7rem" }}>{d}</span>
              <label>
                opens <input type="time" name={`open_${day}`} defaultValue={h?.open ?? ""} aria-label={`${d} opens`} />
              </label>
              <label>
                closes <input type="time" name={`close_${day}`} defaultValue={h?.close ?? ""} aria-label={`${d} closes`} />
              </label>
            </div>
          );
        })}
      </fieldset>
      <p className={styles.muted}>
        Map point now {l.lat.toFixed(5)}, {l.lng.toFixed(5)} (from {l.geocodePrecision === "STREET" ? "a pin" : "the ZIP code"}).
      </p>
      <PinPicker lat={l.lat} lng={l.lng} tileUrl={env().MAP_TILE_URL} idPrefix={`loc-${l.id}`} />
    </ActionForm>
  );
}
