// Derives the directory for a set of NPIs from every source's latest facts (facts.ts): who is listed and why,
// names, locations and roles, organizations, Medicare-derived procedures. A function of the facts alone, so the
// same files loaded in any order, any number of times, give the same directory.
import { syncBillingProcedures } from "@/lib/imports/billing-procedures";
import type { TDacFact, TMedicareFact, TNppesFact, TSecondaryFact, TStatusFact } from "@/lib/imports/facts";
import type { TGeocoder } from "@/lib/imports/geocode";
import {
  bestStatements,
  ensureLocations,
  keyOf,
  setLocationDetails,
  syncRoles,
  type TDesiredRole,
  type TSourcedAddress,
} from "@/lib/imports/locations";
import { setPracticeGroups } from "@/lib/imports/organizations";
import { upsertPhysicians, type TDesiredPhysician } from "@/lib/imports/physicians";
import type { TBatchContext, TImportCounts, TSourceKind } from "@/lib/imports/types";

type TFactRow<T> = { payload: T; asOf: string; sourceId: number; kind: TSourceKind };

/** Everything the sources say about one NPI. */
export type TNpiFacts = {
  npi: string;
  nppes?: TFactRow<TNppesFact>;
  status?: TFactRow<TStatusFact>;
  /** the earliest file that identified the NPI as an IR, if any did */
  identified?: TFactRow<unknown>;
  secondary?: TFactRow<TSecondaryFact>;
  dac?: TFactRow<TDacFact>;
  /** every data year on file */
  medicare: Array<TFactRow<TMedicareFact>>;
};

async function loadFacts(ctx: TBatchContext, npis: string[]): Promise<Map<string, TNpiFacts>> {
  const { rows } = await ctx.client.query<{
    kind: TSourceKind;
    key: string;
    npi: string;
    payload: unknown;
    as_of: string;
    source_id: number;
  }>(
    `SELECT kind::text AS kind, key, npi, payload, to_char(as_of, 'YYYY-MM-DD') AS as_of, source_id
       FROM import_row_state WHERE npi = ANY($1::varchar[]) AND payload IS NOT NULL`,
    [npis],
  );
  const out = new Map<string, TNpiFacts>(npis.map((n) => [n, { npi: n, medicare: [] }]));
  for (const r of rows) {
    const f = out.get(r.npi);
    if (!f) continue;
    const row = { payload: r.payload, asOf: r.as_of, sourceId: r.source_id, kind: r.kind };
    if (r.key === `ever|${r.npi}`) {
      if (!f.identified || row.asOf < f.identified.asOf) f.identified = row;
    } else if (r.kind === "NPPES" && r.key === r.npi) f.nppes = row as TFactRow<TNppesFact>;
    else if (r.kind === "NPPES" && r.key === `st|${r.npi}`) f.status = row as TFactRow<TStatusFact>;
    else if (r.kind === "NPPES" && r.key === `pl|${r.npi}`) f.secondary = row as TFactRow<TSecondaryFact>;
    else if (r.kind === "CMS_DAC") f.dac = row as TFactRow<TDacFact>;
    else if (r.kind === "CMS_MEDICARE_VOLUME") f.medicare.push(row as TFactRow<TMedicareFact>);
  }
  return out;
}

/**
 * Who the facts say this NPI is, or null when no source makes them an IR and they are not in the directory.
 * The IR rule: taxonomy 2085R0204X in the latest NPPES fact, or the billing rule in the latest Medicare year.
 */
