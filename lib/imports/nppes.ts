// NPPES NPI file (monthly full or weekly incremental): who is an IR by taxonomy, names, practice address, deactivation.
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";
import { rowChecksum } from "@/lib/imports/checksum";
import { optionalColumn, resolveColumns, type THeader } from "@/lib/imports/csv";
import type { TGeocoder } from "@/lib/imports/geocode";
import { zipCentroids } from "@/lib/imports/geocode";
import { ensureLocations, ensureRoles, keyOf, removeStaleRoles, type TAddressInput } from "@/lib/imports/locations";
import {
  normalizeCredentials, normalizePhone, parseUsDate, titleCaseAddress, titleCaseName, zip5,
} from "@/lib/imports/normalize";
import { deactivatePhysicians, upsertPhysicians, type TPhysicianInput } from "@/lib/imports/physicians";
import { loadChecksums, saveChecksums } from "@/lib/imports/row-state";
import type { TBatchContext, TImportCounts, TRejection } from "@/lib/imports/types";

/** Vascular & Interventional Radiology. */
export const IR_TAXONOMY = "2085R0204X";
export const IR_TAXONOMY_BYTES = Buffer.from(IR_TAXONOMY, "latin1");

export const NPPES_COLUMNS = {
  npi: "NPI",
  entityType: "Entity Type Code",
  lastName: "Provider Last Name (Legal Name)",
  firstName: "Provider First Name",
  credentials: "Provider Credential Text",
  orgName: "Provider Organization Name (Legal Business Name)",
  address1: "Provider First Line Business Practice Location Address",
  address2: "Provider Second Line Business Practice Location Address",
  city: "Provider Business Practice Location Address City Name",
  state: "Provider Business Practice Location Address State Name",
  zip: "Provider Business Practice Location Address Postal Code",
  phone: "Provider Business Practice Location Address Telephone Number",
  gender: "Provider Gender Code",
  lastUpdate: "Last Update Date",
  deactivation: "NPI Deactivation Date",
  reactivation: "NPI Reactivation Date",
} as const;

export type TNppesLayout = {
  col: Record<keyof typeof NPPES_COLUMNS, number>;
  middleName: number | undefined;
  country: number | undefined;
  taxonomy: number[];
  primarySwitch: number[];
  width: number;
};

export function nppesLayout(header: THeader): TNppesLayout {
  const taxonomy: Record<string, string> = {};
  const primary: Record<string, string> = {};
  for (let i = 1; i <= 15; i++) {
    taxonomy[`t${i}`] = `Healthcare Provider Taxonomy Code_${i}`;
    primary[`p${i}`] = `Healthcare Provider Primary Taxonomy Switch_${i}`;
  }
  const what = "an NPPES NPI file";
  const t = resolveColumns(header, taxonomy, what);
  const p = resolveColumns(header, primary, what);
  return {
    col: resolveColumns(header, NPPES_COLUMNS, what),
    middleName: optionalColumn(header, "Provider Middle Name"),
    country: optionalColumn(header, "Provider Business Practice Location Address Country Code (If outside U.S.)"),
    taxonomy: Object.values(t),
    primarySwitch: Object.values(p),
    width: header.names.length,
  };
}

export type TNppesRow =
  | { kind: "deactivation"; line: number; npi: string; deactivatedAt: string }
  | {
      kind: "provider";
      line: number;
      npi: string;
      physician: TPhysicianInput;
      address: TAddressInput;
      isIr: boolean;
    };

export type TMapResult<T> = { row: T } | { reject: string } | { skip: true };

