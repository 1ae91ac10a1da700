// Deterministic generator of the demo directory: invented physicians and practices spread by population over
// real US ZIP centroids. Everything is synthetic and marked as such (source DEMO, NPIs starting with 9,
// 555-01xx phone numbers, invented surnames).
import { demoNpi } from "@/lib/physicians/npi";
import { prng } from "@/lib/text/prng";
import { physicianSlug } from "@/lib/physicians/name";
import { slugify } from "@/lib/text/slugify";
import { METROS } from "./metros";
import { AREA_CODES } from "./area-codes";
import { ordinaryZips, type TZip } from "./zips";

export type TOrgRow = { id: number; slug: string; name: string; phone: string; website: string | null; asOf: string };
export type TLocationRow = {
  id: number;
  slug: string;
  organizationId: number;
  name: string;
  address1: string;
  address2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string;
  hours: string;
  accessibilityNotes: string | null;
  lat: number;
  lng: number;
  precision: "STREET" | "ZIP_CENTROID";
  asOf: string;
};
export type TPhysicianRow = {
  id: number;
  npi: string;
  slug: string;
  firstName: string;
  lastName: string;
  credentials: string;
  gender: "FEMALE" | "MALE";
  languages: string[];
  asOf: string;
};
export type TRoleRow = {
  id: number;
  physicianId: number;
  locationId: number;
  acceptingNewPatients: boolean | null;
  telehealth: boolean;
  asOf: string;
};
export type TCertRow = {
  physicianId: number;
  board: string;
  certificate: string;
  verifiedAt: string | null;
};
export type TVolumeRow = {
  physicianId: number;
  npi: string;
  hcpcsCode: string;
  year: number;
  placeOfService: "FACILITY" | "OFFICE";
  services: number | null;
  beneficiaries: number | null;
};
export type TDemoBatch = {
  organizations: TOrgRow[];
  locations: TLocationRow[];
  physicians: TPhysicianRow[];
  roles: TRoleRow[];
  /** [roleId, procedure slug] */
  roleProcedures: Array<[number, string]>;
  certifications: TCertRow[];
  volumes: TVolumeRow[];
};

export type TDemoOptions = { locations: number; seed?: number; batchLocations?: number };

