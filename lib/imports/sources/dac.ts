// CMS Doctors and Clinicians national file: practice addresses with facility names and groups, telehealth and
// Medicare assignment, for IRs in the directory and radiologists kept on file until another source lists them.
import { zipCentroids } from "@/lib/imports/geocode";
import { storeFacts, type TDacAddress, type TDacFact } from "@/lib/imports/facts";
import { resolveLayout, type TLayout } from "@/lib/imports/layouts";
import { addressLines, normalizePhone, titleCaseName, titleCaseOrg, zip5 } from "@/lib/imports/normalize";
import { projectNpis } from "@/lib/imports/project";
import { leadingNpi, recordContains } from "@/lib/imports/records";
import { sexCode } from "@/lib/imports/sources/nppes";
import { startRow, type TReader } from "@/lib/imports/sources/reader";

const RADIOLOGY_BYTES = [Buffer.from("RADIOLOGY", "latin1"), Buffer.from("Radiology", "latin1")];

export const DAC_LAYOUT = {
  what: "a CMS Doctors and Clinicians national file (DAC_NationalDownloadableFile)",
  releases: [
    "the current file (31 columns: Provider Last Name, Facility Name, City/Town, ZIP Code, Telephone Number, …; adrs_id, Telehlth, ind_assgn, grp_assgn and sec_spec_… optional)",
    "the 2020–2023 file (lst_nm, frst_nm, org_nm, cty, st, zip, phn_numbr, hospital affiliations)",
  ],
  columns: {
    npi: { names: ["NPI"] },
    lastName: { names: ["Provider Last Name", "lst_nm"] },
    firstName: { names: ["Provider First Name", "frst_nm"] },
    gender: { names: ["gndr"], optional: true },
    priSpec: { names: ["pri_spec"] },
    secSpec: { names: ["sec_spec_all"], optional: true },
    telehealth: { names: ["Telehlth"], optional: true },
    facility: { names: ["Facility Name", "org_nm"] },
    orgPacId: { names: ["org_pac_id"] },
    address1: { names: ["adr_ln_1"] },
    address2: { names: ["adr_ln_2"] },
    city: { names: ["City/Town", "cty"] },
    state: { names: ["State", "st"] },
    zip: { names: ["ZIP Code", "zip"] },
    phone: { names: ["Telephone Number", "phn_numbr"], optional: true },
    assignment: { names: ["ind_assgn"], optional: true },
  },
} satisfies TLayout<Record<string, { names: string[]; optional?: true }>>;

export type TDacRow = { key: string; line: number; npi: string; fact: TDacFact; lines: number[] };

/** Y = yes, N = no; blank (and DAC's "M", "may accept") = unknown. */
const yesNo = (raw: string): boolean | null => {
  const v = raw.trim().toUpperCase();
  return v === "Y" ? true : v === "N" ? false : null;
};

export const dacReader: TReader<TDacRow> = {
  what: DAC_LAYOUT.what,
  mode: "grouped",
  bind(header, isKnown) {
    const c = resolveLayout(header, DAC_LAYOUT);
    const width = header.names.length;
    return {
      prefilter: (r) => RADIOLOGY_BYTES.some((b) => recordContains(r, b)) || isKnown(leadingNpi(r) ?? ""),
      map(f, line) {
        const start = startRow(f, width, c.npi);
        if ("reject" in start) return start;
        const { get, npi } = start;
        const radiologist = /RADIOLOGY/i.test(get(c.priSpec)) || /RADIOLOGY/i.test(get(c.secSpec));
        const known = isKnown(npi);
        if (!known && !radiologist) return { skip: true };
        const refuse = (reason: string) => (known ? { reject: `NPI ${npi}: ${reason}`, npi } : { skip: true as const });
        const zip = zip5(get(c.zip));
        if (!zip) return refuse(`missing or invalid ZIP "${get(c.zip)}"`);
        const state = get(c.state).toUpperCase();
        if (!/^[A-Z]{2}$/.test(state)) return refuse(`invalid state "${get(c.state)}"`);
        const lines = addressLines(get(c.address1), get(c.address2));
        if (!lines.address1) return refuse("missing street address");
        const facility = titleCaseOrg(get(c.facility));
        const pac = get(c.orgPacId);
        const address: TDacAddress = {
          address: {
            name: facility || lines.address1,
            facilityName: facility !== "",
            address1: lines.address1,
            address2: lines.address2,
            city: titleCaseName(get(c.city)),
            state,
            zip,
            phone: normalizePhone(get(c.phone)),
          },
          telehealth: yesNo(get(c.telehealth)),
          assignment: yesNo(get(c.assignment)),
          orgPacId: /^\d{10}$/.test(pac) ? pac : null,
          facility: facility || null,
        };
        return { row: { key: npi, line, npi, lines: [line], fact: { gender: sexCode(get(c.gender)), addresses: [address] } } };
      },
    };
  },
  merge(into, row) {
    into.fact.addresses.push(...row.fact.addresses);
    into.lines.push(...row.lines);
    into.fact.gender ??= row.fact.gender;
    return into;
  },
  async write(w, rows) {
    const centroids = await zipCentroids(
      w.ctx.client,
      rows.flatMap((r) => r.fact.addresses.map((a) => a.address.zip)),
    );
    const facts = rows.flatMap((r) => {
      const addresses = r.fact.addresses.filter((a, i) => {
        if (centroids.has(a.address.zip)) return true;
        if (w.isKnown(r.npi))
          w.reject({ line: r.lines[i] ?? r.line, npi: r.npi, reason: `NPI ${r.npi}: ZIP ${a.address.zip} is not a known US ZIP code` });
        return false;
      });
      // Addresses once each and in a stable order, so the same rows in another order are the same fact.
      const unique = [...new Map(addresses.map((a) => [JSON.stringify(a), a])).entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, a]) => a);
      return unique.length ? [{ key: r.key, npi: r.npi, payload: { ...r.fact, addresses: unique } }] : [];
    });
    const written = await storeFacts(w.ctx, "CMS_DAC", facts, w.counts);
    await projectNpis(
      w.ctx,
      written.map((f) => f.npi as string),
      w.counts,
      w.geocoder,
    );
  },
};
