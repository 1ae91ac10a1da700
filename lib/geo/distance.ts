// Great-circle distance on the mean-radius sphere, the same model PostGIS uses with use_spheroid = false.

export const EARTH_RADIUS_M = 6_371_008.8;
export const METERS_PER_MILE = 1609.344;

export function haversineMeters(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLng = (bLng - aLng) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function haversineMiles(aLat: number, aLng: number, bLat: number, bLng: number): number {
  return haversineMeters(aLat, aLng, bLat, bLng) / METERS_PER_MILE;
}

/** Miles rounded to 0.1, as shown to people. */
export function roundMiles(miles: number): number {
  return Math.round(miles * 10) / 10;
}
