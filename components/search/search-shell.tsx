"use client";
// Client frame of the search page: owns the URL state (optimistic while the server renders the new results),
// the pending state, and the list/map toggle on small screens. The list and filters inside are server-rendered.
import { useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useState, useTransition, type ReactNode } from "react";
import { ResultsSkeleton } from "@/components/search/results-skeleton";
import { readSearchState, searchHref, type TSearchUrlState } from "@/components/search/search-params";
import { useSearchText } from "@/components/search/search-text";
import { fill } from "@/lib/i18n/fill";

type TSearchUi = {
  state: TSearchUrlState;
  update: (patch: Partial<TSearchUrlState>) => void;
  isPending: boolean;
  view: "list" | "map";
  setView: (v: "list" | "map") => void;
};

const SearchUi = createContext<TSearchUi | null>(null);

export function useSearchUi(): TSearchUi {
  const ctx = useContext(SearchUi);
  if (!ctx) throw new Error("useSearchUi must be used inside <SearchShell>");
  return ctx;
}

/** `problem`: the search could not run; small screens then show the notice (and its choices) before the form. */
export function SearchShell({ children, problem = false }: { children: ReactNode; problem?: boolean }) {
  const router = useRouter();
  const params = useSearchParams();
  const { site } = useSearchText();
  const urlState = useMemo(() => readSearchState((k) => params.get(k), site), [params, site]);
  const [state, setOptimistic] = useOptimistic(urlState, (s: TSearchUrlState, patch: Partial<TSearchUrlState>) => ({ ...s, ...patch }));
  const [isPending, startTransition] = useTransition();
  const [view, setView] = useState<"list" | "map">("list");
  const update = useCallback(
    (patch: Partial<TSearchUrlState>) => {
      const next = { ...state, ...patch };
      startTransition(() => {
        setOptimistic(patch);
        // A new entry per change, so Back steps through earlier searches; the page keeps its scroll position.
        router.push(searchHref(next, site), { scroll: false });
      });
    },
    [state, router, setOptimistic, site],
  );
  return (
    <SearchUi.Provider value={{ state, update, isPending, view, setView }}>
      <div className="search-layout" data-view={view} data-problem={problem || undefined}>
        {children}
      </div>
    </SearchUi.Provider>
  );
}

/** Wraps the server-rendered results: while new results load, skeleton cards stand in for them (aria-busy). */
export function ResultsRegion({ children }: { children: ReactNode }) {
  const { isPending } = useSearchUi();
  const { text } = useSearchText();
  return (
    <div className="results-region" aria-busy={isPending} data-pending={isPending || undefined}>
      <p className="results-updating" role="status">
        {isPending ? (
          <>
            <span className="spinner" aria-hidden="true" /> {text.updating}
          </>
        ) : null}
      </p>
      {isPending ? <ResultsSkeleton /> : null}
      <div className="results-region__content">{children}</div>
    </div>
  );
}

/** "List | Map" switch, shown only on small screens (CSS). */
export function ViewToggle({ count }: { count: number }) {
  const { view, setView } = useSearchUi();
  const { text } = useSearchText();
  return (
    <div className="view-toggle" role="group" aria-label={text.showAs}>
      <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>
        {text.list}
      </button>
      <button type="button" aria-pressed={view === "map"} onClick={() => setView("map")}>
        {count > 0 ? fill(text.mapCount, { count }) : text.map}
      </button>
    </div>
  );
}
