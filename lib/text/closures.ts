// A closure's days in words, as patients read them: "Dec 24–26", "Dec 30 – Jan 2", "Dec 24"; in Spanish "del 24 al 26
// de diciembre", "el 24 de diciembre" (UTC calendar days).

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

const SPANISH_DAY = new Intl.DateTimeFormat("es", { day: "numeric", month: "long", timeZone: "UTC" });
const SPANISH_DAY_YEAR = new Intl.DateTimeFormat("es", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The same days in `locale`; Spanish spells the month out ("dic." reads poorly) and adds the year as English does. */
export function closureInWordsIn(c: { startsOn: Date; endsOn: Date }, locale: "en" | "es", now: Date = new Date()): string {
  if (locale === "en") return closureInWords(c, now);
  const { startsOn: a, endsOn: b } = c;
  const otherYear = a.getUTCFullYear() !== now.getUTCFullYear() || b.getUTCFullYear() !== now.getUTCFullYear();
  const full = otherYear ? SPANISH_DAY_YEAR : SPANISH_DAY;
  if (a.getTime() === b.getTime()) return `el ${full.format(a)}`;
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return `del ${a.getUTCDate()} al ${full.format(b)}`;
  // Across months: each end with its month; across years, each with its year.
  const start = a.getUTCFullYear() === b.getUTCFullYear() ? SPANISH_DAY.format(a) : full.format(a);
  return `del ${start} al ${full.format(b)}`;
}