const FIRST_F = [
  "Avery",
  "Beatrix",
  "Camila",
  "Dana",
  "Elena",
  "Farah",
  "Grace",
  "Hana",
  "Imani",
  "Julia",
  "Keiko",
  "Leila",
  "Maya",
  "Nadia",
  "Olivia",
  "Priya",
  "Quinn",
  "Rosa",
  "Sofia",
  "Tessa",
  "Uma",
  "Vera",
  "Wren",
  "Yara",
  "Zoe",
  "Amara",
  "Lucia",
  "Mei",
  "Noor",
  "Ingrid",
];
const FIRST_M = [
  "Aaron",
  "Bashir",
  "Caleb",
  "Dmitri",
  "Elias",
  "Felix",
  "Gabriel",
  "Hiro",
  "Isaac",
  "Jonah",
  "Kofi",
  "Luis",
  "Marcus",
  "Nikhil",
  "Omar",
  "Pavel",
  "Rafael",
  "Samuel",
  "Tobias",
  "Victor",
  "Wesley",
  "Xavier",
  "Yusuf",
  "Zane",
  "Anand",
  "Mateo",
  "Theo",
  "Ravi",
  "Declan",
  "Soren",
];
// Invented surname parts: the combinations read as names but are not common real surnames.
const SUR_A = [
  "Brax",
  "Quill",
  "Thorn",
  "Vell",
  "Marr",
  "Ost",
  "Pemb",
  "Ravel",
  "Sorr",
  "Tall",
  "Umber",
  "Wyn",
  "Yarl",
  "Zell",
  "Carv",
  "Dunm",
  "Elst",
  "Farr",
  "Gild",
  "Hollin",
  "Ivers",
  "Jask",
  "Kell",
  "Lorr",
];
const SUR_B = [
  "wood",
  "hurst",
  "mere",
  "ford",
  "wick",
  "dale",
  "brook",
  "stead",
  "holm",
  "ridge",
  "vane",
  "worth",
  "combe",
  "ley",
  "shaw",
  "thorpe",
];
const STREETS = [
  "Medical Center",
  "Health Park",
  "Harbor View",
  "Maple",
  "Oak",
  "Cedar",
  "Lakeside",
  "Hillcrest",
  "Riverside",
  "Park",
  "Main",
  "Elm",
  "Sycamore",
  "Willow",
  "Summit",
  "Meadow",
  "Pine",
  "Valley",
  "Bayview",
  "Granite",
];
const STREET_TYPES = ["Ave", "St", "Blvd", "Dr", "Pkwy", "Way", "Rd", "Ct"];
const ORG_KINDS = [
  "Interventional Radiology Associates",
  "Vascular & Interventional Specialists",
  "Spine & Vascular Institute",
  "Image-Guided Therapy Center",
  "Interventional Spine Center",
  "Vein & Vascular Clinic",
  "Radiology Partners",
  "Minimally Invasive Care",
];
const LANG_EXTRA: Array<[string, number]> = [
  ["es", 0.22],
  ["zh", 0.05],
  ["vi", 0.03],
  ["ko", 0.03],
  ["ru", 0.03],
  ["ar", 0.03],
  ["hi", 0.04],
  ["fr", 0.03],
  ["pt", 0.02],
  ["tl", 0.02],
];
const OTHER_PROCEDURES: Array<[string, number]> = [
  ["image-guided-biopsy", 0.8],
  ["port-placement", 0.65],
  ["ivc-filter", 0.55],
  ["dialysis-access", 0.45],
  ["peripheral-angioplasty-stenting", 0.4],
  ["tumor-ablation", 0.35],
  ["uterine-fibroid-embolization", 0.3],
  ["varicose-vein-ablation", 0.25],
  ["transarterial-chemoembolization", 0.25],
  ["y90-radioembolization", 0.2],
  ["prostate-artery-embolization", 0.12],
  ["genicular-artery-embolization", 0.1],
];
const VCF_CODES = { vertebroplasty: ["22510", "22511"], kyphoplasty: ["22513", "22514"] } as const;
const REF_DATE = Date.UTC(2026, 9, 15); // 2026-10-15: fixed so the dataset is the same on every run
const DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function milesBetween(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLng = (bLng - aLng) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLng / 2) ** 2;
  return 2 * 3958.7613 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type TMetroZips = { zips: TZip[]; weight: number };

function metroZipPools(zips: TZip[]): TMetroZips[] {
  return METROS.map((m) => {
    const center = zips.find((z) => z.state === m.state && z.city.toLowerCase() === m.city.toLowerCase());
    if (!center) throw new Error(`metro centre not in ZIP data: ${m.city}, ${m.state}`);
    const radius = 12 + 9 * Math.sqrt(m.popM);
    return {
      zips: zips.filter((z) => milesBetween(center.lat, center.lng, z.lat, z.lng) <= radius),
      weight: m.popM,
    };
  });
}

/**
 * Yields the directory in batches (ids ascending from 1), so millions of rows never sit in memory at once.
 * About 1.6 physicians per location, a quarter of them at more than one location.
 */