/** Maps one parsed NPPES record (pure). `isKnown` says whether the NPI is already in the directory. */
export function mapNppesRecord(f: string[], layout: TNppesLayout, isKnown: (npi: string) => boolean, line: number): TMapResult<TNppesRow> {
  if (f.length !== layout.width) return { reject: `expected ${layout.width} columns, found ${f.length}` };
  const c = layout.col;
  const get = (i: number) => (f[i] ?? "").trim();
  const npi = get(c.npi);
  if (!/^\d{10}$/.test(npi)) return { reject: `NPI "${npi}" is not ten digits` };
  if (!hasValidNpiCheckDigit(npi)) return { reject: `NPI ${npi} fails the check digit` };

  let deactivatedAt: string | null;
  let reactivatedAt: string | null;
  try {
    deactivatedAt = parseUsDate(get(c.deactivation));
  } catch (e) {
    return { reject: `NPI Deactivation Date: ${(e as Error).message}` };
  }
  try {
    reactivatedAt = parseUsDate(get(c.reactivation));
  } catch (e) {
    return { reject: `NPI Reactivation Date: ${(e as Error).message}` };
  }
  try {
    parseUsDate(get(c.lastUpdate));
  } catch (e) {
    return { reject: `Last Update Date: ${(e as Error).message}` };
  }
  const deactivated = deactivatedAt !== null && (reactivatedAt === null || reactivatedAt < deactivatedAt);
  if (deactivated) return isKnown(npi) ? { row: { kind: "deactivation", line, npi, deactivatedAt: deactivatedAt as string } } : { skip: true };

  const codes: string[] = [];
  layout.taxonomy.forEach((ti, k) => {
    const code = get(ti).toUpperCase();
    if (!code) return;
    // The primary taxonomy goes first, the way the registry presents it.
    if (get(layout.primarySwitch[k] as number).toUpperCase() === "Y") codes.unshift(code);
    else codes.push(code);
  });
  const uniqueCodes = [...new Set(codes)];
  const isIr = uniqueCodes.includes(IR_TAXONOMY);
  if (!isIr && !isKnown(npi)) return { skip: true };
  if (get(c.entityType) !== "1") return { skip: true }; // organizations are not physicians

  const lastName = titleCaseName(get(c.lastName));
  const firstName = titleCaseName(get(c.firstName));
  if (!lastName || !firstName) return { reject: `NPI ${npi}: missing provider first or last name` };
  const country = layout.country === undefined ? "" : get(layout.country).toUpperCase();
  if (country && country !== "US") return { reject: `NPI ${npi}: practice address outside the US (${country})` };
  const zip = zip5(get(c.zip));
  if (!zip) return { reject: `NPI ${npi}: missing or invalid practice ZIP "${get(c.zip)}"` };
  const state = get(c.state).toUpperCase();
  if (!/^[A-Z]{2}$/.test(state)) return { reject: `NPI ${npi}: invalid practice state "${get(c.state)}"` };
  const address1 = titleCaseAddress(get(c.address1));
  if (!address1) return { reject: `NPI ${npi}: missing practice street address` };
  const genderCode = get(c.gender).toUpperCase();

  return {
    row: {
      kind: "provider",
      line,
      npi,
      isIr,
      physician: {
        npi,
        firstName,
        middleName: layout.middleName === undefined ? null : titleCaseName(get(layout.middleName)) || null,
        lastName,
        credentials: normalizeCredentials(get(c.credentials)),
        gender: genderCode === "F" ? "FEMALE" : genderCode === "M" ? "MALE" : null,
        taxonomyCodes: uniqueCodes,
        identifiedBy: "TAXONOMY",
        active: true,
        deactivatedAt: null,
      },
      address: {
        name: address1,
        facilityName: false,
        address1,
        address2: titleCaseAddress(get(c.address2)) || null,
        city: titleCaseName(get(c.city)),
        state,
        zip,
        phone: normalizePhone(get(c.phone)),
      },
    },
  };
}

/** Writes one batch of mapped NPPES rows (inside the caller's transaction). */
export async function applyNppesBatch(
  ctx: TBatchContext,
  batch: TNppesRow[],
  counts: TImportCounts,
  reject: (r: TRejection) => void,
  geocoder: TGeocoder | undefined,
): Promise<void> {
  // The last row for an NPI wins (incremental files can list a provider twice).
  const rows = [...new Map(batch.map((r) => [r.npi, r])).values()];
  const deactivations = rows.filter((r) => r.kind === "deactivation");
  let providers = rows.filter((r) => r.kind === "provider");

  const centroids = await zipCentroids(ctx.client, providers.map((p) => p.address.zip));
  providers = providers.filter((p) => {
    if (centroids.has(p.address.zip)) return true;
    reject({ line: p.line, reason: `NPI ${p.npi}: ZIP ${p.address.zip} is not a known US ZIP code` });
    return false;
  });

  const checksums = await loadChecksums(ctx, rows.map((r) => r.npi));
  const sums = new Map(rows.map((r) => [r.npi, rowChecksum(r.kind === "provider" ? [r.physician, r.address] : r.deactivatedAt)]));
  const changedProviders = providers.filter((p) => checksums.get(p.npi) !== sums.get(p.npi));
  const unchangedProviders = providers.filter((p) => checksums.get(p.npi) === sums.get(p.npi));

  // Unchanged content still counts as confirmed by a newer file.
  if (unchangedProviders.length) {
    const { rowCount } = await ctx.client.query(
      `UPDATE physician SET last_confirmed_at = $2::date WHERE npi = ANY($1::varchar[]) AND last_confirmed_at < $2::date`,
      [unchangedProviders.map((p) => p.npi), ctx.fileDate],
    );
    counts.confirmed += rowCount ?? 0;
    counts.unchanged += unchangedProviders.length;
  }

  const outcomes = await upsertPhysicians(ctx, changedProviders.map((p) => p.physician));
  const locationIds = await ensureLocations(ctx, changedProviders.map((p) => p.address), geocoder);
  const roles: Array<{ physicianId: number; locationId: number; telehealth: null }> = [];
  const keep: Array<{ physicianId: number; locationIds: number[] }> = [];
  for (const p of changedProviders) {
    const o = outcomes.get(p.npi);
    if (!o) continue;
    counts[o.outcome] += 1;
    if (o.confirmed) counts.confirmed += 1;
    if (o.deactivated) counts.deactivated += 1;
    if (o.reactivated) counts.reactivated += 1;
    const loc = locationIds.get(keyOf(p.address));
    if (loc !== undefined) {
      roles.push({ physicianId: o.id, locationId: loc, telehealth: null });
      keep.push({ physicianId: o.id, locationIds: [loc] });
    }
  }
  await ensureRoles(ctx, roles);
  counts.removed += await removeStaleRoles(ctx, keep);

  const deact = deactivations.filter((d) => checksums.get(d.npi) !== sums.get(d.npi));
  const { deactivated } = await deactivatePhysicians(ctx, deact);
  counts.deactivated += deactivated.size;
  counts.unchanged += deactivations.length - deactivated.size;

  await saveChecksums(ctx, [...providers, ...deactivations].map((r) => ({ key: r.npi, checksum: sums.get(r.npi) as string })));
}
