// Locale-aware formatting for patient pages: counts, distances, dates and US phone numbers.
import { INTL_TAG, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

/** "58 médicos", "1 doctor": ICU plural from the catalog. */
export function formatDoctorCount(count: number, locale: TLocale): string {
  return translator(locale)("Results.doctors", { count });
}

/** Great-circle miles to "2.1 miles away" / "a 2,1 millas" (one decimal under 10 miles, whole miles beyond). */
export function formatDistance(miles: number, locale: TLocale): string {
  const t = translator(locale);
  if (!Number.isFinite(miles) || miles < 0.1) return t("Results.lessThanTenth");
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return t("Results.distanceAway", { miles: rounded });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day ("2026-09-25") in the reader's language: "Sep 25, 2026" / "25 sept 2026"; "long" spells the month. */
export function formatDay(iso: string, locale: TLocale, style: "medium" | "long" = "medium"): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], {
      year: "numeric",
      month: style === "long" ? "long" : "short",
      day: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(key, f);
  }
  return f.format(d);
}

const EXTENSION = /\s*(?:extension|extensión|ext\.?|x)\s*(?=\d)/i;

function usDigits(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.startsWith("1")) return digits.slice(1);
  return null;
}

/**
 * A US number as people dial it: "(212) 555-0134" in both languages (US Spanish-language services write numbers
 * the same way, and "ext." abbreviates both "extension" and "extensión"); other numbers are shown as stored. The
 * locale is taken so every formatter has the same shape and callers need not know which ones differ.
 */
export function formatPhone(phone: string, _locale: TLocale): string {
  const [main = "", ext] = phone.split(EXTENSION);
  const d = usDigits(main);
  if (!d) return phone.trim();
  const national = `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
  const extDigits = ext?.replace(/\D/g, "");
  return extDigits ? `${national} ext. ${extDigits}` : national;
}

/** A tel: URI in E.164 (+1…) for a US number; null when the number cannot be dialled from a link. */
export function phoneHref(phone: string): string | null {
  const [main = ""] = phone.split(EXTENSION);
  const d = usDigits(main);
  return d ? `tel:+1${d}` : null;
}
