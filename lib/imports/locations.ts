// Locations and practitioner roles from imported addresses: one location per normalized address + ZIP, placed at
// the ZIP centroid (or a cached street-level point when a geocoder is plugged in). A location's details come from
// the best source that lists it (Doctors and Clinicians over NPPES, then the newer file), whatever the load order.
import { createHash } from "node:crypto";
import { geocodeWithCache, zipCentroids, type TGeocoder, type TGeoPoint } from "@/lib/imports/geocode";
import { addressKey, slugify } from "@/lib/imports/normalize";
import { loadProtectedFields, setFieldSources } from "@/lib/imports/precedence";
import type { TBatchContext, TImportCounts, TSourceKind } from "@/lib/imports/types";

export type TAddressInput = {
  name: string;
  /** true when `name` is a facility name from the file rather than one made up from the street address */
  facilityName: boolean;
  address1: string;
  address2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
};

export const keyOf = (a: Pick<TAddressInput, "address1" | "address2" | "zip">) => addressKey(a.address1, a.address2, a.zip);

/** An address as one source's fact states it. */
export type TSourcedAddress = { address: TAddressInput; kind: TSourceKind; sourceId: number; asOf: string };

/** Which source's details a location shows: the facility file outranks the NPI registry; persons outrank both. */
const LOCATION_RANK: Partial<Record<TSourceKind, number>> = { NPPES: 1, CMS_MEDICARE_VOLUME: 0, CMS_DAC: 2, DEMO: 0 };
const rankOf = (k: string) => LOCATION_RANK[k as TSourceKind] ?? 99;

const LOCATION_FIELDS = ["name", "address1", "address2", "city", "phone"] as const;
const shown = (a: TAddressInput) => JSON.stringify([a.name, a.address1, a.address2, a.city, a.phone]);

/** True when `a` should replace `b`: better source, then newer file, then (a same-day tie) the greater value. */
function outranks(a: TSourcedAddress, b: { kind: string; asOf: string; shown: string }): boolean {
  const ra = rankOf(a.kind);
  const rb = rankOf(b.kind);
  if (ra !== rb) return ra > rb;
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  return shown(a.address) > b.shown;
}

/**
 * Address key -> location id for these addresses, creating the missing ones from the best statement in hand.
 * Callers check ZIPs first, and then set existing locations' details with `setLocationDetails`.
 */
export async function ensureLocations(
  ctx: TBatchContext,
  inputs: TSourcedAddress[],
  geocoder: TGeocoder | undefined,
): Promise<Map<string, number>> {
  const best = bestStatements(inputs);
  const keys = [...best.keys()];
  const ids = new Map<string, number>();
  if (keys.length === 0) return ids;
  const { rows: existing } = await ctx.client.query<{ address_key: string; id: number }>(
    `SELECT il.address_key, l.id FROM imported_location il JOIN location l ON l.id = il.location_id
      WHERE il.address_key = ANY($1::text[])`,
    [keys],
  );
  for (const r of existing) ids.set(r.address_key, r.id);
  const missing = keys.filter((k) => !ids.has(k)).map((k) => [k, best.get(k) as TSourcedAddress] as const);
  if (missing.length === 0) return ids;
  const centroids = await zipCentroids(
    ctx.client,
    missing.map(([, s]) => s.address.zip),
  );
  const street = geocoder
    ? await geocodeWithCache(
        ctx.client,
        geocoder,
        missing.map(([key, s]) => ({ key, ...s.address })),
      )
    : new Map<string, TGeoPoint>();
  const rows = missing.flatMap(([key, s]) => {
    const a = s.address;
    const c = centroids.get(a.zip);
    const p = street.get(key) ?? (c ? { ...c, precision: "ZIP_CENTROID" as const } : undefined);
    if (!p) return [];
    // The slug follows the normalized address, not the name or spelling, so it is the same whichever source created it.
    const suffix = createHash("sha1").update(key).digest("hex").slice(0, 8);
    return [{ key, s, a, p, slug: `${slugify(`${key.replace("|", " ")} ${a.state}`).slice(0, 80)}-${suffix}` }];
  });
  const { rows: created } = await ctx.client.query<{ id: number; slug: string }>(
    `INSERT INTO location (slug, name, address1, address2, city, state, zip, phone, lat, lng, geocode_precision,
                           source_id, as_of, last_confirmed_at, updated_at)
     SELECT slug, name, a1, a2, city, state, zip, phone, lat, lng, prec::geocode_precision, src, d::date, d::date, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::float8[], $10::float8[], $11::text[], $12::int[], $13::text[])
            AS t(slug, name, a1, a2, city, state, zip, phone, lat, lng, prec, src, d)
     RETURNING id, slug`,
    [
      rows.map((r) => r.slug),
      rows.map((r) => r.a.name),
      rows.map((r) => r.a.address1),
      rows.map((r) => r.a.address2),
      rows.map((r) => r.a.city),
      rows.map((r) => r.a.state),
      rows.map((r) => r.a.zip),
      rows.map((r) => r.a.phone),
      rows.map((r) => r.p.lat),
      rows.map((r) => r.p.lng),
      rows.map((r) => r.p.precision),
      rows.map((r) => r.s.sourceId),
      rows.map((r) => r.s.asOf),
    ],
  );
  const keyBySlug = new Map(rows.map((r) => [r.slug, r.key]));
  const rowBySlug = new Map(rows.map((r) => [r.slug, r]));
  for (const c of created) ids.set(keyBySlug.get(c.slug) as string, c.id);
  await ctx.client.query(
    `INSERT INTO imported_location (address_key, location_id) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (address_key) DO UPDATE SET location_id = EXCLUDED.location_id`,
    [created.map((c) => keyBySlug.get(c.slug)), created.map((c) => c.id)],
  );
  await setFieldSources(
    ctx.client,
    "location",
    created.flatMap((c) => {
      const r = rowBySlug.get(c.slug);
      return r ? LOCATION_FIELDS.map((field) => ({ entityId: c.id, field, sourceId: r.s.sourceId, asOf: r.s.asOf })) : [];
    }),
  );
  return ids;
}

