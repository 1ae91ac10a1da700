// Field names and stored values in words, for every screen that shows a change (diffs, conflicts, pending notes,
// history, e-mails): never an internal name like `address1` or `geocodePrecision STREET`.
import { DAY_NAMES } from "@/lib/text/calendar";

const LABELS: Record<string, string> = {
  name: "Name",
  website: "Website",
  phone: "Phone",
  acceptingNewPatients: "Accepting new patients",
  telehealth: "Telehealth visits",
  procedures: "Procedures offered",
  languages: "Languages",
  address1: "Street address",
  address2: "Suite or floor",
  city: "City",
  state: "State",
  zip: "ZIP code",
  hours: "Opening hours",
  accessibilityNotes: "Accessibility notes",
  geocodePrecision: "Map point from",
  lat: "Map point (latitude)",
  lng: "Map point (longitude)",
  npi: "NPI",
  firstName: "First name",
  lastName: "Last name",
  credentials: "Credentials",
  locationId: "Location",
  physicianId: "Physician",
  physician: "Physician",
  board: "Board",
  certificate: "Certificate",
  workPhone: "Work phone",
  claimantName: "Your name",
  claimantRole: "Your role",
  evidence: "How we can confirm it",
  email: "Email",
  password: "Password",
  displayName: "Your name",
  reason: "Reason",
  startsOn: "First day closed",
  endsOn: "Last day closed",
  note: "Note for patients",
};

const VALUE_WORDS: Record<string, string> = { STREET: "a pin placed on the map", ZIP_CENTROID: "the centre of the ZIP code" };

export function fieldLabel(key: string): string {
  return Object.hasOwn(LABELS, key)
    ? (LABELS[key] as string)
    : key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** A list of fields in words: "phone and opening hours". */
export function fieldsInWords(keys: string[]): string {
  const words = [...new Set(keys.filter((k) => k !== "lat" && k !== "lng").map((k) => fieldLabel(k).toLowerCase()))];
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

type TSlot = { day: number; open: string; close: string };
const isSlot = (x: unknown): x is TSlot => !!x && typeof x === "object" && "day" in x && "open" in x && "close" in x;

/** One day's hours: "Mon 08:00–12:00, 13:00–17:00" or "Mon closed". */
export function dayHours(slots: TSlot[], day: number): string {
  const mine = slots.filter((s) => s.day === day).sort((a, b) => a.open.localeCompare(b.open));
  const name = (DAY_NAMES[day] ?? "").slice(0, 3);
  return mine.length ? `${name} ${mine.map((s) => `${s.open}–${s.close}`).join(", ")}` : `${name} closed`;
}

/**
 * A week's hours in a few words, Monday first, runs of days with the same hours joined:
 * "Mon–Fri 08:00–17:00; Sat 09:00–12:00; Sun closed". No slots at all reads "No hours on file".
 */
export function weekHoursInWords(slots: TSlot[]): string {
  if (slots.length === 0) return "No hours on file";
  const week = [1, 2, 3, 4, 5, 6, 0];
  const hoursOf = (day: number) => dayHours(slots, day).slice(4);
  const runs: Array<{ from: number; to: number; hours: string }> = [];
  for (const day of week) {
    const last = runs.at(-1);
    if (last && last.hours === hoursOf(day)) last.to = day;
    else runs.push({ from: day, to: day, hours: hoursOf(day) });
  }
  const short = (d: number) => (DAY_NAMES[d] ?? "").slice(0, 3);
  return runs.map((r) => `${short(r.from)}${r.from === r.to ? "" : `–${short(r.to)}`} ${r.hours}`).join("; ");
}

export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  if (typeof v === "string" && Object.hasOwn(VALUE_WORDS, v)) return VALUE_WORDS[v] as string;
  if (Array.isArray(v)) {
    if (v.length === 0) return "(none)";
    if (v.every(isSlot)) {
      const days = [...new Set(v.map((s) => s.day))].sort();
      return days.map((d) => dayHours(v, d)).join("; ");
    }
    return v.map((x) => (typeof x === "string" ? x.replaceAll("-", " ") : String(x))).join(", ");
  }
  if (typeof v === "object")
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(k)}: ${showValue(x)}`)
      .join(", ");
  return String(v);
}
