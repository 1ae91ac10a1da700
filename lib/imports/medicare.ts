// Medicare Physician & Other Practitioners — by Provider and Service: IR procedure volumes per NPI, code, year and
// place of service, and the billing rule that adds radiologists who mostly do IR procedures (docs/importing.md).
import { rowChecksum } from "@/lib/imports/checksum";
import { optionalColumn, resolveColumns, type THeader } from "@/lib/imports/csv";
import { IR_HCPCS_CODES, syncBillingProcedures } from "@/lib/imports/billing-procedures";
import { normalizeCredentials, titleCaseName } from "@/lib/imports/normalize";
import type { TMapResult } from "@/lib/imports/nppes";
import { upsertPhysicians } from "@/lib/imports/physicians";
import { loadChecksums, saveChecksums } from "@/lib/imports/row-state";
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";
import type { TBatchContext, TImportCounts } from "@/lib/imports/types";

/** A radiologist whose IR-procedure services reach this share of all their services is identified by billing. */
export const BILLING_IR_SHARE = 0.1;
export const RADIOLOGY_TYPES = new Set(["diagnostic radiology", "interventional radiology"]);
export const RADIOLOGY_BYTES = Buffer.from("Radiology", "latin1");

export const MEDICARE_COLUMNS = {
  npi: "Rndrng_NPI",
  lastName: "Rndrng_Prvdr_Last_Org_Name",
  firstName: "Rndrng_Prvdr_First_Name",
  credentials: "Rndrng_Prvdr_Crdntls",
  type: "Rndrng_Prvdr_Type",
  hcpcs: "HCPCS_Cd",
  place: "Place_Of_Srvc",
  benes: "Tot_Benes",
  services: "Tot_Srvcs",
} as const;

export type TMedicareLayout = { col: Record<keyof typeof MEDICARE_COLUMNS, number>; entity: number | undefined; width: number };

export function medicareLayout(header: THeader): TMedicareLayout {
  return {
    col: resolveColumns(header, MEDICARE_COLUMNS, "a Medicare by Provider and Service file"),
    entity: optionalColumn(header, "Rndrng_Prvdr_Ent_Cd"),
    width: header.names.length,
  };
}

export type TMedicareRow = {
  line: number;
  npi: string;
  lastName: string;
  firstName: string;
  credentials: string | null;
  radiologist: boolean;
  hcpcs: string;
  place: "FACILITY" | "OFFICE";
  services: number | null;
  beneficiaries: number | null;
};

/** Counts: blank means CMS suppressed it (fewer than 11); otherwise a whole number (CMS writes some as "12.0"). */
function count(raw: string): number | null | "bad" {
  const s = raw.trim().replace(/,/g, "");
  if (s === "" || s === "*") return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : "bad";
}

export function mapMedicareRecord(f: string[], layout: TMedicareLayout, isKnown: (npi: string) => boolean, line: number): TMapResult<TMedicareRow> {
  if (f.length !== layout.width) return { reject: `expected ${layout.width} columns, found ${f.length}` };
  const c = layout.col;
  const get = (i: number) => (f[i] ?? "").trim();
  const npi = get(c.npi);
  if (!/^\d{10}$/.test(npi) || !hasValidNpiCheckDigit(npi)) return { reject: `Rndrng_NPI "${npi}" is not a valid NPI` };
  if (layout.entity !== undefined && get(layout.entity).toUpperCase() === "O") return { skip: true };
  const radiologist = RADIOLOGY_TYPES.has(get(c.type).toLowerCase());
  if (!radiologist && !isKnown(npi)) return { skip: true };
  const hcpcs = get(c.hcpcs).toUpperCase();
  if (!/^[0-9A-Z]{5}$/.test(hcpcs)) return { reject: `NPI ${npi}: HCPCS code "${hcpcs}" is not five characters` };
  const pos = get(c.place).toUpperCase();
  if (pos !== "F" && pos !== "O") return { reject: `NPI ${npi}: Place_Of_Srvc "${pos}" is not F or O` };
  const services = count(get(c.services));
  const beneficiaries = count(get(c.benes));
  if (services === "bad" || beneficiaries === "bad") return { reject: `NPI ${npi}: Tot_Srvcs/Tot_Benes is not a number` };
  return {
    row: {
      line, npi, radiologist, hcpcs, services, beneficiaries,
      place: pos === "F" ? "FACILITY" : "OFFICE",
      lastName: titleCaseName(get(c.lastName)),
      firstName: titleCaseName(get(c.firstName)),
      credentials: normalizeCredentials(get(c.credentials)),
    },
  };
}

export type TProviderTotals = {
  npi: string;
  lastName: string;
  firstName: string;
  credentials: string | null;
  radiologist: boolean;
  totalServices: number;
  irServices: number;
  /** IR-code rows only: "code|place" -> counts */
  volumes: Map<string, { hcpcs: string; place: "FACILITY" | "OFFICE"; services: number | null; beneficiaries: number | null }>;
};

