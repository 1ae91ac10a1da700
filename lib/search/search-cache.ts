// In-process cache of recent search answers (popular searches repeat): keyed by the parsed query, kept for
// SEARCH_CACHE_TTL_MS, bounded by SEARCH_CACHE_MAX entries. Part of the freshness bound in docs/decisions/040.
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { currentRequestScope } from "@/lib/request-scope";
import type { TSearchResponse } from "@/lib/search/schema";

let cache: LRUCache<string, Promise<TSearchResponse>> | null = null;

function store(): LRUCache<string, Promise<TSearchResponse>> | null {
  const e = env();
  if (e.SEARCH_CACHE_TTL_MS === 0) return null;
  cache ??= new LRUCache({ max: e.SEARCH_CACHE_MAX, ttl: e.SEARCH_CACHE_TTL_MS });
  return cache;
}

/**
 * The cached answer for `key`, or `compute()`'s (concurrent misses for one key share one computation; a failure
 * is never cached). A signed-in portal user always gets a fresh answer from the primary. `keep: false` computes
 * without looking up or keeping anything (a caller that keeps the serialized answer itself), still timed.
 */
export async function cachedSearch(
  key: string,
  compute: () => Promise<TSearchResponse>,
  opts: { keep?: boolean } = {},
): Promise<TSearchResponse> {
  const m = metrics();
  const started = performance.now();
  const c = currentRequestScope()?.readFromPrimary || opts.keep === false ? null : store();
  const hit = c?.get(key);
  if (c) m.cacheLookups.inc({ cache: "search", result: hit ? "hit" : "miss" });
  let promise = hit;
  if (!promise) {
    promise = compute();
    if (c) {
      c.set(key, promise);
      promise.catch(() => c.delete(key));
    }
  }
  try {
    return await promise;
  } finally {
    m.searchDuration.observe({ cache: hit ? "hit" : "miss" }, (performance.now() - started) / 1000);
  }
}

/** For tests. */
export function clearSearchCache(): void {
  cache?.clear();
  cache = null;
}
