import pg from "pg";
const url = process.argv[2] as string;
process.env.DATABASE_URL = url;
const { buildSearchSql, candidateCap } = await import("@/lib/search/search-sql");
const { resolveNear } = await import("@/lib/geo/resolve-near");
const { getCatalog, matchProcedure } = await import("@/lib/procedures/catalog");
const { METERS_PER_MILE } = await import("@/lib/geo/distance");
const { ZSearchQuery } = await import("@/lib/search/schema");
const c = new pg.Client({ connectionString: url });
await c.connect();
await c.query("SELECT setseed(0.42)");
const { rows } = await c.query<{ zip: string }>("SELECT zip FROM zip_centroid ORDER BY random() LIMIT 500");
const radii = ["10", "25", "50", "100"];
const procedures = ["", "kyphoplasty", "vertebroplasty", "vertebral-compression-fractures", "compression fracture"];
const filters = ["", "acceptingNewPatients=true", "boardCertified=true", "language=es", "telehealth=true", "gender=female"];
const catalog = await getCatalog();
const items: Array<{ label: string; text: string; values: unknown[] }> = [];
for (let i = 0; items.length < 600; i++) {
  const zip = rows[i % rows.length]?.zip ?? "10001";
  const raw: Record<string, string> = { near: zip, radius: radii[(i * 7) % radii.length] as string };
  const proc = procedures[(i * 3) % procedures.length] as string;
  if (proc) raw.procedure = proc;
  const f = filters[(i * 5) % filters.length] as string;
  if (f) raw[f.split("=")[0] as string] = f.split("=")[1] as string;
  const q = ZSearchQuery.parse(raw);
  const place = await resolveNear(q.near);
  const s = buildSearchSql({
    lat: place.lat, lng: place.lng, radiusMeters: q.radius * METERS_PER_MILE,
    filters: { procedureIds: q.procedure ? matchProcedure(catalog, q.procedure).procedureIds : null, boardCertified: q.boardCertified,
      acceptingNewPatients: q.acceptingNewPatients, telehealth: q.telehealth, medicareAssignment: q.medicareAssignment, language: q.language, gender: q.gender },
    sort: q.sort, limit: q.pageSize, offset: 0, cap: candidateCap(q.sort, 0, q.pageSize),
  });
  items.push({ label: `r${raw.radius} p=${proc || "-"} f=${f || "-"}`, text: s.text, values: s.values as unknown[] });
}
const times: Array<{ label: string; ms: number; cand: number }> = [];
for (let pass = 0; pass < 2; pass++) {
  for (const it of items) {
    const t0 = performance.now();
    const r = await c.query<{ candidates: number }>({ text: it.text, values: it.values });
    const ms = performance.now() - t0;
    if (pass === 1) times.push({ label: it.label, ms, cand: r.rows[0]?.candidates ?? 0 });
  }
}
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN; };
console.log("all p50", pct(times.map((t) => t.ms), 50).toFixed(2), "p95", pct(times.map((t) => t.ms), 95).toFixed(2), "mean", (times.reduce((a, t) => a + t.ms, 0) / times.length).toFixed(2));
const by = (key: (l: string) => string) => {
  const g = new Map<string, number[]>();
  for (const t of times) { const k = key(t.label); g.set(k, [...(g.get(k) ?? []), t.ms]); }
  for (const [k, v] of [...g].sort()) console.log("  ", k.padEnd(40), "n", v.length, "p50", pct(v, 50).toFixed(2), "p95", pct(v, 95).toFixed(2), "mean", (v.reduce((a, b) => a + b, 0) / v.length).toFixed(2));
};
by((l) => l.split(" ")[0] as string);
by((l) => l.split(" ")[1] as string);
by((l) => l.split(" ").slice(2).join(" "));
console.log("slowest:");
for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 12)) console.log("  ", t.ms.toFixed(1), t.label, "cand", t.cand);
await c.end();
process.exit(0);
