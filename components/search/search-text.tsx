"use client";
// The words of the search controls (filters, location and procedure fields, map), as plain strings from the server:
// the browser gets the one language it shows and no message runtime (decision 058).
import { createContext, useContext, type ReactNode } from "react";
import type { TSearchSite } from "@/components/search/search-params";
import type { TSearchUiText } from "@/lib/i18n/search-ui-text";

export type { TSearchUiText };

type TSearchTextValue = { text: TSearchUiText; site: TSearchSite };

const SearchTextContext = createContext<TSearchTextValue | null>(null);

export function SearchTextProvider({ text, site, children }: TSearchTextValue & { children: ReactNode }) {
  return <SearchTextContext.Provider value={{ text, site }}>{children}</SearchTextContext.Provider>;
}

export function useSearchText(): TSearchTextValue {
  const value = useContext(SearchTextContext);
  if (!value) throw new Error("useSearchText needs a SearchTextProvider above it");
  return value;
}
