"use client";
// The search page's form and filters. Every change goes to the URL (API parameter names) and the server renders
// the new list; the same form also works as a plain GET form without JavaScript.
import { useState, type FormEvent } from "react";
import { LocationField } from "@/components/search/location-field";
import { ProcedureCombobox } from "@/components/search/procedure-combobox";
import { ANY_LANGUAGE, RADIUS_CHOICES, type TSearchUrlState } from "@/components/search/search-params";
import { useSearchText } from "@/components/search/search-text";
import { fill } from "@/lib/i18n/fill";
import { useSearchState } from "@/components/search/use-search-state";

type TProps = {
  /** What the procedure field shows for the current URL (the catalogue name for a slug). */
  procedureLabel: string;
  procedureSlug: string | null;
  /** For a "lat,lng" search: what the location field shows ("your location (near Somerville, MA)"). */
  pointLabel?: string | null;
  /** Id of the message saying the location is wrong (the field is then marked invalid and described by it). */
  nearErrorId?: string;
  /** Small screens fold the form away once there are results; with none yet (or a problem) it starts open. */
  initiallyOpen?: boolean;
};

export function SearchFilters({ procedureLabel, procedureSlug, pointLabel = null, nearErrorId, initiallyOpen = false }: TProps) {
  const [state, setState] = useSearchState();
  const { text, site } = useSearchText();
  const [near, setNear] = useState(state.near);
  const [procedure, setProcedure] = useState(state.procedure);
  const [open, setOpen] = useState(initiallyOpen);

  const apply = (patch: Partial<TSearchUrlState>) => setState({ ...patch, page: 1 });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!near.trim()) return;
    apply({ near: near.trim(), procedure: procedure.trim() });
  };
  const activeCount =
    Number(state.boardCertified) +
    Number(state.acceptingNewPatients) +
    Number(state.telehealth) +
    Number(state.medicareAssignment) +
    Number(Boolean(state.language) && state.language !== ANY_LANGUAGE) +
    Number(Boolean(state.gender));

  return (
    <div className="filters" data-open={open || undefined}>
      <button
        type="button"
        className="button button--secondary filters__toggle"
        aria-expanded={open}
        aria-controls="search-filters-panel"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? text.hideFilters : activeCount ? fill(text.showFiltersOn, { count: activeCount }) : text.showFilters}
      </button>
      <form
        id="search-filters-panel"
        className="filters__panel"
        action={site.path}
        method="get"
        onSubmit={onSubmit}
        aria-label={text.filtersLabel}
      >
        <LocationField
          inputId="search-near"
          initialValue={state.near}
          pointLabel={pointLabel}
          errorId={nearErrorId}
          onValueChange={setNear}
          onLocated={(v) => apply({ near: v })}
        />
        <ProcedureCombobox initialText={procedureLabel} initialSlug={procedureSlug} onValueChange={setProcedure} />
        <div className="field">
          <label htmlFor="filter-radius">{text.distance}</label>
          <select
            id="filter-radius"
            name="radius"
            className="input"
            value={state.radius}
            onChange={(e) => apply({ radius: Number(e.target.value) })}
          >
            {[...new Set([...RADIUS_CHOICES, state.radius])]
              .sort((a, b) => a - b)
              .map((r) => (
                <option key={r} value={r}>
                  {fill(text.withinMiles, { miles: r })}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {text.update}
        </button>

        <fieldset className="filters__group">
          <legend>{text.onlyWho}</legend>
          <label className="check">
            <input
              type="checkbox"
              name="boardCertified"
              value="true"
              checked={state.boardCertified}
              onChange={(e) => apply({ boardCertified: e.target.checked })}
            />
            <span>{text.boardCertified}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="acceptingNewPatients"
              value="true"
              checked={state.acceptingNewPatients}
              onChange={(e) => apply({ acceptingNewPatients: e.target.checked })}
            />
            <span>{text.accepting}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="telehealth"
              value="true"
              checked={state.telehealth}
              onChange={(e) => apply({ telehealth: e.target.checked })}
            />
            <span>{text.telehealth}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="medicareAssignment"
              value="true"
              checked={state.medicareAssignment}
              onChange={(e) => apply({ medicareAssignment: e.target.checked })}
            />
            <span>{text.medicare}</span>
          </label>
        </fieldset>

        <div className="field">
          <label htmlFor="filter-language">{text.language}</label>
          <select
            id="filter-language"
            name="language"
            className="input"
            value={state.language}
            onChange={(e) => apply({ language: e.target.value })}
          >
            <option value={site.defaultLanguage ? ANY_LANGUAGE : ""}>{text.anyLanguage}</option>
            {text.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-gender">{text.gender}</label>
          <select
            id="filter-gender"
            name="gender"
            className="input"
            value={state.gender ?? ""}
            onChange={(e) => apply({ gender: e.target.value === "female" || e.target.value === "male" ? e.target.value : null })}
          >
            <option value="">{text.noPreference}</option>
            <option value="female">{text.female}</option>
            <option value="male">{text.male}</option>
          </select>
        </div>
        <input type="hidden" name="sort" value={state.sort} />
      </form>
    </div>
  );
}

/** Sort control above the list. */
export function SortSelect() {
  const [state, setState] = useSearchState();
  const { text } = useSearchText();
  return (
    <div className="sort">
      <label htmlFor="result-sort">{text.sortBy}</label>
      <select
        id="result-sort"
        className="input input--compact"
        value={state.sort}
        onChange={(e) => setState({ sort: e.target.value === "name" ? "name" : "distance", page: 1 })}
      >
        <option value="distance">{text.sortDistance}</option>
        <option value="name">{text.sortName}</option>
      </select>
    </div>
  );
}
