// "Did you mean…" for places: near spellings of a typed city ("Bostn" -> Boston, MA …) from the local ZIP table,
// and the nearest ordinary town to a point ("Use my location" -> "near Somerville, MA"). No network call.
import "server-only";
import { dbRead } from "@/lib/db/client";

type TCity = { city: string; state: string; zips: number; key: string };

let cities: Promise<TCity[]> | undefined;

/** Every (city, state) in the ZIP table with its number of ZIPs, loaded once (reference data, ~30k rows). */
function allCities(): Promise<TCity[]> {
  cities ??= dbRead().$queryRaw<Array<{ city: string; state: string; zips: number }>>`
      SELECT min(city) AS city, state, count(*)::int AS zips FROM zip_centroid GROUP BY lower(city), state`
    .then((rows) => rows.map((r) => ({ ...r, key: r.city.toLowerCase() })))
    .catch((e: unknown) => {
      cities = undefined;
      throw e;
    });
  return cities;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Up to `max` "City, ST" spelled like `city` (one edit up to 5 letters, two beyond), closest spelling then largest first. */
export async function similarPlaces(city: string, state: string | undefined, max = 6): Promise<string[]> {
  const q = city.toLowerCase().replace(/\s+/g, " ").trim();
  const allowed = q.length <= 5 ? 1 : 2;
  const scored: Array<TCity & { d: number }> = [];
  for (const c of await allCities()) {
    if (state && c.state !== state) continue;
    const d = editDistance(q, c.key, allowed);
    if (d <= allowed) scored.push({ ...c, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || b.zips - a.zips || a.city.localeCompare(b.city))
    .slice(0, max)
    .map((c) => `${c.city}, ${c.state}`);
}

/**
 * The nearest town to a point: the city of the closest ZIP centroid within about 30 miles. Centroids given to two
 * decimals only are left out: those are unique (company) and PO-box ZIPs placed on their post office.
 */
export async function nearestTown(lat: number, lng: number): Promise<{ city: string; state: string } | null> {
  const rows = await dbRead().$queryRaw<Array<{ city: string; state: string }>>`
    SELECT city, state FROM zip_centroid
    WHERE lat BETWEEN ${lat - 0.5} AND ${lat + 0.5} AND lng BETWEEN ${lng - 0.7} AND ${lng + 0.7}
      AND (abs(lat * 100 - round(lat * 100)) > 1e-6 OR abs(lng * 100 - round(lng * 100)) > 1e-6)
    ORDER BY (lat - ${lat}) ^ 2 + ((lng - ${lng}) * cos(radians(${lat}))) ^ 2
    LIMIT 1`;
  const r = rows[0];
  return r ? { city: r.city, state: r.state } : null;
}
