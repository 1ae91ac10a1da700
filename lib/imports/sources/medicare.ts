// Medicare Physician & Other Practitioners — by Provider and Service: IR procedure volumes per NPI, code, year and
// place of service, and the billing rule that lists radiologists who mostly do IR procedures (docs/importing.md).
import { IR_HCPCS_CODES } from "@/lib/imports/billing-procedures";
import { recordIdentified, storeFacts, type TMedicareFact } from "@/lib/imports/facts";
import { resolveLayout, type TLayout } from "@/lib/imports/layouts";
import { normalizeCredentials, titleCaseName } from "@/lib/imports/normalize";
import { projectNpis } from "@/lib/imports/project";
import { leadingNpi, recordContains } from "@/lib/imports/records";
import { sexCode } from "@/lib/imports/sources/nppes";
import { startRow, type TReader } from "@/lib/imports/sources/reader";

/** A radiologist whose IR-procedure services reach this share of all their services is identified by billing. */
export const BILLING_IR_SHARE = 0.1;
export const RADIOLOGY_TYPES = new Set(["diagnostic radiology", "interventional radiology"]);
const RADIOLOGY_BYTES = [Buffer.from("Radiology", "latin1"), Buffer.from("RADIOLOGY", "latin1")];

export const MEDICARE_LAYOUT = {
  what: "a Medicare Physician & Other Practitioners by Provider and Service file",
  releases: [
    "data years 2013 onward as republished since 2021 (Rndrng_… columns, with or without Rndrng_Prvdr_Gndr)",
    "the original 2012–2019 releases (npi, nppes_provider_last_org_name, hcpcs_code, line_srvc_cnt, …)",
  ],
  columns: {
    npi: { names: ["Rndrng_NPI", "npi"] },
    lastName: { names: ["Rndrng_Prvdr_Last_Org_Name", "nppes_provider_last_org_name"] },
    firstName: { names: ["Rndrng_Prvdr_First_Name", "nppes_provider_first_name"] },
    credentials: { names: ["Rndrng_Prvdr_Crdntls", "nppes_credentials"] },
    gender: { names: ["Rndrng_Prvdr_Gndr", "nppes_provider_gender"], optional: true },
    entity: { names: ["Rndrng_Prvdr_Ent_Cd", "nppes_entity_code"], optional: true },
    type: { names: ["Rndrng_Prvdr_Type", "provider_type"] },
    hcpcs: { names: ["HCPCS_Cd", "hcpcs_code"] },
    place: { names: ["Place_Of_Srvc", "place_of_service"] },
    benes: { names: ["Tot_Benes", "bene_unique_cnt"] },
    services: { names: ["Tot_Srvcs", "line_srvc_cnt"] },
  },
} satisfies TLayout<Record<string, { names: string[]; optional?: true }>>;

type TVolume = { hcpcs: string; place: "FACILITY" | "OFFICE"; services: number | null; beneficiaries: number | null };

/** One NPI's year: totals for the billing rule and the IR-code rows in full (memory grows with radiologists, not rows). */
export type TProviderTotals = {
  key: string;
  line: number;
  npi: string;
  lastName: string;
  firstName: string;
  credentials: string | null;
  gender: "MALE" | "FEMALE" | null;
  radiologist: boolean;
  totalServices: number;
  irServices: number;
  volumes: Record<string, TVolume>;
};

/** Counts: blank means CMS suppressed it (fewer than 11); otherwise a whole number (CMS writes some as "12.0"). */
function count(raw: string): number | null | "bad" {
  const s = raw.trim().replace(/,/g, "");
  if (s === "" || s === "*") return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : "bad";
}

/** The billing rule: a radiologist whose IR services are at least 10% of all services (suppressed counts as 0). */
export function qualifiesByBilling(t: Pick<TProviderTotals, "radiologist" | "irServices" | "totalServices">): boolean {
  return t.radiologist && t.irServices > 0 && t.irServices >= BILLING_IR_SHARE * t.totalServices;
}

