import pg from "pg";
const url = process.argv[2] as string;
const raw = JSON.parse(process.argv[3] as string) as Record<string, string>;
process.env.DATABASE_URL = url;
const { buildSearchSql, candidateCap } = await import("@/lib/search/search-sql");
const { resolveNear } = await import("@/lib/geo/resolve-near");
const { getCatalog, matchProcedure } = await import("@/lib/procedures/catalog");
const { METERS_PER_MILE } = await import("@/lib/geo/distance");
const { ZSearchQuery } = await import("@/lib/search/schema");
const c = new pg.Client({ connectionString: url });
await c.connect();
const catalog = await getCatalog();
const q = ZSearchQuery.parse(raw);
const place = await resolveNear(q.near);
const s = buildSearchSql({
  lat: place.lat, lng: place.lng, radiusMeters: q.radius * METERS_PER_MILE,
  filters: { procedureIds: q.procedure ? matchProcedure(catalog, q.procedure).procedureIds : null, boardCertified: q.boardCertified,
    acceptingNewPatients: q.acceptingNewPatients, telehealth: q.telehealth, medicareAssignment: q.medicareAssignment, language: q.language, gender: q.gender },
  sort: q.sort, limit: q.pageSize, offset: 0, cap: candidateCap(q.sort, 0, q.pageSize),
});
await c.query("LOAD 'auto_explain'").catch(() => {});
for (let i = 0; i < 3; i++) await c.query({ text: s.text, values: s.values as unknown[] });
const r = await c.query({ text: "EXPLAIN (ANALYZE, BUFFERS, TIMING) " + s.text.replace("/* prepared */", ""), values: s.values as unknown[] });
for (const row of r.rows) console.log(row["QUERY PLAN"]);
await c.end();
process.exit(0);
