// Locations and practitioner roles from imported addresses: one location per normalized address + ZIP,
// placed at the ZIP centroid (or a cached street-level point when a geocoder is plugged in).
import { createHash } from "node:crypto";
import { geocodeWithCache, zipCentroids, type TGeocoder, type TGeoPoint } from "@/lib/imports/geocode";
import { addressKey, slugify } from "@/lib/imports/normalize";
import type { TBatchContext } from "@/lib/imports/types";

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

/** Returns address key -> location id, creating the locations that do not exist yet. Callers check ZIPs first. */
export async function ensureLocations(
  ctx: TBatchContext,
  inputs: TAddressInput[],
  geocoder: TGeocoder | undefined,
): Promise<Map<string, number>> {
  const byKey = new Map<string, TAddressInput>();
  for (const a of inputs) if (!byKey.has(keyOf(a))) byKey.set(keyOf(a), a);
  const keys = [...byKey.keys()];
  const ids = new Map<string, number>();
  if (keys.length === 0) return ids;
  const { rows: existing } = await ctx.client.query<{ address_key: string; id: number; source_kind: string; name_protected: boolean }>(
    `SELECT il.address_key, l.id, ds.kind::text AS source_kind,
            EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                     WHERE fp.entity = 'location' AND fp.entity_id = l.id AND fp.field = 'name'
                       AND s.kind IN ('CLINIC_EDIT', 'MODERATOR')) AS name_protected
       FROM imported_location il JOIN location l ON l.id = il.location_id JOIN data_source ds ON ds.id = l.source_id
      WHERE il.address_key = ANY($1::text[])`,
    [keys],
  );
  const renames: Array<{ id: number; name: string }> = [];
  for (const r of existing) {
    ids.set(r.address_key, r.id);
    const a = byKey.get(r.address_key);
    // A name made up from the street gives way to a facility name from the CMS file, unless a person set it.
    if (a?.facilityName && r.source_kind === "NPPES" && !r.name_protected) renames.push({ id: r.id, name: a.name });
  }
  if (renames.length) {
    await ctx.client.query(
      `UPDATE location l SET name = t.name, version = l.version + 1, updated_at = now()
         FROM unnest($1::int[], $2::text[]) AS t(id, name) WHERE l.id = t.id AND l.name <> t.name`,
      [renames.map((r) => r.id), renames.map((r) => r.name)],
    );
  }
  await ctx.client.query(
    `UPDATE location SET last_confirmed_at = $2::date WHERE id = ANY($1::int[]) AND last_confirmed_at < $2::date`,
    [[...ids.values()], ctx.fileDate],
  );

  const missing = keys.filter((k) => !ids.has(k)).map((k) => [k, byKey.get(k) as TAddressInput] as const);
  if (missing.length === 0) return ids;
  const centroids = await zipCentroids(ctx.client, missing.map(([, a]) => a.zip));
  const street = geocoder
    ? await geocodeWithCache(ctx.client, geocoder, missing.map(([key, a]) => ({ key, ...a })))
    : new Map<string, TGeoPoint>();
  const rows = missing.flatMap(([key, a]) => {
    const c = centroids.get(a.zip);
    const p = street.get(key) ?? (c ? { ...c, precision: "ZIP_CENTROID" as const } : undefined);
    if (!p) return [];
    const suffix = createHash("sha1").update(key).digest("hex").slice(0, 8);
    return [{ key, a, p, slug: `${slugify(`${a.name} ${a.city} ${a.state}`).slice(0, 80)}-${suffix}` }];
  });
  const { rows: created } = await ctx.client.query<{ id: number; slug: string }>(
    `INSERT INTO location (slug, name, address1, address2, city, state, zip, phone, lat, lng, geocode_precision,
                           source_id, as_of, last_confirmed_at, updated_at)
     SELECT slug, name, a1, a2, city, state, zip, phone, lat, lng, prec::geocode_precision, $12, $13::date, $13::date, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::float8[], $10::float8[], $11::text[]) AS t(slug, name, a1, a2, city, state, zip, phone, lat, lng, prec)
     RETURNING id, slug`,
    [rows.map((r) => r.slug), rows.map((r) => r.a.name), rows.map((r) => r.a.address1), rows.map((r) => r.a.address2),
      rows.map((r) => r.a.city), rows.map((r) => r.a.state), rows.map((r) => r.a.zip), rows.map((r) => r.a.phone),
      rows.map((r) => r.p.lat), rows.map((r) => r.p.lng), rows.map((r) => r.p.precision), ctx.sourceId, ctx.fileDate],
  );
  const keyBySlug = new Map(rows.map((r) => [r.slug, r.key]));
  for (const c of created) ids.set(keyBySlug.get(c.slug) as string, c.id);
  await ctx.client.query(
    `INSERT INTO imported_location (address_key, location_id) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (address_key) DO UPDATE SET location_id = EXCLUDED.location_id`,
    [created.map((c) => keyBySlug.get(c.slug)), created.map((c) => c.id)],
  );
  return ids;
}

/** Creates missing roles; sets telehealth where the file says so and no person has set it. */
export async function ensureRoles(
  ctx: TBatchContext,
  roles: Array<{ physicianId: number; locationId: number; telehealth: boolean | null }>,
): Promise<void> {
  if (roles.length === 0) return;
  const args = [roles.map((r) => r.physicianId), roles.map((r) => r.locationId), roles.map((r) => r.telehealth)];
  await ctx.client.query(
    `INSERT INTO practitioner_role (physician_id, location_id, telehealth, source_id, as_of, updated_at)
     SELECT ph, loc, coalesce(tele, false), $4, $5::date, now() FROM unnest($1::int[], $2::int[], $3::bool[]) AS t(ph, loc, tele)
     ON CONFLICT (physician_id, location_id) DO NOTHING`,
    [...args, ctx.sourceId, ctx.fileDate],
  );
  await ctx.client.query(
    `UPDATE practitioner_role r SET telehealth = t.tele, version = r.version + 1, updated_at = now()
       FROM unnest($1::int[], $2::int[], $3::bool[]) AS t(ph, loc, tele)
      WHERE r.physician_id = t.ph AND r.location_id = t.loc AND t.tele IS NOT NULL AND r.telehealth <> t.tele
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'practitioner_role' AND fp.entity_id = r.id AND fp.field = 'telehealth'
                           AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))`,
    args,
  );
}

/**
 * Deletes roles this source created that its newer data no longer lists (a practice address moved), keeping
 * any role a clinic or moderator has touched.
 */
export async function removeStaleRoles(
  ctx: TBatchContext,
  keep: Array<{ physicianId: number; locationIds: number[] }>,
): Promise<number> {
  if (keep.length === 0) return 0;
  const ph: number[] = [];
  const loc: number[] = [];
  for (const k of keep) for (const l of k.locationIds.length ? k.locationIds : [0]) {
    ph.push(k.physicianId);
    loc.push(l);
  }
  const { rowCount } = await ctx.client.query(
    `DELETE FROM practitioner_role r USING data_source ds
      WHERE ds.id = r.source_id AND ds.kind::text = $3 AND r.physician_id = ANY($1::int[])
        AND NOT EXISTS (SELECT 1 FROM unnest($1::int[], $2::int[]) AS k(ph, loc) WHERE k.ph = r.physician_id AND k.loc = r.location_id)
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'practitioner_role' AND fp.entity_id = r.id AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))`,
    [ph, loc, ctx.kind],
  );
  return rowCount ?? 0;
}
