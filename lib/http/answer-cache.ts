// Recent serialized answers of public searches (the JSON API's and FHIR's): a popular search repeated skips the
// queries, the schema parse, JSON.stringify and the hash. One lifetime for both (SEARCH_CACHE_TTL_MS, part of the
// freshness bound in docs/decisions/040); a signed-in portal reader always gets a fresh answer from the primary.
import "server-only";
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";
import { etagFor } from "@/lib/http/conditional";
import { metrics } from "@/lib/metrics/registry";
import { currentRequestScope } from "@/lib/request-scope";

/** The body is kept encoded: a hit sends the bytes as they are (no UTF-8 encoding of a 25 KB string per request). */
export type TCachedAnswer = { body: Uint8Array<ArrayBuffer>; etag: string; lastModified: Date | null };
export type TAnswerCacheName = "api-answer" | "fhir-answer";

const stores = new Map<TAnswerCacheName, LRUCache<string, Promise<TCachedAnswer>>>();

function store(name: TAnswerCacheName): LRUCache<string, Promise<TCachedAnswer>> | null {
  const e = env();
  if (e.SEARCH_CACHE_TTL_MS === 0 || currentRequestScope()?.readFromPrimary) return null;
  let s = stores.get(name);
  if (!s) {
    s = new LRUCache({ max: e.SEARCH_CACHE_MAX, ttl: e.SEARCH_CACHE_TTL_MS });
    stores.set(name, s);
  }
  return s;
}

/**
 * The cached answer for `key`, or the one `compute()` serializes (concurrent misses for one key share one
 * computation; a failure is never cached).
 */
export async function cachedAnswer(
  name: TAnswerCacheName,
  key: string,
  compute: () => Promise<{ body: string; lastModified?: Date | null }>,
): Promise<TCachedAnswer> {
  const c = store(name);
  const hit = c?.get(key);
  if (c) metrics().cacheLookups.inc({ cache: name, result: hit ? "hit" : "miss" });
  if (hit) return hit;
  const promise = compute().then(({ body, lastModified }) => {
    const bytes = new TextEncoder().encode(body);
    return { body: bytes, etag: etagFor(bytes), lastModified: lastModified ?? null };
  });
  if (c) {
    c.set(key, promise);
    promise.catch(() => c.delete(key));
  }
  return promise;
}

/** For tests. */
export function clearAnswerCaches(): void {
  for (const s of stores.values()) s.clear();
  stores.clear();
}
