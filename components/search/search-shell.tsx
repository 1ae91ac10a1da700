"use client";
// Client frame of the search page: shares the pending state of URL-driven updates, and the list/map toggle on
// small screens. The list and filters inside it are still rendered on the server.
import { createContext, useContext, useState, useTransition, type ReactNode, type TransitionStartFunction } from "react";

type TSearchUi = {
  isPending: boolean;
  startTransition: TransitionStartFunction;
  view: "list" | "map";
  setView: (v: "list" | "map") => void;
};

const SearchUi = createContext<TSearchUi | null>(null);

export function useSearchUi(): TSearchUi {
  const ctx = useContext(SearchUi);
  if (!ctx) throw new Error("useSearchUi must be used inside <SearchShell>");
  return ctx;
}

export function SearchShell({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  const [view, setView] = useState<"list" | "map">("list");
  return (
    <SearchUi.Provider value={{ isPending, startTransition, view, setView }}>
      <div className="search-layout" data-view={view}>
        {children}
      </div>
    </SearchUi.Provider>
  );
}

/** Wraps the server-rendered results: dims them and sets aria-busy while new results load. */
export function ResultsRegion({ children }: { children: ReactNode }) {
  const { isPending } = useSearchUi();
  return (
    <div className="results-region" aria-busy={isPending} data-pending={isPending || undefined}>
      {children}
    </div>
  );
}

/** "List | Map" switch, shown only on small screens (CSS). */
export function ViewToggle({ count }: { count: number }) {
  const { view, setView } = useSearchUi();
  return (
    <div className="view-toggle" role="group" aria-label="Show results as">
      <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>
        List
      </button>
      <button type="button" aria-pressed={view === "map"} onClick={() => setView("map")}>
        Map{count > 0 ? ` (${count})` : ""}
      </button>
    </div>
  );
}
