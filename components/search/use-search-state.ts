"use client";
// One hook for every control that changes the search: reads the state from the URL, and writes changes back to
// it inside a transition (the server renders the new list; the control shows its new value at once).
import { useSearchUi } from "@/components/search/search-shell";
import type { TSearchUrlState } from "@/components/search/search-params";

export function useSearchState(): [TSearchUrlState, (patch: Partial<TSearchUrlState>) => void] {
  const { state, update } = useSearchUi();
  return [state, update];
}
