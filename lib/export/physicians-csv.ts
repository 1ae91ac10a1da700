// The directory as one CSV of physicians x locations x procedures, streamed in batches for spreadsheet users.
import "server-only";
import { dbRead } from "@/lib/db/client";

export const CSV_COLUMNS = [
  "npi",
  "physician",
  "credentials",
  "location",
  "address",
  "city",
  "state",
  "zip",
  "phone",
  "latitude",
  "longitude",
  "accepting_new_patients",
  "telehealth",
  "procedure",
  "procedure_name",
  "cpt_codes",
  "last_confirmed",
] as const;

type TRow = {
  role_id: number;
  npi: string;
  physician: string;
  credentials: string | null;
  location: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
  lat: number;
  lng: number;
  accepting_new_patients: boolean | null;
  telehealth: boolean;
  slug: string | null;
  procedure_name: string | null;
  cpt_codes: string[] | null;
  last_confirmed: Date;
};

const BATCH = 1000;

/** RFC 4180 quoting; text cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
export function csvCell(v: string | number | boolean | null, text = true): string {
  if (v === null) return "";
  let s = String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function line(r: TRow): string {
  return [
    csvCell(r.npi),
    csvCell(r.physician),
    csvCell(r.credentials),
    csvCell(r.location),
    csvCell(r.address),
    csvCell(r.city),
    csvCell(r.state),
    csvCell(r.zip),
    csvCell(r.phone),
    csvCell(r.lat, false),
    csvCell(r.lng, false),
    csvCell(r.accepting_new_patients, false),
    csvCell(r.telehealth, false),
    csvCell(r.slug),
    csvCell(r.procedure_name),
    csvCell(r.cpt_codes ? r.cpt_codes.join(" ") : null),
    csvCell(r.last_confirmed.toISOString().slice(0, 10)),
  ].join(",");
}

/** Yields the CSV text a batch of roles at a time (keyset over role ids): memory stays flat. Active physicians only. */
export async function* physiciansCsv(): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(",")}\r\n`;
  let after = 0;
  for (;;) {
    const rows = await dbRead().$queryRaw<TRow[]>`
      WITH roles AS (
        SELECT r.id FROM practitioner_role r JOIN physician p ON p.id = r.physician_id AND p.active
        WHERE r.id > ${after}::int ORDER BY r.id LIMIT ${BATCH})
      SELECT r.id AS role_id, p.npi, concat_ws(' ', p.first_name, p.middle_name, p.last_name) AS physician, p.credentials,
        l.name AS location, concat_ws(', ', l.address1, l.address2) AS address, l.city, l.state, l.zip, l.phone, l.lat, l.lng,
        r.accepting_new_patients, r.telehealth, pr.slug, pr.name AS procedure_name, pr.cpt_codes,
        LEAST(p.last_confirmed_at, l.last_confirmed_at) AS last_confirmed
      FROM roles x JOIN practitioner_role r ON r.id = x.id JOIN physician p ON p.id = r.physician_id
      JOIN location l ON l.id = r.location_id
      LEFT JOIN role_procedure rp ON rp.role_id = r.id LEFT JOIN procedure pr ON pr.id = rp.procedure_id
      ORDER BY r.id, pr.sort_order, pr.slug`;
    if (!rows.length) return;
    yield `${rows.map(line).join("\r\n")}\r\n`;
    after = rows.at(-1)?.role_id ?? after;
    if (new Set(rows.map((r) => r.role_id)).size < BATCH) return;
  }
}
