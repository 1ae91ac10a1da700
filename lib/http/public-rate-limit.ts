// Fair-use limit for the public read APIs (/api/v1, /fhir): a token bucket per client address, kept in memory.
import { clientIpFromHeaders } from "@/lib/http/client-ip";
import { processGlobal } from "@/lib/process-global";

// In memory rather than in the database (lib/security/rate-limit.ts): a database write on every public read would
// cost more than the read itself. Each app process counts on its own, so N processes allow N times the limit; the
// limit is for fairness, not security (docs/decisions/022).

type TBucket = { tokens: number; at: number };
// One map per process (lib/process-global.ts): a client has one budget whichever copy of this module counts it.
const buckets = processGlobal("public-api-buckets", () => new Map<string, TBucket>());
const MAX_BUCKETS = 100_000;

export type TRateDecision =
  { allowed: true; limit: number; remaining: number } | { allowed: false; limit: number; retryAfterSeconds: number };

/**
 * Takes one request from the client's bucket (`perMinute` tokens, refilled continuously). `perMinute` 0 turns the
 * limit off; so does a request without a client address (no proxy in front: the address header would be the
 * client's own claim, and one shared bucket would throttle everyone together).
 */
export function takePublicApiToken(headers: Headers, perMinute: number, now = Date.now()): TRateDecision | null {
  if (perMinute <= 0) return null;
  const ip = clientIpFromHeaders(headers);
  if (!ip) return null;
  const rate = perMinute / 60_000;
  const b = buckets.get(ip) ?? { tokens: perMinute, at: now };
  b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * rate);
  b.at = now;
  if (buckets.size >= MAX_BUCKETS && !buckets.has(ip)) sweep(now, perMinute, rate);
  buckets.set(ip, b);
  if (b.tokens < 1) return { allowed: false, limit: perMinute, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)) };
  b.tokens -= 1;
  return { allowed: true, limit: perMinute, remaining: Math.floor(b.tokens) };
}

/** Forgets buckets that would be full by now (they carry no information). */
function sweep(now: number, perMinute: number, rate: number): void {
  for (const [k, v] of buckets) if (v.tokens + (now - v.at) * rate >= perMinute) buckets.delete(k);
}

/** For tests. */
export function resetPublicApiBuckets(): void {
  buckets.clear();
}
