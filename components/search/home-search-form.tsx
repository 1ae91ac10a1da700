// The home page's search form: location, procedure or condition, distance. A plain GET form to /search that
// next/form turns into a client-side navigation; it works without JavaScript too.
import Form from "next/form";
import { LocationField } from "@/components/search/location-field";
import { ProcedureCombobox } from "@/components/search/procedure-combobox";
import { SubmitButton } from "@/components/search/submit-button";
import { RADIUS_CHOICES } from "@/components/search/search-params";

export function HomeSearchForm() {
  return (
    <Form action="/search" id="home-search" className="home-form" aria-label="Find a doctor">
      <LocationField />
      <ProcedureCombobox />
      <div className="field">
        <label htmlFor="home-radius">Distance</label>
        <select id="home-radius" name="radius" className="input" defaultValue="25">
          {RADIUS_CHOICES.map((r) => (
            <option key={r} value={r}>
              Within {r} miles
            </option>
          ))}
        </select>
      </div>
      <SubmitButton className="button button--primary button--large">Find doctors</SubmitButton>
    </Form>
  );
}
