// Database-backed fixed-window rate limiting, so limits hold across processes and restarts.
import "server-only";
import { db } from "@/lib/db/client";

export type TRateLimit = { key: string; limit: number; windowSeconds: number };
export type TRateLimitResult = { allowed: boolean; count: number; remaining: number; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in the current window and says whether it is allowed. Callers prefix keys by
 * purpose (`signin:ip:…`, `report:ip:…`) so that different limits never share a counter.
 */
export async function consumeRateLimit({ key, limit, windowSeconds }: TRateLimit): Promise<TRateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  // One atomic upsert: concurrent attempts can never both see the same count.
  const rows = await db().$queryRaw<Array<{ count: number }>>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_bucket.window_start = EXCLUDED.window_start THEN rate_limit_bucket.count + 1 ELSE 1 END,
      window_start = EXCLUDED.window_start
    RETURNING count`;
  const count = rows[0]?.count ?? 1;
  if (Math.random() < 0.01) {
    // Occasional clean-up of long-expired windows keeps the table small without a scheduler.
    await db().$executeRaw`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '1 day'`;
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return {
    allowed: count <= limit,
    count,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: count <= limit ? 0 : retryAfterSeconds,
  };
}

/** The count in `key`'s current window without adding to it (for limits that count failures, not attempts). */
export async function peekRateLimit({
  key,
  windowSeconds,
}: Omit<TRateLimit, "limit">): Promise<{ count: number; retryAfterSeconds: number }> {
  const windowMs = windowSeconds * 1000;
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const rows = await db().$queryRaw<Array<{ count: number }>>`
    SELECT count FROM rate_limit_bucket WHERE key = ${key} AND window_start = ${windowStart}`;
  return { count: rows[0]?.count ?? 0, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000)) };
}
