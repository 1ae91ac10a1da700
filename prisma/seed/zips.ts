// US ZIP centroids from the `zipcodes` npm package (BSD licence), filtered to the states and DC plus Puerto Rico.
import { createRequire } from "node:module";
import type { TZipCode } from "zipcodes/lib/codes.js";

export type TZip = { zip: string; city: string; state: string; lat: number; lng: number };

// Military (AA/AE/AP) and freely associated states have no practices to list.
const EXCLUDED_STATES = new Set(["AA", "AE", "AP", "FM", "MH", "PW", "AS", "GU", "MP", "VI"]);

let cache: TZip[] | undefined;

/** Every usable US ZIP, sorted by ZIP so that anything built from it is deterministic. */
export function usZips(): TZip[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const { codes } = require("zipcodes/lib/codes.js") as { codes: Record<string, TZipCode> };
  cache = Object.values(codes)
    .filter((c) => c.country === "US" && /^\d{5}$/.test(c.zip) && !EXCLUDED_STATES.has(c.state))
    .filter((c) => Number.isFinite(c.latitude) && Number.isFinite(c.longitude))
    .map((c) => ({ zip: c.zip, city: c.city, state: c.state, lat: c.latitude, lng: c.longitude }))
    .sort((a, b) => (a.zip < b.zip ? -1 : 1));
  return cache;
}

let ordinary: TZip[] | undefined;

/**
 * ZIPs where ordinary addresses are: the Census-style centroids (more than two decimals) that no other ZIP shares.
 * This leaves out unique ZIPs of a single company ("Philip Morris, NY 10072", given to two decimals) and PO-box
 * ZIPs, which sit on their post office's point. Demo practices are placed only here.
 */
export function ordinaryZips(): TZip[] {
  if (ordinary) return ordinary;
  const decimals = (x: number) => (String(x).split(".")[1] ?? "").length;
  const at = (z: TZip) => `${z.lat},${z.lng}`;
  const shared = new Map<string, number>();
  for (const z of usZips()) shared.set(at(z), (shared.get(at(z)) ?? 0) + 1);
  ordinary = usZips().filter((z) => (decimals(z.lat) > 2 || decimals(z.lng) > 2) && shared.get(at(z)) === 1);
  return ordinary;
}
