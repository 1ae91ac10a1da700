// NPPES NPI file (`npidata_pfile_…csv`, monthly full or weekly incremental), every release since 2015: who is an IR
// by taxonomy, names, primary practice address, deactivation; radiologists are kept on file (not listed) so the
// billing rule can use their NPPES record whichever file loads first; IR organizations become practices.
import { zipCentroids } from "@/lib/imports/geocode";
import { recordIdentified, storeFacts, type TGender, type TNppesFact, type TOrgFact, type TStatusFact } from "@/lib/imports/facts";
import { findColumn, resolveLayout, type TLayout } from "@/lib/imports/layouts";
import type { TAddressInput } from "@/lib/imports/locations";
import {
  addressLines,
  normalizeCredentials,
  normalizePhone,
  parseUsDate,
  titleCaseName,
  titleCaseOrg,
  zip5,
} from "@/lib/imports/normalize";
import { applyNppesOrganizations } from "@/lib/imports/organizations";
import { projectNpis } from "@/lib/imports/project";
import { leadingNpi, recordContains, type TRawRecord } from "@/lib/imports/records";
import { startRow, type TReader } from "@/lib/imports/sources/reader";
import { emptyCounts } from "@/lib/imports/types";

/** Vascular & Interventional Radiology. */
export const IR_TAXONOMY = "2085R0204X";
/** Every radiology taxonomy (2085R…): radiologists are kept on file for the Medicare billing rule. */
const RADIOLOGY_TAXONOMY_BYTES = Buffer.from("2085R", "latin1");

export const NPPES_LAYOUT = {
  what: "an NPPES NPI file (npidata_pfile)",
  releases: [
    'NPPES npidata_pfile since mid-2025 (330 columns, "Provider Sex Code", last column "Certification Date")',
    'NPPES npidata_pfile 2015 to mid-2025 (329 columns, "Provider Gender Code")',
  ],
  columns: {
    npi: { names: ["NPI"] },
    entityType: { names: ["Entity Type Code"] },
    lastName: { names: ["Provider Last Name (Legal Name)"] },
    firstName: { names: ["Provider First Name"] },
    middleName: { names: ["Provider Middle Name"], optional: true },
    credentials: { names: ["Provider Credential Text"] },
    orgName: { names: ["Provider Organization Name (Legal Business Name)"] },
    address1: { names: ["Provider First Line Business Practice Location Address"] },
    address2: { names: ["Provider Second Line Business Practice Location Address"] },
    city: { names: ["Provider Business Practice Location Address City Name"] },
    state: { names: ["Provider Business Practice Location Address State Name"] },
    zip: { names: ["Provider Business Practice Location Address Postal Code"] },
    country: { names: ["Provider Business Practice Location Address Country Code (If outside U.S.)"], optional: true },
    phone: { names: ["Provider Business Practice Location Address Telephone Number"] },
    sex: { names: ["Provider Sex Code", "Provider Gender Code"] },
    lastUpdate: { names: ["Last Update Date"] },
    deactivation: { names: ["NPI Deactivation Date"] },
    reactivation: { names: ["NPI Reactivation Date"] },
    // Slots 2-15 are read by name too (findColumn below); the first proves the layout.
    taxonomy1: { names: ["Healthcare Provider Taxonomy Code_1"] },
  },
} satisfies TLayout<Record<string, { names: string[]; optional?: true }>>;

export type TNppesRow =
  | { type: "physician"; key: string; line: number; npi: string; fact: TNppesFact; listed: boolean }
  | { type: "status"; key: string; line: number; npi: string; fact: TStatusFact }
  | { type: "organization"; key: string; line: number; fact: TOrgFact };

/** A deactivated NPI's row: NPPES blanks every field after the NPI, starting with the entity type. */
function entityTypeBlank(r: TRawRecord): boolean {
  let i = r.start;
  if (r.buf[i] === 34) i++;
  i += 10;
  if (r.buf[i] === 34) i++;
  if (r.buf[i] !== 44) return false;
  return r.buf[i + 1] === 44 || (r.buf[i + 1] === 34 && r.buf[i + 2] === 34);
}

/** "M"/"F" (either column name); "U", "X" and blank stay unknown. */
export function sexCode(raw: string): TGender | null {
  const c = raw.trim().toUpperCase();
  return c === "F" ? "FEMALE" : c === "M" ? "MALE" : null;
}

