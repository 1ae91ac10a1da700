// Calendar days as the app shows and stores them: ISO dates (YYYY-MM-DD) in UTC, and the names of the week's days.

/** Day 0 is Sunday, as in stored opening hours and JavaScript's getUTCDay(). */
export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "2026-11-28" for a timestamp; null stays null. */
export function isoDay(d: Date): string;
export function isoDay(d: Date | null | undefined): string | null;
export function isoDay(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** Today at 00:00 UTC, for `asOf`-style date columns. */
export function todayUtc(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
