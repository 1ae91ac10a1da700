"use client";
// "Solo médicos que hablan español": on by default on the Spanish search, one tap to turn it off (`language=any` in the
// URL, so the choice survives reload, Back and sharing). The words come from the server.
import { ANY_LANGUAGE } from "@/components/search/search-params";
import { useSearchState } from "@/components/search/use-search-state";

export function SpanishOnlyToggle({ label, hint }: { label: string; hint: string }) {
  const [state, setState] = useSearchState();
  return (
    <div className="language-suggestion">
      <label className="check">
        <input
          type="checkbox"
          checked={state.language === "es"}
          aria-describedby="language-suggestion-hint"
          onChange={(e) => setState({ language: e.target.checked ? "es" : ANY_LANGUAGE, page: 1 })}
        />
        <span>{label}</span>
      </label>
      <p id="language-suggestion-hint" className="field__hint">
        {hint}
      </p>
    </div>
  );
}
