// Every filter × both sort orders against a brute-force scan of a seeded random directory: the distance order (the
// capped search_candidates() walk) and the name order (all matches in the radius) must agree with the same rules.
// Runs on both databases (the integration and integration-embedded projects).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineMiles } from "@/lib/geo/distance";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { prng } from "@/lib/text/prng";
import { destination, insertDirectory, resetDirectory, testPrisma, type TFixturePhysician } from "./support/directory";

const C = { lat: 35.0, lng: -90.0 };
const RADIUS = 40;
const PROCEDURES = ["kyphoplasty", "vertebroplasty", "image-guided-biopsy"];
const LAST = ["Abel", "Baker", "Cole", "Diaz", "Baker", "Evans"];

/** A seeded directory: every attribute a filter looks at varies; distances avoid the radius edge by a mile. */
function directory(): TFixturePhysician[] {
  const rnd = prng(20261128);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: 48 }, (_, i) => ({
    firstName: `P${String(i).padStart(2, "0")}`,
    lastName: pick(LAST),
    gender: rnd() < 0.5 ? ("FEMALE" as const) : ("MALE" as const),
    languages: rnd() < 0.3 ? ["en", "es"] : ["en"],
    verifiedCertification: rnd() < 0.5,
    active: rnd() > 0.1,
    locations: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const miles = rnd() < 0.8 ? 0.5 + rnd() * (RADIUS - 2) : RADIUS + 1 + rnd() * 30;
      return {
        ...destination(C.lat, C.lng, rnd() * 360, miles),
        procedures: PROCEDURES.filter(() => rnd() < 0.5),
        acceptingNewPatients: rnd() < 0.2 ? null : rnd() < 0.6,
        telehealth: rnd() < 0.4,
        acceptsMedicareAssignment: rnd() < 0.2 ? null : rnd() < 0.6,
      };
    }),
  }));
}

type TFilterCase = {
  name: string;
  query: Record<string, string>;
  keep: (p: TFixturePhysician, l: TFixturePhysician["locations"][number]) => boolean;
};

const FILTERS: TFilterCase[] = [
  { name: "no filter", query: {}, keep: () => true },
  { name: "procedure", query: { procedure: "kyphoplasty" }, keep: (_p, l) => l.procedures.includes("kyphoplasty") },
  { name: "board certified", query: { boardCertified: "true" }, keep: (p) => p.verifiedCertification === true },
  { name: "accepting new patients", query: { acceptingNewPatients: "true" }, keep: (_p, l) => l.acceptingNewPatients === true },
  { name: "telehealth", query: { telehealth: "true" }, keep: (_p, l) => l.telehealth === true },
  {
    name: "Medicare assignment",
    query: { medicareAssignment: "true" },
    keep: (_p, l) => l.acceptsMedicareAssignment === true,
  },
  { name: "language", query: { language: "es" }, keep: (p) => (p.languages ?? ["en"]).includes("es") },
  { name: "gender", query: { gender: "male" }, keep: (p) => p.gender === "MALE" },
  {
    name: "several filters",
    query: { telehealth: "true", gender: "female" },
    keep: (p, l) => l.telehealth === true && p.gender === "FEMALE",
  },
];

/**
 * A procedure walks search_entry_procedure and a several-procedure condition search_entry_condition, whose indexes
 * test the filter keys (decision 075): every filter again through both, on top of the walk over search_entry above.
 */
const WALKS: Array<{ name: string; procedure: string; keep: (l: TFixturePhysician["locations"][number]) => boolean }> = [
  { name: "kyphoplasty", procedure: "kyphoplasty", keep: (l) => l.procedures.includes("kyphoplasty") },
  {
    name: "a condition",
    procedure: "vertebral-compression-fractures",
    keep: (l) => l.procedures.includes("kyphoplasty") || l.procedures.includes("vertebroplasty"),
  },
];
for (const w of WALKS) {
  for (const f of FILTERS.filter((x) => x.query.procedure === undefined)) {
    FILTERS.push({
      name: `${f.name} with ${w.name}`,
      query: { ...f.query, procedure: w.procedure },
      keep: (p, l) => w.keep(l) && f.keep(p, l),
    });
  }
}

let prisma: PrismaClient;
let close: () => Promise<void>;
const DIR = directory();
let ids: number[] = [];

/** The expected answer by brute force: each active physician at their nearest matching location inside the radius. */
function bruteForce(f: TFilterCase, sort: "distance" | "name"): number[] {
  const rows = DIR.flatMap((p, i) => {
    if (p.active === false) return [];
    const miles = p.locations.filter((l) => f.keep(p, l)).map((l) => haversineMiles(C.lat, C.lng, l.lat, l.lng));
    const best = Math.min(...miles.filter((m) => m <= RADIUS));
    return Number.isFinite(best) ? [{ id: ids[i] as number, p, miles: best }] : [];
  });
  rows.sort((a, b) =>
    sort === "name"
      ? a.p.lastName.localeCompare(b.p.lastName) || a.p.firstName.localeCompare(b.p.firstName) || a.miles - b.miles || a.id - b.id
      : a.miles - b.miles || a.id - b.id,
  );
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  ids = await insertDirectory(prisma, DIR);
});
afterAll(async () => close());

