// Pure clean-up of public-file values: names, credentials, ZIPs, phones, dates, address keys and slugs.
import { ownValue } from "@/lib/security/own-key";
import { slugify } from "@/lib/text/slugify";

export { slugify };

const LOWER_PARTICLES = new Set(["de", "la", "del", "der", "van", "von", "da", "di", "du", "le"]);

/** "O'BRIEN-SMITH" -> "O'Brien-Smith", "MCDONALD" -> "McDonald"; mixed-case input is kept as the registrant typed it. */
export function titleCaseName(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "" || (s !== s.toUpperCase() && s !== s.toLowerCase())) return s;
  return s
    .toLowerCase()
    .split(" ")
    .map((word, wi) =>
      wi > 0 && LOWER_PARTICLES.has(word)
        ? word
        : word.replace(/(^|['\-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
            .replace(/^Mc([a-z])/, (_m, ch: string) => `Mc${ch.toUpperCase()}`),
    )
    .join(" ");
}

const ORG_UPPER = new Set(["LLC", "PLLC", "LLP", "PC", "PA", "SC", "MD", "USA", "UCLA", "UCSF", "NYU", "II", "III", "IV"]);

/** "NORTH SHORE IMAGING, P.C." -> "North Shore Imaging, P.C."; mixed-case input is kept. */
export function titleCaseOrg(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "" || s !== s.toUpperCase()) return s;
  return s
    .split(" ")
    .map((w) => (ORG_UPPER.has(w.replace(/[^A-Z]/g, "")) || /^([A-Z]\.)+,?$/.test(w) ? w : titleCaseName(w)))
    .join(" ");
}

/** Upper-case words of a street address in title case, keeping unit designators like "STE 200" readable. */
export function titleCaseAddress(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(Ne|Nw|Se|Sw|Po)\b/g, (w) => w.toUpperCase())
    .replace(/\b(\d+)(St|Nd|Rd|Th)\b/g, (_m, n: string, sfx: string) => n + sfx.toLowerCase());
}

/** "M.D., PH.D." -> "MD, PhD"; empty -> null. */
export function normalizeCredentials(raw: string): string | null {
  const parts = raw
    .replace(/\./g, "")
    .split(/[,;/]+|\s{2,}/)
    .map((p) => p.trim().replace(/\s+/g, " ").toUpperCase())
    .filter(Boolean)
    .map((p) => (p === "PHD" ? "PhD" : p));
  return parts.length ? [...new Set(parts)].join(", ") : null;
}

/** First five digits of a ZIP or ZIP+4 ("123456789", "12345-6789"); null when there are not five digits. */
export function zip5(raw: string): string | null {
  const m = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(raw);
  return m ? (m[1] as string) : null;
}

/** Ten-digit US phone as "555-555-0100"; anything else null (a wrong phone is worse than none). */
export function normalizePhone(raw: string): string | null {
  let d = raw.replace(/\D/g, "");
  if (d.length === 11 && d.startsWith("1")) d = d.slice(1);
  if (d.length !== 10 || /^[01]/.test(d)) return null;
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}

/** NPPES dates are MM/DD/YYYY; CLI flags are YYYY-MM-DD. Empty -> null; impossible dates throw. */
export function parseUsDate(raw: string): string | null {
  const s = raw.trim();
  if (s === "") return null;
  let y: number, m: number, d: number;
  let mm = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (mm) [m, d, y] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else if ((mm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  else throw new Error(`"${s}" is not a date (expected MM/DD/YYYY)`);
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1900 || y > 2100) {
    throw new Error(`"${s}" is not a valid date`);
  }
  return dt.toISOString().slice(0, 10);
}

const STREET_WORDS: Record<string, string> = {
  STREET: "ST", AVENUE: "AVE", AV: "AVE", ROAD: "RD", DRIVE: "DR", BOULEVARD: "BLVD", LANE: "LN", COURT: "CT",
  PLACE: "PL", PARKWAY: "PKWY", HIGHWAY: "HWY", SUITE: "STE", BUILDING: "BLDG", FLOOR: "FL", NORTH: "N", SOUTH: "S",
  EAST: "E", WEST: "W", CIRCLE: "CIR", TERRACE: "TER", SQUARE: "SQ", CENTER: "CTR", ROOM: "RM", APARTMENT: "APT",
};

/** The dedupe key for a place: upper-case address words with USPS-style abbreviations, punctuation dropped, plus ZIP5. */
export function addressKey(address1: string, address2: string | null, zip: string): string {
  const words = `${address1} ${address2 ?? ""}`
    .toUpperCase()
    .replace(/#/g, " STE ")
    .replace(/[^A-Z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ownValue(STREET_WORDS, w) ?? w);
  return `${words.join(" ")}|${zip}`;
}
