// The procedure field's suggestion data, fetched from the public catalogue API the first time the field is used
// (cached by the browser: the answer is public for 5 minutes) instead of riding in every page's first load.
import { toSuggestEntries, type TSuggestEntry } from "@/components/search/suggest";

const loading = new Map<string, Promise<TSuggestEntry[]>>();

/**
 * Resolves to the entries, named in the page's language; on failure resolves to none (the field still works as
 * free text) and retries next time.
 */
export function loadSuggestEntries(lang: "en" | "es" = "en"): Promise<TSuggestEntry[]> {
  const cached = loading.get(lang);
  if (cached) return cached;
  const url = lang === "en" ? "/api/v1/procedures" : `/api/v1/procedures?lang=${lang}`;
  const pending = fetch(url, { headers: { accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`catalogue: HTTP ${r.status}`))))
    .then((body: Parameters<typeof toSuggestEntries>[0]) => toSuggestEntries(body))
    .catch(() => {
      loading.delete(lang);
      return [];
    });
  loading.set(lang, pending);
  return pending;
}