describe("search filters agree with a brute-force scan", () => {
  for (const f of FILTERS) {
    for (const sort of ["distance", "name"] as const) {
      it(`${f.name}, ${sort} order`, async () => {
        const r = await searchPhysiciansNear({ near: `${C.lat},${C.lng}`, radius: String(RADIUS), sort, pageSize: "100", ...f.query });
        const expected = bruteForce(f, sort);
        expect(expected.length).toBeGreaterThan(0);
        expect(r.results.map((x) => x.physician.id)).toEqual(expected);
        expect(r.total).toBe(expected.length);
      });
    }
  }
});

describe("the walk indexes' filter keys (decision 075)", () => {
  it("never drop a role the filters keep, and keep no role they drop", async () => {
    // Every kind of role against every search: a role passes the index when its keys contain the search's keys; that
    // must be exactly search_filters_match() (the languages here do not collide; if two did, the index would let a
    // role through and search_filters_match() would still drop it).
    const [r] = await prisma.$queryRaw<Array<{ pairs: number; dropped: number; extra: number }>>`
      WITH roles AS MATERIALIZED (
        SELECT a.v AS acc, t.v AS tele, m.v AS asg, c.v AS cert, g.v AS gender, l.v AS langs,
               search_filter_keys(a.v, t.v, m.v, c.v, g.v, l.v) AS keys
        FROM (VALUES (NULL::boolean), (false), (true)) a(v), (VALUES (NULL::boolean), (false), (true)) t(v),
             (VALUES (NULL::boolean), (false), (true)) m(v), (VALUES (false), (true)) c(v),
             (VALUES (NULL::gender), ('FEMALE'), ('MALE'), ('OTHER')) g(v),
             (VALUES ('{}'::text[]), ('{en}'), ('{es}'), ('{en,es}'), ('{zh,es,tl}')) l(v)
      ), searches AS MATERIALIZED (
        SELECT a.v AS acc, t.v AS tele, m.v AS asg, c.v AS cert, g.v AS gender, l.v AS lang,
               search_filter_keys(a.v, t.v, m.v, c.v, g.v, ARRAY[l.v]) AS keys
        FROM (VALUES (false), (true)) a(v), (VALUES (false), (true)) t(v), (VALUES (false), (true)) m(v),
             (VALUES (false), (true)) c(v), (VALUES (NULL::gender), ('FEMALE'), ('MALE')) g(v),
             (VALUES (NULL::text), ('en'), ('es'), ('fr'), ('tl')) l(v)
      ), judged AS (
        SELECT search_filters_match(true, NULL, r.acc, r.tele, r.langs, r.gender, r.cert, r.asg,
                                    NULL, q.acc, q.tele, q.lang, q.gender, q.cert, q.asg) AS kept,
               r.keys OPERATOR(intarray.@>) q.keys AS indexed
        FROM roles r CROSS JOIN searches q
      )
      SELECT count(*)::int AS pairs, count(*) FILTER (WHERE kept AND NOT indexed)::int AS dropped,
             count(*) FILTER (WHERE indexed AND NOT kept)::int AS extra
      FROM judged`;
    expect(r).toEqual({ pairs: 1080 * 240, dropped: 0, extra: 0 });
  });

  // The shape of search_candidates()' three queries: the keys test must be an index condition of each walk's index.
  for (const [table, key] of [
    ["search_entry", null],
    ["search_entry_procedure", "procedure_id"],
    ["search_entry_condition", "condition_id"],
  ] as const) {
    it(`are tested inside ${table}'s index, not after fetching the row`, async () => {
      const plan = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
        return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`
          EXPLAIN (COSTS OFF)
          SELECT e.role_id FROM ${table} e
          WHERE ${key ? `e.${key} = 1 AND` : ""}
            search_filter_keys(e.accepting_new_patients, e.telehealth, e.accepts_medicare_assignment,
                               e.board_certified, e.gender, e.languages)
              OPERATOR(intarray.@>) search_filter_keys(false, true, false, false, NULL, ARRAY['es'])
          ORDER BY e.geog <-> ST_SetSRID(ST_MakePoint(-90, 35), 4326)::geography
          LIMIT 10`);
      });
      const text = plan.map((p) => p["QUERY PLAN"]).join("\n");
      expect(text).toContain(`Index Scan using ${table}_geog_idx`);
      expect(text).toMatch(/Index Cond: .*search_filter_keys/);
    });
  }
});
