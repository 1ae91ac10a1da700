// How complete and fresh a location's listing is, and what is missing, in words a practice manager can act on.
import type { TLocationDto } from "@/lib/portal/get-practice";

/** Days after which a listing counts as stale (the public pages say "may be out of date" from then on). */
export const FRESH_DAYS = 180;

export type TCompleteness = { score: number; missing: string[]; daysSinceConfirmed: number };

export function listingCompleteness(l: TLocationDto, now = Date.now()): TCompleteness {
  const checks: Array<[boolean, string]> = [
    [!!l.phone, "a phone number"],
    [l.hours.length > 0, "opening hours"],
    [!!l.accessibilityNotes, "accessibility notes"],
    [l.roles.length > 0, "at least one physician"],
    [l.roles.every((r) => r.acceptingNewPatients !== null), "whether each physician accepts new patients"],
    [l.roles.every((r) => r.procedures.length > 0), "the procedures each physician offers"],
  ];
  const days = Math.max(0, Math.floor((now - new Date(`${l.lastConfirmedAt}T00:00:00Z`).getTime()) / 86_400_000));
  checks.push([days <= FRESH_DAYS, `a confirmation in the last ${FRESH_DAYS} days`]);
  const ok = checks.filter(([pass]) => pass).length;
  return {
    score: Math.round((ok / checks.length) * 100),
    missing: checks.filter(([pass]) => !pass).map(([, what]) => what),
    daysSinceConfirmed: days,
  };
}
