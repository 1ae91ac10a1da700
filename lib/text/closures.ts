// A closure's days in words, as patients read them: "Dec 24–26", "Dec 30 – Jan 2", "Dec 24" (UTC calendar days).

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const day = (d: Date) => `${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCDate()}`;

/** The year is added only when the closure is not in the current year, so "Dec 24–26" stays short. */
export function closureInWords(c: { startsOn: Date; endsOn: Date }, now: Date = new Date()): string {
  const { startsOn: a, endsOn: b } = c;
  const year = a.getUTCFullYear() !== now.getUTCFullYear() || b.getUTCFullYear() !== now.getUTCFullYear() ? `, ${b.getUTCFullYear()}` : "";
  if (a.getTime() === b.getTime()) return `${day(a)}${year}`;
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return `${day(a)}–${b.getUTCDate()}${year}`;
  return `${day(a)} – ${day(b)}${year}`;
}