export function desiredPhysician(f: TNpiFacts): TDesiredPhysician | null {
  const latestMedicare = [...f.medicare].sort((a, b) => b.payload.year - a.payload.year)[0];
  const nppes = f.nppes;
  const byTaxonomy = nppes?.payload.isIr === true;
  const byBilling = latestMedicare?.payload.qualifies === true;
  const identifiedBy = byTaxonomy ? "TAXONOMY" : byBilling ? "BILLING" : null;
  // Never identified by any file loaded: a radiologist kept on file only.
  if (!f.identified) return null;
  const deactivatedAt = f.status?.payload.deactivatedAt ?? null;
  const names = nppes?.payload.physician
    ? { ...nppes.payload.physician, sourceId: nppes.sourceId, asOf: nppes.asOf }
    : latestMedicare
      ? {
          firstName: latestMedicare.payload.firstName || "?",
          middleName: null,
          lastName: latestMedicare.payload.lastName,
          credentials: latestMedicare.payload.credentials,
          gender: null,
          taxonomyCodes: [] as string[],
          sourceId: latestMedicare.sourceId,
          asOf: latestMedicare.asOf,
        }
      : null;
  if (!names) return null;
  const gender = names.gender ?? f.dac?.payload.gender ?? null;
  const genderSource = names.gender ? names : f.dac?.payload.gender ? f.dac : names;
  // The fact that decided whether the physician is listed (and since when they are not).
  const status = deactivatedAt ? f.status : byTaxonomy || !latestMedicare ? (nppes ?? latestMedicare) : latestMedicare;
  const statusSource = status ?? names;
  const lastConfirmed = [nppes?.asOf, f.status?.asOf, f.secondary?.asOf, f.dac?.asOf, ...f.medicare.map((m) => m.asOf)]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1) as string;
  const inactiveReason = deactivatedAt ? "DEACTIVATED" : identifiedBy === null ? "NO_LONGER_IR" : null;
  return {
    npi: f.npi,
    fields: {
      firstName: names.firstName,
      middleName: names.middleName,
      lastName: names.lastName,
      credentials: names.credentials,
      gender,
      taxonomyCodes: names.taxonomyCodes,
      identifiedBy,
      active: inactiveReason === null,
      deactivatedAt,
      firstIdentifiedBy: f.identified.kind === "CMS_MEDICARE_VOLUME" ? "BILLING" : "TAXONOMY",
      inactiveReason,
      inactiveSince: deactivatedAt ?? (inactiveReason ? statusSource.asOf : null),
    },
    sources: {
      names: { sourceId: names.sourceId, asOf: names.asOf },
      gender: { sourceId: genderSource.sourceId, asOf: genderSource.asOf },
      status: { sourceId: statusSource.sourceId, asOf: statusSource.asOf },
    },
    lastConfirmedAt: lastConfirmed,
  };
}

/** The addresses the sources list for one physician: NPPES primary and secondary, and Doctors and Clinicians. */
export function desiredAddresses(
  f: TNpiFacts,
): Array<
  TSourcedAddress & { telehealth: boolean | null; assignment: boolean | null; attributesSourceId: number | null; orgPacId: string | null }
> {
  const out = new Map<
    string,
    TSourcedAddress & { telehealth: boolean | null; assignment: boolean | null; attributesSourceId: number | null; orgPacId: string | null }
  >();
  const put = (
    a: TSourcedAddress & {
      telehealth: boolean | null;
      assignment: boolean | null;
      attributesSourceId: number | null;
      orgPacId: string | null;
    },
  ) => out.set(keyOf(a.address), a);
  const plain = { telehealth: null, assignment: null, attributesSourceId: null, orgPacId: null };
  const nppes = f.nppes;
  for (const a of f.secondary?.payload.addresses ?? [])
    put({ address: a, kind: "NPPES", sourceId: f.secondary?.sourceId as number, asOf: f.secondary?.asOf as string, ...plain });
  if (nppes) put({ address: nppes.payload.address, kind: "NPPES", sourceId: nppes.sourceId, asOf: nppes.asOf, ...plain });
  for (const d of f.dac?.payload.addresses ?? []) {
    const dac = f.dac as TFactRow<TDacFact>;
    put({
      address: d.address,
      kind: "CMS_DAC",
      sourceId: dac.sourceId,
      asOf: dac.asOf,
      telehealth: d.telehealth,
      assignment: d.assignment,
      attributesSourceId: dac.sourceId,
      orgPacId: d.orgPacId,
    });
  }
  return [...out.values()];
}

