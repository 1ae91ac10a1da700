// CMS Doctors and Clinicians national file: practice addresses (with facility names) and telehealth for known physicians.
import { rowChecksum } from "@/lib/imports/checksum";
import { resolveColumns, type THeader } from "@/lib/imports/csv";
import { zipCentroids, type TGeocoder } from "@/lib/imports/geocode";
import { ensureLocations, ensureRoles, keyOf, type TAddressInput } from "@/lib/imports/locations";
import { normalizePhone, titleCaseAddress, titleCaseName, titleCaseOrg, zip5 } from "@/lib/imports/normalize";
import type { TMapResult } from "@/lib/imports/nppes";
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";
import { loadChecksums, saveChecksums } from "@/lib/imports/row-state";
import { syncBillingProcedures } from "@/lib/imports/billing-procedures";
import type { TBatchContext, TImportCounts, TRejection } from "@/lib/imports/types";

export const DAC_COLUMNS = {
  npi: "NPI",
  lastName: "Provider Last Name",
  firstName: "Provider First Name",
  telehealth: "Telehlth",
  facility: "Facility Name",
  orgPacId: "org_pac_id",
  address1: "adr_ln_1",
  address2: "adr_ln_2",
  city: "City/Town",
  state: "State",
  zip: "ZIP Code",
  phone: "Telephone Number",
  addressId: "adrs_id",
} as const;

export type TDacLayout = { col: Record<keyof typeof DAC_COLUMNS, number>; width: number };

export function dacLayout(header: THeader): TDacLayout {
  return { col: resolveColumns(header, DAC_COLUMNS, "a CMS Doctors and Clinicians file"), width: header.names.length };
}

export type TDacRow = { line: number; npi: string; key: string; address: TAddressInput; telehealth: boolean | null };

export function mapDacRecord(f: string[], layout: TDacLayout, isKnown: (npi: string) => boolean, line: number): TMapResult<TDacRow> {
  if (f.length !== layout.width) return { reject: `expected ${layout.width} columns, found ${f.length}` };
  const c = layout.col;
  const get = (i: number) => (f[i] ?? "").trim();
  const npi = get(c.npi);
  if (!/^\d{10}$/.test(npi) || !hasValidNpiCheckDigit(npi)) return { reject: `NPI "${npi}" is not a valid NPI` };
  if (!isKnown(npi)) return { skip: true };
  const zip = zip5(get(c.zip));
  if (!zip) return { reject: `NPI ${npi}: missing or invalid ZIP "${get(c.zip)}"` };
  const state = get(c.state).toUpperCase();
  if (!/^[A-Z]{2}$/.test(state)) return { reject: `NPI ${npi}: invalid state "${get(c.state)}"` };
  const address1 = titleCaseAddress(get(c.address1));
  if (!address1) return { reject: `NPI ${npi}: missing street address` };
  const facility = titleCaseOrg(get(c.facility));
  const address: TAddressInput = {
    name: facility || address1,
    facilityName: facility !== "",
    address1,
    address2: titleCaseAddress(get(c.address2)) || null,
    city: titleCaseName(get(c.city)),
    state,
    zip,
    phone: normalizePhone(get(c.phone)),
  };
  const tele = get(c.telehealth).toUpperCase();
  return { row: { line, npi, key: `${npi}|${keyOf(address)}`, address, telehealth: tele === "Y" ? true : tele === "N" ? false : null } };
}

export async function applyDacBatch(
  ctx: TBatchContext,
  batch: TDacRow[],
  counts: TImportCounts,
  reject: (r: TRejection) => void,
  geocoder: TGeocoder | undefined,
): Promise<void> {
  const centroids = await zipCentroids(ctx.client, batch.map((r) => r.address.zip));
  const rows = [...new Map(batch.map((r) => [r.key, r])).values()].filter((r) => {
    if (centroids.has(r.address.zip)) return true;
    reject({ line: r.line, reason: `NPI ${r.npi}: ZIP ${r.address.zip} is not a known US ZIP code` });
    return false;
  });
  const checksums = await loadChecksums(ctx, rows.map((r) => r.key));
  const sums = new Map(rows.map((r) => [r.key, rowChecksum([r.address, r.telehealth])]));
  const changed = rows.filter((r) => checksums.get(r.key) !== sums.get(r.key));
  const unchanged = rows.length - changed.length;
  counts.unchanged += unchanged;

  const { rows: phys } = await ctx.client.query<{ id: number; npi: string }>(
    `UPDATE physician SET last_confirmed_at = $2::date WHERE npi = ANY($1::varchar[]) AND last_confirmed_at < $2::date RETURNING id, npi`,
    [[...new Set(rows.map((r) => r.npi))], ctx.fileDate],
  );
  counts.confirmed += phys.length;
  const { rows: all } = await ctx.client.query<{ id: number; npi: string }>(
    `SELECT id, npi FROM physician WHERE npi = ANY($1::varchar[])`,
    [[...new Set(changed.map((r) => r.npi))]],
  );
  const idOf = new Map(all.map((p) => [p.npi, p.id]));
  const locations = await ensureLocations(ctx, changed.map((r) => r.address), geocoder);
  const roles = changed.flatMap((r) => {
    const physicianId = idOf.get(r.npi);
    const locationId = locations.get(keyOf(r.address));
    return physicianId !== undefined && locationId !== undefined ? [{ physicianId, locationId, telehealth: r.telehealth }] : [];
  });
  await ensureRoles(ctx, roles);
  await syncBillingProcedures(ctx, [...new Set(roles.map((r) => r.physicianId))]);
  for (const r of changed) counts[checksums.has(r.key) ? "updated" : "inserted"] += 1;
  // Unchanged rows are stamped too: the end of the run compares stamps to find addresses the file dropped.
  await saveChecksums(ctx, rows.map((r) => ({ key: r.key, checksum: sums.get(r.key) as string })));
}

/**
 * The national file is complete: an address this source gave a physician earlier that the new file no longer
 * lists for them is removed (its role, if this source created it and no person has touched it).
 */
export async function finishDacRun(ctx: TBatchContext, counts: TImportCounts): Promise<void> {
  const { rows: stale } = await ctx.client.query<{ key: string }>(
    `DELETE FROM import_row_state s
      WHERE s.kind = 'CMS_DAC' AND s.run_id <> $1
        AND split_part(s.key, '|', 1) IN (SELECT split_part(key, '|', 1) FROM import_row_state WHERE kind = 'CMS_DAC' AND run_id = $1)
      RETURNING s.key`,
    [ctx.runId],
  );
  if (stale.length === 0) return;
  const { rowCount } = await ctx.client.query(
    `DELETE FROM practitioner_role r USING physician p, imported_location il, data_source ds,
            unnest($1::text[]) AS k(key)
      WHERE p.npi = split_part(k.key, '|', 1) AND il.address_key = substr(k.key, 12)
        AND r.physician_id = p.id AND r.location_id = il.location_id AND ds.id = r.source_id AND ds.kind = 'CMS_DAC'
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'practitioner_role' AND fp.entity_id = r.id AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))`,
    [stale.map((s) => s.key)],
  );
  counts.removed += rowCount ?? 0;
}