/** Folds rows into per-NPI totals; only IR-code rows are kept in full, so memory grows with radiologists, not rows. */
export function addToTotals(totals: Map<string, TProviderTotals>, r: TMedicareRow): void {
  let t = totals.get(r.npi);
  if (!t) {
    t = { npi: r.npi, lastName: r.lastName, firstName: r.firstName, credentials: r.credentials, radiologist: r.radiologist,
      totalServices: 0, irServices: 0, volumes: new Map() };
    totals.set(r.npi, t);
  }
  t.totalServices += r.services ?? 0;
  if (IR_HCPCS_CODES.has(r.hcpcs)) {
    t.irServices += r.services ?? 0;
    t.volumes.set(`${r.hcpcs}|${r.place}`, { hcpcs: r.hcpcs, place: r.place, services: r.services, beneficiaries: r.beneficiaries });
  }
}

/** The billing rule: a radiologist whose IR services are at least 10% of all services (suppressed counts as 0). */
export function qualifiesByBilling(t: TProviderTotals): boolean {
  return t.radiologist && t.irServices > 0 && t.irServices >= BILLING_IR_SHARE * t.totalServices;
}

/** Writes the volumes (and billing-identified physicians) for one batch of NPIs, in the caller's transaction. */
export async function applyMedicareBatch(
  ctx: TBatchContext,
  batch: TProviderTotals[],
  year: number,
  counts: TImportCounts,
): Promise<void> {
  const { rows: known } = await ctx.client.query<{ id: number; npi: string }>(
    `SELECT id, npi FROM physician WHERE npi = ANY($1::varchar[])`,
    [batch.map((t) => t.npi)],
  );
  const idOf = new Map(known.map((k) => [k.npi, k.id]));
  const newcomers = batch.filter((t) => !idOf.has(t.npi) && qualifiesByBilling(t));
  const added = await upsertPhysicians(
    ctx,
    newcomers.map((t) => ({
      npi: t.npi, firstName: t.firstName || "?", middleName: null, lastName: t.lastName, credentials: t.credentials,
      gender: null, taxonomyCodes: [], identifiedBy: "BILLING", active: true, deactivatedAt: null,
    })),
    { insertOnly: true },
  );
  for (const [npi, o] of added) idOf.set(npi, o.id);

  const listed = batch.filter((t) => idOf.has(t.npi) && t.volumes.size > 0);
  const stateKey = (npi: string) => `${year}|${npi}`;
  const checksums = await loadChecksums(ctx, listed.map((t) => stateKey(t.npi)));
  const sortedVolumes = (t: TProviderTotals) => [...t.volumes.values()].sort((a, b) => (a.hcpcs + a.place).localeCompare(b.hcpcs + b.place));
  const sums = new Map(listed.map((t) => [t.npi, rowChecksum(sortedVolumes(t))]));
  const changed = listed.filter((t) => checksums.get(stateKey(t.npi)) !== sums.get(t.npi));
  counts.unchanged += listed.length - changed.length;
  for (const t of changed) counts[checksums.has(stateKey(t.npi)) ? "updated" : "inserted"] += 1;

  const v = changed.flatMap((t) => sortedVolumes(t).map((x) => ({ ...x, npi: t.npi, physicianId: idOf.get(t.npi) as number })));
  if (v.length) {
    await ctx.client.query(
      `INSERT INTO procedure_volume AS pv (physician_id, npi, hcpcs_code, year, place_of_service, services, beneficiaries, source_id)
       SELECT ph, npi, code, $7, pos::place_of_service, svc, benes, $8
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS t(ph, npi, code, pos, svc, benes)
       ON CONFLICT (npi, hcpcs_code, year, place_of_service) DO UPDATE
         SET physician_id = EXCLUDED.physician_id, services = EXCLUDED.services, beneficiaries = EXCLUDED.beneficiaries,
             source_id = EXCLUDED.source_id`,
      [v.map((x) => x.physicianId), v.map((x) => x.npi), v.map((x) => x.hcpcs), v.map((x) => x.place),
        v.map((x) => x.services), v.map((x) => x.beneficiaries), year, ctx.sourceId],
    );
  }
  // Codes a physician no longer billed that year (a corrected file) go away.
  const { rowCount } = await ctx.client.query(
    `DELETE FROM procedure_volume pv WHERE pv.year = $1 AND pv.npi = ANY($2::varchar[])
        AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[], $5::text[]) AS t(npi, code, pos)
                         WHERE t.npi = pv.npi AND t.code = pv.hcpcs_code AND t.pos = pv.place_of_service::text)`,
    [year, changed.map((t) => t.npi), v.map((x) => x.npi), v.map((x) => x.hcpcs), v.map((x) => x.place)],
  );
  counts.removed += rowCount ?? 0;
  counts.removed += await syncBillingProcedures(ctx, changed.map((t) => idOf.get(t.npi) as number));
  await saveChecksums(ctx, changed.map((t) => ({ key: stateKey(t.npi), checksum: sums.get(t.npi) as string })));
}
