// Pure clean-up of public-file values: names, credentials, ZIPs, phones, dates, address keys and slugs.
import { ownValue } from "@/lib/security/own-key";
import { slugify } from "@/lib/text/slugify";

export { slugify };

const LOWER_PARTICLES = new Set(["de", "la", "del", "der", "van", "von", "da", "di", "du", "le", "den", "dos", "das", "y"]);
const UPPER_WORDS = new Set(["ii", "iii", "iv", "vi"]);
/** Mac-names (MacDonald) — a list, because Mack, Macy, Machado and Macias are not. */
const MAC_NAMES = new Set([
  "macdonald",
  "maclean",
  "mackenzie",
  "macarthur",
  "macintyre",
  "macmillan",
  "macgregor",
  "macleod",
  "macneil",
  "macpherson",
  "macaulay",
  "macdougall",
  "macfarlane",
  "maclaren",
  "macinnes",
  "macrae",
  "macneill",
  "mackinnon",
  "macdonnell",
  "macgillivray",
  "maclachlan",
  "macallister",
  "macewen",
  "macnamara",
  "macqueen",
  "macbride",
  "maccallum",
]);

function capitalizeWord(word: string, first: boolean): string {
  if (!first && LOWER_PARTICLES.has(word)) return word;
  if (UPPER_WORDS.has(word)) return word.toUpperCase();
  if (word === "jr" || word === "sr") return `${word[0]?.toUpperCase()}${word.slice(1)}`;
  // Each part after an apostrophe or hyphen starts a new capital: O'Neill, D'Angelo, Smith-Jones.
  let w = word.replace(/(^|['\u2019\-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  w = w.replace(/^Mc([a-z])/, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
  if (MAC_NAMES.has(word)) w = `Mac${word[3]?.toUpperCase()}${word.slice(4)}`;
  return w;
}

/** True for text a machine capitalised: ALL CAPS, all lower, or every word "Xxxx" (CMS writes "Mccord", "O'neill"). */
function machineCased(s: string): boolean {
  if (s === s.toUpperCase() || s === s.toLowerCase()) return true;
  return s.split(/[\s-]+/).every((w) => /^[A-Z][a-z'\u2019.]*$/.test(w) || /^[A-Z]$/.test(w));
}

/**
 * Names as people write them: "O'BRIEN-SMITH" -> "O'Brien-Smith", "MCDONALD"/"Mccord" -> "McDonald"/"McCord",
 * "VAN DER BERG" -> "Van der Berg", "SMITH JR" -> "Smith Jr"; a registrant's own mixed case ("DeSantis",
 * "van der Berg") is kept.
 */
export function titleCaseName(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "" || !machineCased(s)) return s;
  return s
    .toLowerCase()
    .split(" ")
    .map((word, wi) => capitalizeWord(word, wi === 0))
    .join(" ");
}

const ORG_UPPER = new Set([
  "LLC",
  "PLLC",
  "LLP",
  "PC",
  "PA",
  "SC",
  "MD",
  "USA",
  "UCLA",
  "UCSF",
  "NYU",
  "II",
  "III",
  "IV",
  "LTD",
  "INC",
  "DBA",
  "PLC",
  "MRI",
  "CT",
  "IR",
  "VA",
  "UAB",
  "UNC",
  "UPMC",
  "LSU",
  "OHSU",
  "USC",
  "UT",
]);
const ORG_LOWER = new Set(["of", "and", "the", "at", "for", "in", "on"]);

/** "NORTH SHORE IMAGING, P.C." -> "North Shore Imaging, P.C."; mixed-case input is kept. */
export function titleCaseOrg(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "" || s !== s.toUpperCase()) return s;
  return s
    .split(" ")
    .map((w, i) => {
      const bare = w.replace(/[^A-Z]/g, "");
      if (ORG_UPPER.has(bare) || /^([A-Z]\.)+,?$/.test(w)) return w.replace("INC", "Inc").replace("LTD", "Ltd");
      if (i > 0 && ORG_LOWER.has(w.toLowerCase())) return w.toLowerCase();
      return titleCaseName(w);
    })
    .join(" ");
}

const ADDRESS_UPPER = new Set(["NE", "NW", "SE", "SW", "PO", "US", "FM", "RR", "HC"]);

/** Upper-case street lines in title case: "100 N MAIN ST STE 200" -> "100 N Main St Ste 200", "4B" and "NE" kept. */
export function titleCaseAddress(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ").replace(/\s+,/g, ",");
  if (s !== s.toUpperCase()) return s;
  return s
    .split(" ")
    .map((w) => {
      const bare = w.replace(/[^A-Z0-9]/g, "");
      if (ADDRESS_UPPER.has(bare)) return w;
      if (/^\d+(ST|ND|RD|TH)\b/.test(w)) return w.toLowerCase();
      if (/\d/.test(w)) return w; // unit and building numbers: 4B, B-12, 100A
      return w.toLowerCase().replace(/(^|[-/(])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(" ");
}

const UNIT_LINE = /^(STE|SUITE|APT|APARTMENT|UNIT|FL|FLOOR|BLDG|BUILDING|RM|ROOM|DEPT|#)\b/i;

/**
 * The two street lines of a practice address: unit lines ("SUITE 200") that came first are put after the street,
 * and each line is title-cased.
 */
export function addressLines(line1: string, line2: string): { address1: string; address2: string | null } {
  let a = line1.trim();
  let b = line2.trim();
  if (a && b && UNIT_LINE.test(a) && /^\d/.test(b)) [a, b] = [b, a];
  if (!a && b) [a, b] = [b, ""];
  return { address1: titleCaseAddress(a), address2: titleCaseAddress(b) || null };
}

/** Credentials that are written in mixed case. */
const CREDENTIAL_CASE = new Map([
  ["PHD", "PhD"],
  ["DRPH", "DrPH"],
  ["MSC", "MSc"],
  ["BSC", "BSc"],
  ["MMSC", "MMSc"],
  ["PHARMD", "PharmD"],
  ["EDD", "EdD"],
]);
/** Titles and noise, not credentials. */
const NOT_CREDENTIALS = new Set(["DR", "DOCTOR", "MR", "MRS", "MS.", "PROF", "PROFESSOR", "AND"]);

/**
 * "M.D., PH.D." / "MD PHD" / "M D" / "DR, MD" -> "MD, PhD" / "MD, PhD" / "MD" / "MD"; "D.O., FSIR" -> "DO, FSIR";
 * empty -> null.
 */
export function normalizeCredentials(raw: string): string | null {
  const tokens = raw
    .toUpperCase()
    .replace(/\./g, "")
    .split(/[\s,;/&+()]+/)
    .filter(Boolean);
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i] as string;
    // "M D", "D O", "P A C": consecutive single letters are one credential.
    if (t.length === 1) while (i + 1 < tokens.length && (tokens[i + 1] as string).length === 1) t += tokens[++i] as string;
    if (NOT_CREDENTIALS.has(t)) continue;
    parts.push(CREDENTIAL_CASE.get(t) ?? t);
  }
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
  STREET: "ST",
  AVENUE: "AVE",
  AV: "AVE",
  ROAD: "RD",
  DRIVE: "DR",
  BOULEVARD: "BLVD",
  LANE: "LN",
  COURT: "CT",
  PLACE: "PL",
  PARKWAY: "PKWY",
  HIGHWAY: "HWY",
  SUITE: "STE",
  BUILDING: "BLDG",
  FLOOR: "FL",
  NORTH: "N",
  SOUTH: "S",
  EAST: "E",
  WEST: "W",
  CIRCLE: "CIR",
  TERRACE: "TER",
  SQUARE: "SQ",
  CENTER: "CTR",
  ROOM: "RM",
  APARTMENT: "APT",
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
