// The search on the seeded demo directory, checked against a brute-force scan that uses no PostGIS at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool } from "@/lib/db/pool";
import { haversineMiles } from "@/lib/geo/distance";
import { ZSearchQuery } from "@/lib/search/schema";
import { buildSearchSql, NEAREST_CAP, NEAREST_COUNT, NEAREST_MAX_MILES, NO_FILTERS } from "@/lib/search/search-sql";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { seedDemo } from "../../prisma/seed/load";
import pg from "pg";

let pool: pg.Pool;

beforeAll(async () => {
  pool = createPool(process.env.DATABASE_URL as string, { max: 2, statement_timeout: 0 });
  await seedDemo(pool, { locations: 2500, force: true });
});
afterAll(async () => pool.end());

/** Every (physician, location) offering `slug`, with distances computed in JavaScript. */
async function bruteForce(lat: number, lng: number, radius: number, slug: string) {
  const { rows } = await pool.query<{ physician_id: number; lat: number; lng: number }>(
    `SELECT r.physician_id, l.lat, l.lng FROM practitioner_role r
     JOIN location l ON l.id = r.location_id JOIN physician p ON p.id = r.physician_id
     JOIN role_procedure rp ON rp.role_id = r.id JOIN procedure pr ON pr.id = rp.procedure_id
     WHERE pr.slug = $1 AND p.active`,
    [slug],
  );
  const best = new Map<number, number>();
  for (const r of rows) {
    const d = haversineMiles(lat, lng, r.lat, r.lng);
    if (d <= radius && d < (best.get(r.physician_id) ?? Infinity)) best.set(r.physician_id, d);
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe("search on the demo directory", () => {
  it("finds kyphoplasty doctors within 25 miles of 10001, nearest first, exactly as a brute-force scan", async () => {
    const r = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001", radius: 25, procedure: "kyphoplasty", pageSize: 100 }));
    const expected = await bruteForce(r.query.point.lat, r.query.point.lng, 25, "kyphoplasty");
    expect(r.total).toBe(expected.length);
    expect(r.total).toBeGreaterThan(10);
    expect(r.results.map((x) => x.physician.id)).toEqual(expected.slice(0, 100).map(([id]) => id));
    for (const x of r.results) {
      expect(x.distanceMiles).toBeLessThanOrEqual(25);
      expect(x.procedures.map((p) => p.slug)).toContain("kyphoplasty");
      expect(x.source).toBe("DEMO");
    }
  });

  it("agrees with brute force in a sparse area with a wide radius", async () => {
    const r = await searchPhysiciansNear(
      ZSearchQuery.parse({ near: "Billings, MT", radius: 250, procedure: "vertebroplasty", pageSize: 100 }),
    );
    const expected = await bruteForce(r.query.point.lat, r.query.point.lng, 250, "vertebroplasty");
    expect(r.results.map((x) => x.physician.id)).toEqual(expected.slice(0, 100).map(([id]) => id));
  });

  it("caps counting in dense areas and says the total is a lower bound", async () => {
    const wide = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001", radius: 250 }));
    const wideAll = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001", radius: 250, sort: "name", pageSize: 1 }));
    expect(wide.totalIsLowerBound).toBe(true);
    expect(wide.total).toBeLessThan(wideAll.total);
    expect(wideAll.totalIsLowerBound).toBe(false);
    const narrow = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001", radius: 3 }));
    const narrowAll = await searchPhysiciansNear(ZSearchQuery.parse({ near: "10001", radius: 3, sort: "name", pageSize: 1 }));
    expect(narrow.totalIsLowerBound).toBe(false);
    expect(narrow.total).toBe(narrowAll.total);
  });
});

describe("the per-procedure walk (decision 071)", () => {
  it("returns the same nearest matching roles as one filtered walk over every role", async () => {
    // 40 places x 3 radii x 7 procedure lists (none; one; a condition's two, which walks search_entry_condition,
    // decision 073; empty; the same with a repeated id; a three-procedure condition's in reverse order; two that are no
    // condition's, which walks search_entry) x 3 filters, at the cap the API uses and at the "nearest" fallback's; the
    // reference orders every matching role by distance. Roles at one address are equally near and either may fill the
    // last place, so the distances are compared.
    const { rows } = await pool.query<{ cases: number; same: number; found: number }>(`
      WITH q AS (
        SELECT z.lng, z.lat, r.miles * 1609.344 AS meters, pr.ids, f.tele, f.lang, c.cap
        FROM (SELECT lng, lat FROM zip_centroid ORDER BY md5(zip) LIMIT 40) z,
             (VALUES (10), (50), (250)) r(miles),
             (SELECT array_agg(id ORDER BY id) FILTER (WHERE slug = 'kyphoplasty') AS k,
                     array_agg(id ORDER BY id) FILTER (WHERE slug IN ('kyphoplasty', 'vertebroplasty')) AS kv,
                     (SELECT array_agg(cp.procedure_id ORDER BY cp.procedure_id DESC) FROM condition_procedure cp
                      JOIN condition c ON c.id = cp.condition_id WHERE c.slug = 'liver-cancer') AS liver,
                     array_agg(id ORDER BY id) FILTER (WHERE slug IN ('kyphoplasty', 'sacroplasty')) AS ks
              FROM procedure) p,
             LATERAL (VALUES (NULL::int[]), (p.k), (p.kv), ('{}'::int[]), (p.k || p.kv), (p.liver), (p.ks)) pr(ids),
             (VALUES (false, NULL::text), (true, NULL), (false, 'es')) f(tele, lang),
             (VALUES (100), (20)) c(cap)
      ), cmp AS (
        SELECT
          (SELECT array_agg(round(w.meters::numeric, 3) ORDER BY w.meters)
           FROM search_candidates(q.lng, q.lat, q.meters, q.ids, false, q.tele, q.lang, NULL, false, false, q.cap) w)
            AS got,
          (SELECT array_agg(round(x.m::numeric, 3) ORDER BY x.m)
           FROM (SELECT s.geog <-> ST_SetSRID(ST_MakePoint(q.lng, q.lat), 4326)::geography AS m
                 FROM search_entry s
                 WHERE ST_DWithin(s.geog, ST_SetSRID(ST_MakePoint(q.lng, q.lat), 4326)::geography, q.meters, false)
                   AND search_entry_matches(s, q.ids, false, q.tele, q.lang, NULL, false, false)
                 ORDER BY m LIMIT q.cap) x) AS want
        FROM q
      )
      SELECT count(*)::int AS cases, count(*) FILTER (WHERE got IS NOT DISTINCT FROM want)::int AS same,
             count(*) FILTER (WHERE want IS NOT NULL)::int AS found
      FROM cmp`);
    const r = rows[0] as { cases: number; same: number; found: number };
    expect(r.cases).toBe(40 * 3 * 7 * 3 * 2);
    expect(r.found).toBeGreaterThan(r.cases / 3);
    expect(r.same).toBe(r.cases);
  });
});

describe("the nearest-beyond fallback's statement", () => {
  it("is planned once and then reused (its page and cap are written in, not parameters)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL as string });
    await client.connect();
    try {
      const places = (await client.query<{ lat: number; lng: number }>("SELECT lat, lng FROM zip_centroid ORDER BY zip LIMIT 8")).rows;
      for (const p of places) {
        const sql = buildSearchSql({
          lat: p.lat,
          lng: p.lng,
          radiusMeters: NEAREST_MAX_MILES * 1609.344,
          filters: { ...NO_FILTERS, procedureIds: [1] },
          sort: "distance",
          limit: NEAREST_COUNT,
          offset: 0,
          cap: NEAREST_CAP,
          constantPage: true,
        });
        expect(sql.text).toContain(`LIMIT ${NEAREST_COUNT} OFFSET 0`);
        await client.query({ name: "nearest_beyond", text: sql.text, values: sql.values as unknown[] });
      }
      // PostgreSQL tries five custom plans, then keeps the generic one when it costs no more.
      const { rows } = await client.query<{ generic: number }>(
        "SELECT generic_plans::int AS generic FROM pg_prepared_statements WHERE name = 'nearest_beyond'",
      );
      expect(rows[0]?.generic).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});

describe("the search index's physical order (decision 069)", () => {
  /** Median distance in metres between rows that follow each other in `order`. */
  async function medianStep(order: string): Promise<number> {
    const { rows } = await pool.query<{ m: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ST_Distance(geog, prev, false))::float8 AS m
       FROM (SELECT geog, lag(geog) OVER (ORDER BY ${order}) AS prev FROM search_entry) x WHERE prev IS NOT NULL`,
    );
    return rows[0]?.m ?? NaN;
  }

  it("leaves neighbours on the map next to each other in the table, and changes no search", async () => {
    // The seed ran search_entry_reorder(): rows follow a space-filling curve, not the random order they were written in.
    const physical = await medianStep("ctid");
    const written = await medianStep("role_id");
    expect(physical).toBeLessThan(written / 20);

    const q = ZSearchQuery.parse({ near: "60601", radius: 50, procedure: "vertebroplasty", pageSize: 50 });
    const before = await searchPhysiciansNear(q);
    const count = await pool.query("SELECT count(*)::int AS n FROM search_entry");
    await pool.query("CLUSTER search_entry USING search_entry_pkey"); // the written order again
    expect(await medianStep("ctid")).toBeGreaterThan(physical * 20);
    await pool.query("SELECT search_entry_reorder()");
    expect(await medianStep("ctid")).toBeLessThan(written / 20);
    expect((await pool.query("SELECT count(*)::int AS n FROM search_entry")).rows).toEqual(count.rows);
    const after = await searchPhysiciansNear(q);
    expect(after.results.map((r) => [r.physician.id, r.location.id])).toEqual(before.results.map((r) => [r.physician.id, r.location.id]));
    expect(after.total).toBe(before.total);
  });
});
