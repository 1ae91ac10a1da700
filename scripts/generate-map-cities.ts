// Writes components/map/major-cities.json: the offline basemap's city labels, from the local ZIP data (`zipcodes`,
// BSD): the places with the most ordinary ZIPs, positioned at the mean of their ZIP centroids. Run after a
// `zipcodes` upgrade: `npx tsx scripts/generate-map-cities.ts`.
import { writeFileSync } from "node:fs";
import { ordinaryZips } from "../prisma/seed/zips";

const COUNT = 220;
const byCity = new Map<string, { city: string; state: string; lat: number; lng: number; n: number }>();
for (const z of ordinaryZips()) {
  const key = `${z.city.toLowerCase()}|${z.state}`;
  const c = byCity.get(key) ?? { city: z.city, state: z.state, lat: 0, lng: 0, n: 0 };
  c.lat += z.lat;
  c.lng += z.lng;
  c.n += 1;
  byCity.set(key, c);
}
const cities = [...byCity.values()]
  .sort((a, b) => b.n - a.n || a.city.localeCompare(b.city))
  .slice(0, COUNT)
  // [name, lat, lng, rank]: rank 0 is the largest; the map shows more labels as it zooms in.
  .map((c, rank) => [`${c.city}, ${c.state}`, Math.round((c.lat / c.n) * 1000) / 1000, Math.round((c.lng / c.n) * 1000) / 1000, rank]);
writeFileSync("components/map/major-cities.json", `${JSON.stringify(cities)}\n`);
console.log(`wrote ${cities.length} cities`);
