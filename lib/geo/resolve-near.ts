// Turns what a person typed as a location (ZIP, "City, ST" or "lat,lng") into a point, with no network call.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nearestTown, similarPlaces } from "@/lib/geo/place-suggestions";
import { toStateCode } from "@/lib/geo/us-states";
import { zipTable } from "@/lib/geo/zip-table";

export type TNearQuery =
  { kind: "zip"; zip: string } | { kind: "city"; city: string; state: string | undefined } | { kind: "point"; lat: number; lng: number };

/** `town`: for a point, the nearest town ("Somerville, MA"), so "my location" reads as a place. */
export type TResolvedPlace = { label: string; lat: number; lng: number; kind: TNearQuery["kind"]; town: string | null };

/** Details of a location error, for the search page's "Did you mean…" choices. */
export type TPlaceErrorDetails = { field: "near"; candidates: string[] };
const nearDetails = (candidates: string[] = []): TPlaceErrorDetails => ({ field: "near", candidates });

const ZIP = /^(\d{5})(?:-\d{4})?$/;
const POINT = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;

/** Reads the shape of the input; throws a 400 for input that cannot be a place. */
export function parseNear(raw: string): TNearQuery {
  const s = raw.trim().replace(/\s+/g, " ");
  const zip = ZIP.exec(s);
  if (zip) return { kind: "zip", zip: zip[1] as string };
  const pt = POINT.exec(s);
  if (pt) {
    const lat = Number(pt[1]);
    const lng = Number(pt[2]);
    if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
      throw new AppError("BAD_REQUEST", "Coordinates must be latitude between -90 and 90, longitude between -180 and 180.", nearDetails());
    }
    return { kind: "point", lat, lng };
  }
  if (/^\d+$/.test(s)) throw new AppError("BAD_REQUEST", "A ZIP code has five digits, for example 10001.", nearDetails());
  // "City, ST", "City, State", "City ST" or just "City".
  const comma = s.lastIndexOf(",");
  let city = s;
  let state: string | undefined;
  if (comma > 0) {
    state = toStateCode(s.slice(comma + 1));
    if (!state)
      throw new AppError(
        "BAD_REQUEST",
        `"${s.slice(comma + 1).trim()}" is not a US state. Try "City, ST", for example "Boston, MA".`,
        nearDetails(),
      );
    city = s.slice(0, comma).trim();
  } else {
    const lastWord = /^(.+) ([A-Za-z]{2})$/.exec(s);
    const code = lastWord ? toStateCode(lastWord[2] as string) : undefined;
    if (lastWord && code) {
      city = lastWord[1] as string;
      state = code;
    }
  }
  if (!/^[\p{L}][\p{L} .'-]{0,59}$/u.test(city)) {
    throw new AppError("BAD_REQUEST", 'Enter a ZIP code or a city and state, for example "10001" or "Boston, MA".', nearDetails());
  }
  return { kind: "city", city, state };
}

function cityVariants(city: string): string[] {
  const c = city.toLowerCase().replace(/\s+/g, " ").trim();
  const out = new Set([c, c.replace(/\./g, "")]);
  for (const [short, long] of [
    ["st", "saint"],
    ["ft", "fort"],
    ["mt", "mount"],
  ] as const) {
    const m = new RegExp(`^${short}\\.? `).exec(c);
    if (m) out.add(long + c.slice(m[0].length - 1));
  }
  return [...out];
}

// A ZIP is looked up in the in-memory ZIP table (lib/geo/zip-table.ts). Cities and points take a query each, so
// their resolved places are kept in a small in-process LRU: a repeated search then makes one database round trip
// instead of two.
const PLACE_CACHE_MAX = 5000;
const placeCache = new Map<string, TResolvedPlace>();

/** Resolves a place against the ZIP centroid table; 404 when the ZIP or city is unknown. */
export async function resolveNear(raw: string): Promise<TResolvedPlace> {
  const q = parseNear(raw);
  if (q.kind === "zip") return zipPlace(q.zip);
  const key = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const hit = placeCache.get(key);
  if (hit) {
    placeCache.delete(key);
    placeCache.set(key, hit);
    return hit;
  }
  const place = await lookUpPlace(q);
  if (placeCache.size >= PLACE_CACHE_MAX) placeCache.delete(placeCache.keys().next().value as string);
  placeCache.set(key, place);
  return place;
}

async function zipPlace(zip: string): Promise<TResolvedPlace> {
  const z = (await zipTable()).get(zip);
  if (!z)
    throw new AppError("UNKNOWN_LOCATION", `We couldn't find ZIP code ${zip}. Check the number, or try a city and state.`, nearDetails());
  return { kind: "zip", lat: z.lat, lng: z.lng, label: z.label, town: null };
}

async function lookUpPlace(q: Exclude<TNearQuery, { kind: "zip" }>): Promise<TResolvedPlace> {
  if (q.kind === "point") {
    const town = await nearestTown(q.lat, q.lng);
    return {
      kind: "point",
      lat: q.lat,
      lng: q.lng,
      label: `${q.lat.toFixed(4)}, ${q.lng.toFixed(4)}`,
      town: town ? `${town.city}, ${town.state}` : null,
    };
  }
  const variants = cityVariants(q.city);
  const rows = await dbRead().$queryRaw<Array<{ city: string; state: string; lat: number; lng: number; zips: number }>>`
    SELECT min(city) AS city, state, avg(lat)::float8 AS lat, avg(lng)::float8 AS lng, count(*)::int AS zips
    FROM zip_centroid
    WHERE lower(city) = ANY(${variants}::text[]) AND (${q.state ?? null}::text IS NULL OR state = ${q.state ?? null})
    GROUP BY state
    ORDER BY count(*) DESC, state`;
  const first = rows[0];
  if (!first) {
    const where = q.state ? `${q.city}, ${q.state}` : q.city;
    const candidates = await similarPlaces(q.city, q.state);
    throw new AppError(
      "UNKNOWN_LOCATION",
      candidates.length
        ? `We couldn't find "${where}". Did you mean one of these places?`
        : `We couldn't find "${where}". Check the spelling, or try a ZIP code.`,
      nearDetails(candidates),
    );
  }
  if (rows.length > 1) {
    const options = rows.slice(0, 6).map((r) => `${r.city}, ${r.state}`);
    throw new AppError(
      "BAD_REQUEST",
      `There is more than one ${first.city}. Which one did you mean? Or add the state, for example "${options[0]}".`,
      nearDetails(options),
    );
  }
  return { kind: "city", lat: first.lat, lng: first.lng, label: `${first.city}, ${first.state}`, town: null };
}
