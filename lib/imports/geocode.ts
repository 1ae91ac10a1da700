// Where a new location's point comes from: the ZIP centroid table, optionally upgraded by a pluggable geocoder
// (off by default; rate-limited; every answer cached in geocode_cache so an address is looked up once).
import type { TQueryable } from "@/lib/imports/types";

export type TGeoPoint = { lat: number; lng: number; precision: "STREET" | "ZIP_CENTROID" | "CITY_CENTROID" };
export type TAddressQuery = { key: string; address1: string; address2: string | null; city: string; state: string; zip: string };

/** A street-level geocoder. Implementations may call a network service; none ships enabled. */
export type TGeocoder = { name: string; geocode(q: TAddressQuery): Promise<TGeoPoint | null> };

/** Spaces calls at least `minIntervalMs` apart (services limit requests per second). */
export function rateLimited(inner: TGeocoder, minIntervalMs: number): TGeocoder {
  let next = 0;
  return {
    name: inner.name,
    async geocode(q) {
      const now = Date.now();
      const wait = Math.max(0, next - now);
      next = Math.max(now, next) + minIntervalMs;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return inner.geocode(q);
    },
  };
}

/** ZIP5 -> centroid for the given ZIPs, from the zip_centroid table. */
export async function zipCentroids(client: TQueryable, zips: string[]): Promise<Map<string, { lat: number; lng: number }>> {
  const uniq = [...new Set(zips)];
  const out = new Map<string, { lat: number; lng: number }>();
  if (uniq.length === 0) return out;
  const { rows } = await client.query<{ zip: string; lat: number; lng: number }>(
    `SELECT zip, lat, lng FROM zip_centroid WHERE zip = ANY($1::varchar[])`,
    [uniq],
  );
  for (const r of rows) out.set(r.zip, { lat: r.lat, lng: r.lng });
  return out;
}

/** Street-level points for these addresses: cached answers first, then the geocoder for the rest (cached too, misses included). */
export async function geocodeWithCache(client: TQueryable, geocoder: TGeocoder, queries: TAddressQuery[]): Promise<Map<string, TGeoPoint>> {
  const out = new Map<string, TGeoPoint>();
  if (queries.length === 0) return out;
  const { rows } = await client.query<{
    address_key: string;
    lat: number | null;
    lng: number | null;
    precision: TGeoPoint["precision"] | null;
  }>(`SELECT address_key, lat, lng, precision FROM geocode_cache WHERE address_key = ANY($1::text[]) AND provider = $2`, [
    queries.map((q) => q.key),
    geocoder.name,
  ]);
  const cached = new Set<string>();
  for (const r of rows) {
    cached.add(r.address_key);
    if (r.lat !== null && r.lng !== null && r.precision) out.set(r.address_key, { lat: r.lat, lng: r.lng, precision: r.precision });
  }
  for (const q of queries) {
    if (cached.has(q.key)) continue;
    cached.add(q.key);
    const p = await geocoder.geocode(q);
    await client.query(
      `INSERT INTO geocode_cache (address_key, provider, lat, lng, precision) VALUES ($1, $2, $3, $4, $5::geocode_precision)
       ON CONFLICT (address_key) DO UPDATE SET provider = EXCLUDED.provider, lat = EXCLUDED.lat, lng = EXCLUDED.lng,
         precision = EXCLUDED.precision, geocoded_at = now()`,
      [q.key, geocoder.name, p?.lat ?? null, p?.lng ?? null, p?.precision ?? null],
    );
    if (p) out.set(q.key, p);
  }
  return out;
}
