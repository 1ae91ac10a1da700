// How long something has waited, in words a queue reader scans quickly ("waiting 3 days").

/** "waiting less than a day", "waiting 1 day", "waiting 12 days" from an ISO timestamp. */
export function waitingFor(iso: string, now = Date.now()): string {
  const days = Math.floor((now - new Date(iso).getTime()) / 86_400_000);
  if (days < 1) return "waiting less than a day";
  return days === 1 ? "waiting 1 day" : `waiting ${days} days`;
}
