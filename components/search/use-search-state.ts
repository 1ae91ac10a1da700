"use client";
// One hook for every control that changes the search: URL update, server re-render, shared pending state.
import { useQueryStates } from "nuqs";
import { searchParsers } from "@/components/search/search-params";
import { useSearchUi } from "@/components/search/search-shell";

export function useSearchState() {
  const { startTransition } = useSearchUi();
  return useQueryStates(searchParsers, { shallow: false, history: "push", scroll: false, startTransition });
}