export const nppesReader: TReader<TNppesRow> = {
  what: NPPES_LAYOUT.what,
  mode: "stream",
  bind(header, isKnown) {
    const c = resolveLayout(header, NPPES_LAYOUT);
    const width = header.names.length;
    const taxonomy: Array<[number, number | undefined]> = [];
    for (let i = 1; i <= 15; i++) {
      const t = findColumn(header, { names: [`Healthcare Provider Taxonomy Code_${i}`] });
      if (t !== undefined) taxonomy.push([t, findColumn(header, { names: [`Healthcare Provider Primary Taxonomy Switch_${i}`] })]);
    }
    return {
      prefilter: (r) => recordContains(r, RADIOLOGY_TAXONOMY_BYTES) || entityTypeBlank(r) || isKnown(leadingNpi(r) ?? ""),
      map(f, line) {
        const start = startRow(f, width, c.npi);
        if ("reject" in start) return start;
        const { get, npi } = start;
        const dates: Array<[string, number]> = [
          ["NPI Deactivation Date", c.deactivation],
          ["NPI Reactivation Date", c.reactivation],
          ["Last Update Date", c.lastUpdate],
        ];
        const parsed: Array<string | null> = [];
        for (const [label, i] of dates) {
          try {
            parsed.push(parseUsDate(get(i)));
          } catch (e) {
            return { reject: `${label}: ${(e as Error).message}`, npi };
          }
        }
        const [deactivatedAt, reactivatedAt] = parsed;
        const known = isKnown(npi);
        if (deactivatedAt && (!reactivatedAt || reactivatedAt < deactivatedAt)) {
          // Kept for every NPI: an older file may yet list this one as an IR, and must not list them as active.
          return { row: { type: "status", key: `st|${npi}`, line, npi, fact: { deactivatedAt } } };
        }
        const codes: string[] = [];
        for (const [ti, pi] of taxonomy) {
          const code = get(ti).toUpperCase();
          if (!code) continue;
          // The primary taxonomy goes first, the way the registry presents it.
          if (get(pi).toUpperCase() === "Y") codes.unshift(code);
          else codes.push(code);
        }
        const uniqueCodes = [...new Set(codes)];
        const isIr = uniqueCodes.includes(IR_TAXONOMY);
        const radiologist = uniqueCodes.some((t) => t.startsWith("2085R"));
        const entity = get(c.entityType);
        if (entity === "2" && !isIr) return { skip: true };
        if (entity !== "1" && entity !== "2")
          return known ? { reject: `NPI ${npi}: Entity Type Code "${entity}" is not 1 or 2`, npi } : { skip: true };
        if (!radiologist && !known) return { skip: true };
        // Problems with a radiologist we only keep on file are not worth an operator's attention.
        const listed = isIr || known;
        const refuse = (reason: string) => (listed ? { reject: `NPI ${npi}: ${reason}`, npi } : { skip: true as const });

        const country = get(c.country).toUpperCase();
        if (country && country !== "US") return refuse(`practice address outside the US (${country})`);
        const zip = zip5(get(c.zip));
        if (!zip) return refuse(`missing or invalid practice ZIP "${get(c.zip)}"`);
        const state = get(c.state).toUpperCase();
        if (!/^[A-Z]{2}$/.test(state)) return refuse(`invalid practice state "${get(c.state)}"`);
        const { address1, address2 } = addressLines(get(c.address1), get(c.address2));
        if (!address1) return refuse("missing practice street address");
        const address: TAddressInput = {
          name: address1,
          facilityName: false,
          address1,
          address2,
          city: titleCaseName(get(c.city)),
          state,
          zip,
          phone: normalizePhone(get(c.phone)),
        };
        if (entity === "2") {
          const name = titleCaseOrg(get(c.orgName));
          if (!name) return refuse("organization without a legal business name");
          return {
            row: {
              type: "organization",
              key: `org|${npi}`,
              line,
              fact: { npi, name, address: { ...address, name, facilityName: true }, phone: address.phone },
            },
          };
        }
        const lastName = titleCaseName(get(c.lastName));
        const firstName = titleCaseName(get(c.firstName));
        if (!lastName || !firstName) return refuse("missing provider first or last name");
        return {
          row: {
            type: "physician",
            key: npi,
            line,
            npi,
            listed,
            fact: {
              physician: {
                firstName,
                middleName: titleCaseName(get(c.middleName)) || null,
                lastName,
                credentials: normalizeCredentials(get(c.credentials)),
                gender: sexCode(get(c.sex)),
                taxonomyCodes: uniqueCodes,
              },
              isIr,
              address,
            },
          },
        };
      },
    };
  },
  async write(w, batch) {
    // The last row for a key wins (incremental files can list a provider twice).
    const rows = [...new Map(batch.map((r) => [r.key, r])).values()];
    const centroids = await zipCentroids(
      w.ctx.client,
      rows.flatMap((r) => (r.type === "status" ? [] : [r.fact.address.zip])),
    );
    const usable = rows.filter((r) => {
      const zip = r.type === "status" ? undefined : r.fact.address.zip;
      if (zip === undefined || centroids.has(zip)) return true;
      if (r.type === "organization" || (r.type === "physician" && r.listed)) {
        w.reject({
          line: r.line,
          npi: r.type === "organization" ? r.fact.npi : r.npi,
          reason: `NPI ${r.type === "organization" ? r.fact.npi : r.npi}: ZIP ${zip} is not a known US ZIP code`,
        });
      }
      return false;
    });
    const people = usable.filter((r) => r.type === "physician");
    const orgs = usable.filter((r) => r.type === "organization");
    // A full row is also a status (not deactivated, as of this file); a deactivation row is only a status.
    const statuses = [
      ...people.map((r) => ({ key: `st|${r.npi}`, npi: r.npi, payload: { deactivatedAt: null } satisfies TStatusFact })),
      ...usable.flatMap((r) => (r.type === "status" ? [{ key: r.key, npi: r.npi, payload: r.fact }] : [])),
    ];
    const written = [
      ...(await storeFacts(
        w.ctx,
        "NPPES",
        people.map((r) => ({ key: r.key, npi: r.npi, payload: r.fact })),
        w.counts,
      )),
      ...(await storeFacts(w.ctx, "NPPES", statuses, emptyCounts())),
    ].map((f) => f.npi as string);
    const identified = await recordIdentified(
      w.ctx,
      "NPPES",
      people.filter((r) => r.fact.isIr).map((r) => r.npi),
    );
    await projectNpis(w.ctx, [...written, ...identified], w.counts, w.geocoder);
    const orgWritten = new Set(
      (
        await storeFacts(
          w.ctx,
          "NPPES",
          orgs.map((r) => ({ key: r.key, npi: null, payload: r.fact })),
          w.counts,
        )
      ).map((f) => f.key),
    );
    await applyNppesOrganizations(
      w.ctx,
      orgs.filter((o) => orgWritten.has(o.key)),
      w.geocoder,
    );
  },
};