export function* generateDemo(opts: TDemoOptions): Generator<TDemoBatch> {
  const rnd = prng(opts.seed ?? 20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number) => rnd() < p;
  const zips = ordinaryZips();
  const pools = metroZipPools(zips);
  const totalWeight = pools.reduce((s, p) => s + p.weight, 0);
  const batchLocations = opts.batchLocations ?? 5000;
  // ZIPs bucketed on a 0.5-degree grid, so "a ZIP near this one" is a lookup rather than a scan.
  const cellKey = (lat: number, lng: number) => `${Math.floor(lat * 2)}:${Math.floor(lng * 2)}`;
  const grid = new Map<string, TZip[]>();
  for (const z of zips) {
    const k = cellKey(z.lat, z.lng);
    const cell = grid.get(k);
    if (cell) cell.push(z);
    else grid.set(k, [z]);
  }

  const pickZip = (): TZip => {
    // 78% of practices in the large metros (weighted by population), the rest anywhere: thin in rural areas.
    if (chance(0.78)) {
      let w = rnd() * totalWeight;
      for (const p of pools) {
        w -= p.weight;
        if (w <= 0) return pick(p.zips);
      }
    }
    return pick(zips);
  };
  // 555-0100..0199 are reserved for fiction; the area code is one of the place's own state.
  const phone = (state: string) => `(${pick(AREA_CODES[state] ?? [555])}) 555-01${String(Math.floor(rnd() * 100)).padStart(2, "0")}`;
  const recentDate = () => isoDate(REF_DATE - Math.floor((chance(0.9) ? rnd() * 400 : 400 + rnd() * 500) * DAY));

  let nextOrg = 1;
  let nextLoc = 1;
  let nextPhys = 1;
  let nextRole = 1;

  while (nextLoc <= opts.locations) {
    const batch: TDemoBatch = {
      organizations: [],
      locations: [],
      physicians: [],
      roles: [],
      roleProcedures: [],
      certifications: [],
      volumes: [],
    };
    const batchEnd = Math.min(opts.locations, nextLoc + batchLocations - 1);
    const orgLocations: number[][] = [];

    while (nextLoc <= batchEnd) {
      const home = pickZip();
      const orgId = nextOrg++;
      const orgName = `${pick(SUR_A)}${pick(SUR_B)} ${pick(ORG_KINDS)}`;
      const orgSlug = `${slugify(orgName)}-${orgId}`;
      const asOf = recentDate();
      batch.organizations.push({
        id: orgId,
        slug: orgSlug,
        name: orgName,
        phone: phone(home.state),
        website: chance(0.7) ? `https://example.org/demo/${orgSlug}` : null,
        asOf,
      });
      const nLoc = Math.min(batchEnd - nextLoc + 1, chance(0.55) ? 1 : 2 + Math.floor(rnd() * 3));
      const ids: number[] = [];
      const nearby = grid.get(cellKey(home.lat, home.lng)) ?? [home];
      for (let k = 0; k < nLoc; k++) {
        const z = k === 0 ? home : pick(nearby);
        const id = nextLoc++;
        const street = chance(0.85);
        // Street-level points sit near (not on) the ZIP centroid; ZIP-precision ones sit on it.
        const lat = street ? z.lat + (rnd() - 0.5) * 0.02 : z.lat;
        const lng = street ? z.lng + (rnd() - 0.5) * 0.025 : z.lng;
        const saturday = chance(0.25);
        const hours = [1, 2, 3, 4, 5].map((day) => ({ day, open: "08:00", close: chance(0.2) ? "18:00" : "17:00" }));
        if (saturday) hours.push({ day: 6, open: "08:00", close: "12:00" });
        batch.locations.push({
          id,
          slug: `${slugify(`${orgName} ${z.city} ${z.state}`)}-${id}`,
          organizationId: orgId,
          name: nLoc > 1 ? `${orgName} – ${z.city}` : orgName,
          address1: `${100 + Math.floor(rnd() * 9800)} ${pick(STREETS)} ${pick(STREET_TYPES)}`,
          address2: chance(0.35) ? `Suite ${100 + Math.floor(rnd() * 400)}` : null,
          city: z.city,
          state: z.state,
          zip: z.zip,
          phone: phone(z.state),
          hours: JSON.stringify(hours),
          accessibilityNotes: chance(0.6) ? "Step-free entrance; accessible parking; wheelchair available on request." : null,
          lat: Math.round(lat * 1e6) / 1e6,
          lng: Math.round(lng * 1e6) / 1e6,
          precision: street ? "STREET" : "ZIP_CENTROID",
          asOf,
        });
        ids.push(id);
      }
      orgLocations.push(ids);
    }

    for (const locIds of orgLocations) {
      // 1.6 physicians per location on average; every location has at least one.
      const nPhys = Math.max(1, Math.round(locIds.length * (0.7 + rnd() * 1.8)));
      for (let k = 0; k < nPhys; k++) {
        const id = nextPhys++;
        const female = chance(0.3);
        const firstName = pick(female ? FIRST_F : FIRST_M);
        const lastName = `${pick(SUR_A)}${pick(SUR_B)}`;
        const credentials = chance(0.86) ? "MD" : "DO";
        const npi = demoNpi(id);
        const languages = ["en", ...LANG_EXTRA.filter(([, p]) => chance(p)).map(([l]) => l)];
        const asOf = recentDate();
        batch.physicians.push({
          id,
          npi,
          slug: physicianSlug({ firstName, lastName, credentials, npi }),
          firstName,
          lastName,
          credentials,
          gender: female ? "FEMALE" : "MALE",
          languages,
          asOf,
        });

        // What this physician does: about 45% treat compression fractures.
        const skills: string[] = [];
        if (chance(0.45)) {
          const r = rnd();
          if (r < 0.3 || r >= 0.65) skills.push("vertebroplasty");
          if (r >= 0.3) skills.push("kyphoplasty");
          if (chance(0.3)) skills.push("sacroplasty");
        }
        for (const [slug, p] of OTHER_PROCEDURES) if (chance(p)) skills.push(slug);

        const primary = locIds[k % locIds.length] as number;
        const others = locIds.filter((l) => l !== primary);
        const extra = others.length === 0 ? 0 : chance(0.25) ? (chance(0.3) ? 2 : 1) : 0;
        const myLocations = [primary, ...others.slice(0, extra)];
        myLocations.forEach((locationId, idx) => {
          const roleId = nextRole++;
          const accepting = rnd();
          batch.roles.push({
            id: roleId,
            physicianId: id,
            locationId,
            acceptingNewPatients: accepting < 0.72 ? true : accepting < 0.87 ? false : null,
            telehealth: chance(0.2),
            asOf,
          });
          for (const s of skills) if (idx === 0 || chance(0.7)) batch.roleProcedures.push([roleId, s]);
        });

        if (chance(0.88)) {
          const r = rnd();
          const board = credentials === "DO" && chance(0.4) ? "American Osteopathic Board of Radiology" : "American Board of Radiology";
          const certificate =
            r < 0.5
              ? "Interventional Radiology and Diagnostic Radiology"
              : r < 0.85
                ? "Vascular and Interventional Radiology"
                : "Diagnostic Radiology";
          batch.certifications.push({
            physicianId: id,
            board,
            certificate,
            verifiedAt: chance(0.75) ? isoDate(REF_DATE - Math.floor(rnd() * 540) * DAY) : null,
          });
        }

        if (chance(0.5)) {
          for (const s of skills) {
            if (s !== "vertebroplasty" && s !== "kyphoplasty") continue;
            for (const year of [2022, 2023]) {
              for (const code of VCF_CODES[s]) {
                if (!chance(0.7)) continue;
                // CMS suppresses counts under 11: those rows are published without counts.
                const services = chance(0.35) ? null : 11 + Math.floor(rnd() * 140);
                batch.volumes.push({
                  physicianId: id,
                  npi,
                  hcpcsCode: code,
                  year,
                  placeOfService: chance(0.85) ? "FACILITY" : "OFFICE",
                  services,
                  beneficiaries: services === null ? null : Math.max(11, Math.floor(services * (0.8 + rnd() * 0.2))),
                });
              }
            }
          }
        }
      }
    }
    yield batch;
  }
}
