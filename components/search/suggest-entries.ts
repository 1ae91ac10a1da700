// The procedure field's suggestion data, fetched from the public catalogue API the first time the field is used
// (cached by the browser: the answer is public for 5 minutes) instead of riding in every page's first load.
import { toSuggestEntries, type TSuggestEntry } from "@/components/search/suggest";

let loading: Promise<TSuggestEntry[]> | undefined;

/** Resolves to the entries; on failure resolves to none (the field still works as free text) and retries next time. */
export function loadSuggestEntries(): Promise<TSuggestEntry[]> {
  loading ??= fetch("/api/v1/procedures", { headers: { accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`catalogue: HTTP ${r.status}`))))
    .then((body: Parameters<typeof toSuggestEntries>[0]) => toSuggestEntries(body))
    .catch(() => {
      loading = undefined;
      return [];
    });
  return loading;
}