/** The best statement per address key. */
export function bestStatements(inputs: TSourcedAddress[]): Map<string, TSourcedAddress> {
  const best = new Map<string, TSourcedAddress>();
  for (const a of inputs) {
    const k = keyOf(a.address);
    const cur = best.get(k);
    if (!cur || outranks(a, { kind: cur.kind, asOf: cur.asOf, shown: shown(cur.address) })) best.set(k, a);
  }
  return best;
}

/**
 * Sets imported locations' details from the best of the statements that list them now (the caller gathers every
 * current fact about everyone practising there), and last-confirmed from the newest of them. Fields a person set stay.
 */
export async function setLocationDetails(
  ctx: TBatchContext,
  details: Array<{ id: number; best: TSourcedAddress; newest: string }>,
): Promise<void> {
  if (details.length === 0) return;
  const protectedFields = await loadProtectedFields(
    ctx.client,
    "location",
    details.map((d) => d.id),
  );
  const keep = (id: number, f: string) => protectedFields.get(id)?.has(f) ?? false;
  const { rows: changed } = await ctx.client.query<{ id: number }>(
    `UPDATE location l SET
            name = CASE WHEN t.kn THEN l.name ELSE t.name END, address1 = CASE WHEN t.ka1 THEN l.address1 ELSE t.a1 END,
            address2 = CASE WHEN t.ka2 THEN l.address2 ELSE t.a2 END, city = CASE WHEN t.kc THEN l.city ELSE t.city END,
            phone = CASE WHEN t.kp THEN l.phone ELSE t.phone END, source_id = t.src, as_of = t.as_of::date,
            last_confirmed_at = t.conf::date, version = l.version + 1, updated_at = now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[],
                   $9::bool[], $10::bool[], $11::bool[], $12::bool[], $13::bool[], $14::text[])
            AS t(id, name, a1, a2, city, phone, src, as_of, kn, ka1, ka2, kc, kp, conf)
      WHERE l.id = t.id AND EXISTS (SELECT 1 FROM data_source ds WHERE ds.id = l.source_id AND ds.kind IN ('NPPES', 'CMS_DAC', 'CMS_MEDICARE_VOLUME'))
        AND (l.name, l.address1, l.address2, l.city, l.phone, l.source_id, l.as_of, l.last_confirmed_at)
            IS DISTINCT FROM (CASE WHEN t.kn THEN l.name ELSE t.name END, CASE WHEN t.ka1 THEN l.address1 ELSE t.a1 END,
                              CASE WHEN t.ka2 THEN l.address2 ELSE t.a2 END, CASE WHEN t.kc THEN l.city ELSE t.city END,
                              CASE WHEN t.kp THEN l.phone ELSE t.phone END, t.src, t.as_of::date, t.conf::date)
      RETURNING l.id`,
    [
      details.map((d) => d.id),
      details.map((d) => d.best.address.name),
      details.map((d) => d.best.address.address1),
      details.map((d) => d.best.address.address2),
      details.map((d) => d.best.address.city),
      details.map((d) => d.best.address.phone),
      details.map((d) => d.best.sourceId),
      details.map((d) => d.best.asOf),
      details.map((d) => keep(d.id, "name")),
      details.map((d) => keep(d.id, "address1")),
      details.map((d) => keep(d.id, "address2")),
      details.map((d) => keep(d.id, "city")),
      details.map((d) => keep(d.id, "phone")),
      details.map((d) => d.newest),
    ],
  );
  const byId = new Map(details.map((d) => [d.id, d]));
  await setFieldSources(
    ctx.client,
    "location",
    changed.flatMap((c) => {
      const d = byId.get(c.id) as (typeof details)[number];
      return LOCATION_FIELDS.map((field) => ({ entityId: c.id, field, sourceId: d.best.sourceId, asOf: d.best.asOf }));
    }),
  );
}