/** Re-derives the directory entries of these NPIs from their facts (inside the caller's transaction). */
export async function projectNpis(
  ctx: TBatchContext,
  npis: string[],
  counts: TImportCounts,
  geocoder: TGeocoder | undefined,
): Promise<void> {
  const uniq = [...new Set(npis)];
  if (uniq.length === 0) return;
  const facts = await loadFacts(ctx, uniq);
  const desired = new Map<string, TDesiredPhysician>();
  for (const f of facts.values()) {
    const d = desiredPhysician(f);
    if (d) desired.set(f.npi, d);
  }
  const ids = await upsertPhysicians(ctx, [...desired.values()], counts);
  if (ids.size === 0) return;

  const addresses = [...ids.keys()].flatMap((npi) => desiredAddresses(facts.get(npi) as TNpiFacts).map((a) => ({ npi, a })));
  const locationIds = await ensureLocations(
    ctx,
    addresses.map((x) => x.a),
    geocoder,
  );
  const roles: TDesiredRole[] = addresses.flatMap(({ npi, a }) => {
    const locationId = locationIds.get(keyOf(a.address));
    if (locationId === undefined) return [];
    return [
      {
        physicianId: ids.get(npi) as number,
        locationId,
        telehealth: a.telehealth,
        assignment: a.assignment,
        sourceId: a.sourceId,
        asOf: a.asOf,
        attributesSourceId: a.attributesSourceId,
      },
    ];
  });
  const physicianIds = [...ids.values()];
  const left = await syncRoles(ctx, physicianIds, roles, counts);
  await refreshLocations(ctx, [...new Set([...roles.map((r) => r.locationId), ...left])], facts);
  // Volumes loaded before the physician was listed belong to them now.
  await ctx.client.query(
    `UPDATE procedure_volume v SET physician_id = p.id FROM physician p
      WHERE p.npi = v.npi AND v.npi = ANY($1::varchar[]) AND v.physician_id IS DISTINCT FROM p.id`,
    [[...ids.keys()]],
  );
  await syncBillingProcedures(ctx, physicianIds);
}

/**
 * A location shows the best statement among the current facts of everyone practising there (not the last file
 * loaded), so details from a superseded file never linger and load order does not matter.
 */
async function refreshLocations(ctx: TBatchContext, locationIds: number[], known: Map<string, TNpiFacts>): Promise<void> {
  if (locationIds.length === 0) return;
  const { rows } = await ctx.client.query<{ location_id: number; npi: string; address_key: string }>(
    `SELECT r.location_id, p.npi, il.address_key FROM practitioner_role r JOIN physician p ON p.id = r.physician_id
       JOIN imported_location il ON il.location_id = r.location_id
      WHERE r.location_id = ANY($1::int[])`,
    [locationIds],
  );
  const missing = [...new Set(rows.map((r) => r.npi))].filter((n) => !known.has(n));
  const facts = new Map([...known, ...(missing.length ? await loadFacts(ctx, missing) : [])]);
  const statements = new Map<number, ReturnType<typeof desiredAddresses>>();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(`${r.location_id}|${r.npi}`)) continue;
    seen.add(`${r.location_id}|${r.npi}`);
    const f = facts.get(r.npi);
    if (!f) continue;
    for (const a of desiredAddresses(f)) {
      if (keyOf(a.address) !== r.address_key) continue;
      const list = statements.get(r.location_id) ?? [];
      list.push(a);
      statements.set(r.location_id, list);
    }
  }
  await setLocationDetails(
    ctx,
    [...statements.entries()].map(([id, list]) => ({
      id,
      best: [...bestStatements(list).values()][0] as TSourcedAddress,
      newest: list
        .map((a) => a.asOf)
        .sort()
        .at(-1) as string,
    })),
  );
  // The practice group: from the newest Doctors and Clinicians statement that names one (a tie: the greater PAC ID).
  await setPracticeGroups(
    ctx,
    [...statements.entries()].map(([locationId, list]) => {
      const g = list
        .filter((a) => a.orgPacId && a.address.facilityName)
        .sort((a, b) => (a.asOf === b.asOf ? ((a.orgPacId as string) < (b.orgPacId as string) ? 1 : -1) : a.asOf < b.asOf ? 1 : -1))[0];
      return { locationId, group: g ? { pacId: g.orgPacId as string, name: g.address.name, sourceId: g.sourceId, asOf: g.asOf } : null };
    }),
  );
}