export function medicareReader(year: number): TReader<TProviderTotals> {
  return {
    what: MEDICARE_LAYOUT.what,
    mode: "grouped",
    bind(header, isKnown) {
      const c = resolveLayout(header, MEDICARE_LAYOUT);
      const width = header.names.length;
      return {
        prefilter: (r) => RADIOLOGY_BYTES.some((b) => recordContains(r, b)) || isKnown(leadingNpi(r) ?? ""),
        map(f, line) {
          const start = startRow(f, width, c.npi, "Rndrng_NPI");
          if ("reject" in start) return start;
          const { get, npi } = start;
          if (get(c.entity).toUpperCase() === "O") return { skip: true };
          const radiologist = RADIOLOGY_TYPES.has(get(c.type).toLowerCase());
          if (!radiologist && !isKnown(npi)) return { skip: true };
          const hcpcs = get(c.hcpcs).toUpperCase();
          if (!/^[0-9A-Z]{5}$/.test(hcpcs)) return { reject: `NPI ${npi}: HCPCS code "${hcpcs}" is not five characters`, npi };
          const pos = get(c.place).toUpperCase();
          if (pos !== "F" && pos !== "O") return { reject: `NPI ${npi}: Place_Of_Srvc "${pos}" is not F or O`, npi };
          const services = count(get(c.services));
          const beneficiaries = count(get(c.benes));
          if (services === "bad" || beneficiaries === "bad") return { reject: `NPI ${npi}: Tot_Srvcs/Tot_Benes is not a number`, npi };
          const place = pos === "F" ? "FACILITY" : "OFFICE";
          const ir = IR_HCPCS_CODES.has(hcpcs);
          return {
            row: {
              key: `${year}|${npi}`,
              line,
              npi,
              radiologist,
              lastName: titleCaseName(get(c.lastName)),
              firstName: titleCaseName(get(c.firstName)),
              credentials: normalizeCredentials(get(c.credentials)),
              gender: sexCode(get(c.gender)),
              totalServices: services ?? 0,
              irServices: ir ? (services ?? 0) : 0,
              volumes: ir ? { [`${hcpcs}|${place}`]: { hcpcs, place, services, beneficiaries } } : {},
            },
          };
        },
      };
    },
    merge(into, row) {
      into.totalServices += row.totalServices;
      into.irServices += row.irServices;
      Object.assign(into.volumes, row.volumes);
      return into;
    },
    async write(w, rows) {
      const sorted = (t: TProviderTotals) => Object.values(t.volumes).sort((a, b) => (a.hcpcs + a.place).localeCompare(b.hcpcs + b.place));
      const facts = rows.map((t) => {
        const payload: TMedicareFact & { volumes: TVolume[] } = {
          year,
          firstName: t.firstName,
          lastName: t.lastName,
          credentials: t.credentials,
          radiologist: t.radiologist,
          qualifies: qualifiesByBilling(t),
          volumes: sorted(t),
        };
        return { key: t.key, npi: t.npi, payload };
      });
      const written = await storeFacts(w.ctx, "CMS_MEDICARE_VOLUME", facts, w.counts);
      const byKey = new Map(rows.map((t) => [t.key, t]));
      const v = written.flatMap((f) => sorted(byKey.get(f.key) as TProviderTotals).map((x) => ({ ...x, npi: f.npi as string })));
      if (v.length) {
        await w.ctx.client.query(
          `INSERT INTO procedure_volume AS pv (physician_id, npi, hcpcs_code, year, place_of_service, services, beneficiaries, source_id)
           SELECT (SELECT id FROM physician p WHERE p.npi = t.npi), npi, code, $6, pos::place_of_service, svc, benes, $7
             FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) AS t(npi, code, pos, svc, benes)
           ON CONFLICT (npi, hcpcs_code, year, place_of_service) DO UPDATE
             SET physician_id = EXCLUDED.physician_id, services = EXCLUDED.services, beneficiaries = EXCLUDED.beneficiaries,
                 source_id = EXCLUDED.source_id`,
          [
            v.map((x) => x.npi),
            v.map((x) => x.hcpcs),
            v.map((x) => x.place),
            v.map((x) => x.services),
            v.map((x) => x.beneficiaries),
            year,
            w.ctx.sourceId,
          ],
        );
      }
      // Codes a physician no longer billed that year (a corrected file) go away.
      const { rowCount } = await w.ctx.client.query(
        `DELETE FROM procedure_volume pv WHERE pv.year = $1 AND pv.npi = ANY($2::varchar[])
            AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[], $5::text[]) AS t(npi, code, pos)
                             WHERE t.npi = pv.npi AND t.code = pv.hcpcs_code AND t.pos = pv.place_of_service::text)`,
        [year, written.map((f) => f.npi), v.map((x) => x.npi), v.map((x) => x.hcpcs), v.map((x) => x.place)],
      );
      w.counts.removed += rowCount ?? 0;
      const identified = await recordIdentified(
        w.ctx,
        "CMS_MEDICARE_VOLUME",
        rows.filter(qualifiesByBilling).map((t) => t.npi),
      );
      await projectNpis(w.ctx, [...written.map((f) => f.npi as string), ...identified], w.counts, w.geocoder);
    },
  };
}