/** A role an import wants: the physician at a location, with what the sources say about it. */
export type TDesiredRole = {
  physicianId: number;
  locationId: number;
  telehealth: boolean | null;
  assignment: boolean | null;
  /** the fact that lists the role (DAC's when it does, else NPPES's) */
  sourceId: number;
  asOf: string;
  /** the Doctors and Clinicians fact that gave telehealth and assignment, when one did */
  attributesSourceId: number | null;
};

const IMPORT_KINDS = ["NPPES", "CMS_DAC", "CMS_MEDICARE_VOLUME"];

/**
 * Makes these physicians' imported roles exactly the desired ones: adds missing roles, updates telehealth and
 * Medicare assignment (unless a person set them), and removes imported roles no source lists any more (never
 * a role a clinic or moderator touched, nor one a person created).
 */
export async function syncRoles(
  ctx: TBatchContext,
  physicianIds: number[],
  desired: TDesiredRole[],
  counts: TImportCounts,
): Promise<number[]> {
  if (physicianIds.length === 0) return [];
  const { rows: current } = await ctx.client.query<{
    id: number;
    physician_id: number;
    location_id: number;
    kind: string;
    telehealth: boolean | null;
    accepts_medicare_assignment: boolean | null;
    source_id: number;
    as_of: string;
    touched: boolean;
  }>(
    `SELECT r.id, r.physician_id, r.location_id, ds.kind::text AS kind, r.telehealth, r.accepts_medicare_assignment,
            r.source_id, to_char(r.as_of, 'YYYY-MM-DD') AS as_of,
            EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                     WHERE fp.entity = 'practitioner_role' AND fp.entity_id = r.id AND s.kind IN ('CLINIC_EDIT', 'MODERATOR')) AS touched
       FROM practitioner_role r JOIN data_source ds ON ds.id = r.source_id WHERE r.physician_id = ANY($1::int[])`,
    [physicianIds],
  );
  const want = new Map(desired.map((d) => [`${d.physicianId}|${d.locationId}`, d]));
  const have = new Map(current.map((c) => [`${c.physician_id}|${c.location_id}`, c]));
  const protectedFields = await loadProtectedFields(
    ctx.client,
    "practitioner_role",
    current.map((c) => c.id),
  );

  const remove = current.filter((c) => !want.has(`${c.physician_id}|${c.location_id}`) && IMPORT_KINDS.includes(c.kind) && !c.touched);
  if (remove.length) {
    await ctx.client.query(`DELETE FROM practitioner_role WHERE id = ANY($1::int[])`, [remove.map((r) => r.id)]);
    await ctx.client.query(`DELETE FROM field_provenance WHERE entity = 'practitioner_role' AND entity_id = ANY($1::int[])`, [
      remove.map((r) => r.id),
    ]);
    counts.removed += remove.length;
  }
  const add = desired.filter((d) => !have.has(`${d.physicianId}|${d.locationId}`));
  const update = desired.flatMap((d) => {
    const c = have.get(`${d.physicianId}|${d.locationId}`);
    if (!c) return [];
    const p = protectedFields.get(c.id);
    const telehealth = p?.has("telehealth") ? c.telehealth : d.telehealth;
    const assignment = p?.has("acceptsMedicareAssignment") ? c.accepts_medicare_assignment : d.assignment;
    // A role a person created keeps its source; an imported one follows the fact that lists it.
    const own = IMPORT_KINDS.includes(c.kind);
    const sourceId = own ? d.sourceId : c.source_id;
    const asOf = own ? d.asOf : c.as_of;
    if (telehealth === c.telehealth && assignment === c.accepts_medicare_assignment && sourceId === c.source_id && asOf === c.as_of)
      return [];
    return [{ id: c.id, telehealth, assignment, sourceId, asOf }];
  });
  let added: Array<{ id: number; physician_id: number; location_id: number }> = [];
  if (add.length) {
    ({ rows: added } = await ctx.client.query<{ id: number; physician_id: number; location_id: number }>(
      `INSERT INTO practitioner_role (physician_id, location_id, telehealth, accepts_medicare_assignment, source_id, as_of, updated_at)
       SELECT ph, loc, tele, asg, src, d::date, now()
         FROM unnest($1::int[], $2::int[], $3::bool[], $4::bool[], $5::int[], $6::text[]) AS t(ph, loc, tele, asg, src, d)
       RETURNING id, physician_id, location_id`,
      [
        add.map((r) => r.physicianId),
        add.map((r) => r.locationId),
        add.map((r) => r.telehealth),
        add.map((r) => r.assignment),
        add.map((r) => r.sourceId),
        add.map((r) => r.asOf),
      ],
    ));
    counts.rolesAdded += added.length;
  }
  if (update.length) {
    await ctx.client.query(
      `UPDATE practitioner_role r SET telehealth = t.tele, accepts_medicare_assignment = t.asg, source_id = t.src,
              as_of = t.d::date, version = r.version + 1, updated_at = now()
         FROM unnest($1::int[], $2::bool[], $3::bool[], $4::int[], $5::text[]) AS t(id, tele, asg, src, d) WHERE r.id = t.id`,
      [
        update.map((u) => u.id),
        update.map((u) => u.telehealth),
        update.map((u) => u.assignment),
        update.map((u) => u.sourceId),
        update.map((u) => u.asOf),
      ],
    );
  }
  // Where telehealth and assignment came from (the Doctors and Clinicians file and its date), per role.
  const roleId = new Map([...current, ...added].map((r) => [`${r.physician_id}|${r.location_id}`, r.id]));
  await setFieldSources(
    ctx.client,
    "practitioner_role",
    desired.flatMap((d) => {
      const id = roleId.get(`${d.physicianId}|${d.locationId}`);
      if (id === undefined || d.attributesSourceId === null) return [];
      return ["telehealth", "acceptsMedicareAssignment"].map((field) => ({
        entityId: id,
        field,
        sourceId: d.attributesSourceId as number,
        asOf: d.asOf,
      }));
    }),
  );
  return remove.map((r) => r.location_id);
}

/** Imported locations no role uses any more (and no person touched) go, so the directory has no empty places. */
export async function removeOrphanLocations(ctx: TBatchContext): Promise<number> {
  const { rows } = await ctx.client.query<{ id: number }>(
    `DELETE FROM location l USING imported_location il, data_source ds
      WHERE il.location_id = l.id AND ds.id = l.source_id AND ds.kind IN ('NPPES', 'CMS_DAC', 'CMS_MEDICARE_VOLUME')
        AND NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = l.organization_id AND o.pac_id IS NULL)
        AND NOT EXISTS (SELECT 1 FROM practitioner_role r WHERE r.location_id = l.id)
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'location' AND fp.entity_id = l.id AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))
     RETURNING l.id`,
  );
  await ctx.client.query(`DELETE FROM field_provenance WHERE entity = 'location' AND entity_id = ANY($1::int[])`, [rows.map((r) => r.id)]);
  await ctx.client.query(`DELETE FROM imported_location il WHERE NOT EXISTS (SELECT 1 FROM location l WHERE l.id = il.location_id)`);
  return rows.length;
}
