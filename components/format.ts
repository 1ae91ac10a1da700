// Display formatting shared by pages and components: dates, distances, phones, hours, names.
import { formatDay, formatDistance } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { languageName } from "@/lib/physicians/languages";

const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });

/** "2026-09-25" -> "Sep 25, 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** "2026-09-25" -> "Sep 2026". */
export function formatMonth(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : MONTH.format(d);
}

export function formatMiles(miles: number): string {
  if (miles < 0.1) return "less than 0.1 mi";
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles).toString()} mi`;
}

/** A result's distance: "2.1 mi" on English pages (compact), "a 2,1 millas" on Spanish ones. */
export function formatMilesIn(miles: number, locale: TLocale): string {
  return locale === "en" ? formatMiles(miles) : formatDistance(miles, locale);
}

/** The same with "away" in English ("2.1 mi away"); the Spanish phrase already says it ("a 2,1 millas"). */
export function formatMilesAway(miles: number, locale: TLocale): string {
  return locale === "en" ? `${formatMiles(miles)} away` : formatDistance(miles, locale);
}

/**
 * A calendar day in the page's language: "Sep 25, 2026" / "25 de septiembre de 2026" (Spanish spells the month out:
 * its abbreviations, "sept", "may", read poorly and are easy to mistake).
 */
export function formatDateIn(iso: string | null | undefined, locale: TLocale, unknown = "unknown"): string {
  if (!iso) return unknown;
  return locale === "en" ? formatDate(iso) : formatDay(iso, locale, "long");
}

/** Spoken languages by code, named in the page's language ("inglés, español"). */
export function languageListIn(codes: string[], locale: TLocale): string {
  if (locale === "en") return languageList(codes);
  const names: Readonly<Record<string, string>> = MESSAGES[locale].Languages;
  return codes.map((c) => (Object.hasOwn(names, c) ? (names[c] ?? c) : languageName(c))).join(", ");
}

/** A tel: URI from a US display number: digits only, with +1. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `tel:${digits.length === 10 ? `+1${digits}` : `+${digits}`}`;
}

/** Opens turn-by-turn directions in the person's own maps app or site (a link only: nothing loads from us). */
export function directionsHref(place: { address: string; city: string; state: string; zip: string }): string {
  const dest = `${place.address}, ${place.city}, ${place.state} ${place.zip}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(dest)}`;
}

export function fullAddress(place: { address: string; city: string; state: string; zip: string }): string {
  return `${place.address}, ${place.city}, ${place.state} ${place.zip}`;
}

export function doctorName(name: string, credentials: string | null | undefined): string {
  return credentials ? `${name}, ${credentials}` : name;
}

export function languageList(codes: string[]): string {
  return codes.map(languageName).join(", ");
}

export { DAY_NAMES } from "@/lib/text/calendar";

/** "08:00" -> "8:00 AM". */
export function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h >= 12 ? "PM" : "AM";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${m.toString().padStart(2, "0")} ${suffix}`;
}

/** True when near is a "lat,lng" pair (from "Use my location" or "Search this area"). */
export function isPointQuery(near: string): boolean {
  return /^-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?$/.test(near.trim());
}

export { isStale } from "@/lib/physicians/freshness";
