// When a listing counts as possibly out of date: one rule for the profile, the clinic page and the result cards.

/** Listings not confirmed for this long are flagged as possibly out of date. */
export const STALE_AFTER_DAYS = 365;

/** True when the last confirmation (a Date or an ISO day) is older than STALE_AFTER_DAYS, or unknown. */
export function isStale(lastConfirmed: Date | string | null | undefined, now = Date.now()): boolean {
  if (!lastConfirmed) return true;
  const t = typeof lastConfirmed === "string" ? new Date(`${lastConfirmed.slice(0, 10)}T00:00:00Z`).getTime() : lastConfirmed.getTime();
  return t < now - STALE_AFTER_DAYS * 86_400_000;
}

/**
 * The one "last confirmed" rule: a listing (a doctor at a place) is as fresh as the older of its two confirmations,
 * and a page about several listings is as fresh as its oldest. Search cards, profiles and clinic pages all use it.
 */
export function listingConfirmedAt<T extends Date | string>(...dates: T[]): T | null {
  let oldest: T | null = null;
  for (const d of dates) if (oldest === null || new Date(d).getTime() < new Date(oldest).getTime()) oldest = d;
  return oldest;
}
