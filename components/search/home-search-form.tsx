// The home page's search form: location, procedure or condition, distance. A plain GET form to the search page
// that next/form turns into a client-side navigation; it works without JavaScript too.
import Form from "next/form";
import { LocationField } from "@/components/search/location-field";
import { ProcedureCombobox } from "@/components/search/procedure-combobox";
import { SubmitButton } from "@/components/search/submit-button";
import { ENGLISH_SEARCH, RADIUS_CHOICES, type TSearchSite } from "@/components/search/search-params";
import type { TSearchUiText } from "@/lib/i18n/search-ui-text";
import { fill } from "@/lib/i18n/fill";

type TProps = { text: TSearchUiText; formLabel: string; submit: string; site?: TSearchSite };

export function HomeSearchForm({ text, formLabel, submit, site = ENGLISH_SEARCH }: TProps) {
  return (
    <Form action={site.path} id="home-search" className="home-form" aria-label={formLabel}>
      <LocationField />
      <ProcedureCombobox />
      <div className="field">
        <label htmlFor="home-radius">{text.distance}</label>
        <select id="home-radius" name="radius" className="input" defaultValue="25">
          {RADIUS_CHOICES.map((r) => (
            <option key={r} value={r}>
              {fill(text.withinMiles, { miles: r })}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton className="button button--primary button--large">{submit}</SubmitButton>
    </Form>
  );
}
