// `npm run bench:search [-- --sizes 10000,100000,1000000 --duration 20 --connections 50 --reuse]`
// For each size: a database irf_bench_<size> seeded with that many demo locations (kept for --reuse); the bare
// search SQL timed over a fixed query mix (pg directly, the API's queryRead, and Prisma); then the production server
// (scripts/serve.ts) under autocannon, in one run: the floor (/api/health/live), the wide mix (distinct ZIPs x radii x
// procedures x filters) at --connections and at 1 connection (unloaded latency), the hot mix (a few popular
// searches repeated), and the fixed mix, each as a ratio of the floor.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { checkTargets, formatTargets, type TSizeFigures } from "./support/bench-targets";
import { fixedShuffle } from "./support/fixed-shuffle";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3900" },
    server: { type: "string", default: process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    "skip-build": { type: "boolean", default: false },
    "db-prefix": { type: "string", default: "irf_bench" },
    reuse: { type: "boolean", default: false },
    // With a port: nginx from deploy/nginx in front of the server, and the hot mix measured through its cache too.
    "nginx-port": { type: "string" },
  },
});
const nginxPort = values["nginx-port"] ? Number(values["nginx-port"]) : null;
const sizes = values.sizes.split(",").map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
const benchDbName = (size: number) => `${values["db-prefix"]}_${size}`;
const benchUrlFor = (size: number) => {
  const u = new URL(values.server);
  u.pathname = `/${benchDbName(size)}`;
  return u.toString();
};
if (!["127.0.0.1", "localhost"].includes(new URL(values.server).hostname)) throw new Error("The benchmark only targets a local server.");
let benchUrl = benchUrlFor(sizes[0] ?? 0);
process.env.LOG_LEVEL = "warn";

// The fixed mix: dense metros and rural places, procedures, conditions and free text, radii and filters.
const MIX: Array<Record<string, string>> = [
  { near: "10001", procedure: "kyphoplasty" },
  { near: "10001", procedure: "vertebroplasty", radius: "10" },
  { near: "10001", procedure: "vertebral-compression-fractures", acceptingNewPatients: "true" },
  { near: "10001" },
  { near: "60601", procedure: "kyphoplasty" },
  { near: "60601", procedure: "compression fracture", radius: "50" },
  { near: "90012", procedure: "kyphoplasty", boardCertified: "true" },
  { near: "90012", procedure: "vertebroplasty", language: "es" },
  { near: "77002", procedure: "kyphoplasty", page: "2" },
  { near: "33101", procedure: "vertebral-compression-fractures" },
  { near: "98101", procedure: "kyphoplasty", radius: "100" },
  { near: "80202", procedure: "uterine-fibroid-embolization" },
  { near: "02108", procedure: "kyphoplasty", gender: "female" },
  { near: "30303", procedure: "vertebroplasty", telehealth: "true" },
  { near: "85004", procedure: "kyphoplasty", sort: "name", radius: "10" },
  { near: "Nashville, TN", procedure: "kyphoplasty" },
  { near: "Boise, ID", procedure: "vertebroplasty", radius: "50" },
  { near: "59101", procedure: "kyphoplasty" },
  { near: "57104", procedure: "kyphoplasty", radius: "100" },
  { near: "82001", procedure: "vertebral-compression-fractures", radius: "250" },
  { near: "99501", procedure: "kyphoplasty" },
  { near: "40.4406,-79.9959", procedure: "kyphoplasty" },
  { near: "67202", procedure: "balloon kyphoplasty", radius: "50" },
  { near: "04101", procedure: "vertebroplasty" },
];
const paths = MIX.map((q) => `/api/v1/search?${new URLSearchParams(q).toString()}`);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function recreateDatabase(size: number): Promise<void> {
  const admin = new pg.Client({ connectionString: values.server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${benchDbName(size)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${benchDbName(size)}`);
  await admin.end();
}

/** With --reuse, a database already seeded with this many locations is used as it is. */
async function existingPhysicians(size: number): Promise<number | null> {
  const c = new pg.Client({ connectionString: benchUrl });
  try {
    await c.connect();
    const { rows } = await c.query<{ l: number; p: number }>(
      `SELECT (SELECT count(*) FROM location)::int AS l, (SELECT count(*) FROM physician)::int AS p`,
    );
    return rows[0]?.l === size ? (rows[0]?.p ?? null) : null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function seed(size: number): Promise<number> {
  const { applyMigrations } = await import("@/lib/db/migrate");
  const { seedDemo, seedReference } = await import("../prisma/seed/load");
  if (values.reuse) {
    const physicians = await existingPhysicians(size);
    if (physicians !== null) {
      // A kept database still gets the migrations written since it was seeded (the search functions live there).
      await applyMigrations(benchUrl);
      console.log(`  reusing ${benchDbName(size)} (${size} locations, ${physicians} physicians)`);
      return physicians;
    }
  }
  await recreateDatabase(size);
  await applyMigrations(benchUrl);
  const pool = new pg.Pool({ connectionString: benchUrl, max: 2 });
  const t0 = Date.now();
  await seedReference(pool);
  const r = await seedDemo(pool, {
    locations: size,
    onProgress: (p) => process.stderr.write(`\r  seeding ${p.locations}/${p.total} locations`),
  });
  process.stderr.write("\n");
  await pool.query("VACUUM ANALYZE");
  await pool.end();
  console.log(
    `  seeded ${r.locations} locations, ${r.physicians} physicians, ${r.roles} roles in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return r.physicians;
}

/**
 * Times the exact statement the API runs, over the mix: pg with no web stack (unnamed), the API's own path
 * (queryRead: pg, named prepared statement) and, for comparison, Prisma's $queryRaw (decision 070).
 */
async function timeBareSql(): Promise<{
  pgP50: number;
  pgP95: number;
  prismaP50: number;
  prismaP95: number;
  readP50: number;
  readP95: number;
}> {
  const { ZSearchQuery } = await import("@/lib/search/schema");
  const { buildSearchSql, candidateCap } = await import("@/lib/search/search-sql");
  const { resolveNear } = await import("@/lib/geo/resolve-near");
  const { getCatalog, matchProcedure, invalidateCatalog } = await import("@/lib/procedures/catalog");
  const { db, disconnectDb, queryRead } = await import("@/lib/db/client");
  await disconnectDb();
  const { METERS_PER_MILE } = await import("@/lib/geo/distance");
  invalidateCatalog();
  const catalog = await getCatalog();
  const statements = [];
  for (const raw of MIX) {
    const q = ZSearchQuery.parse(raw);
    const place = await resolveNear(q.near);
    const offset = (q.page - 1) * q.pageSize;
    statements.push(
      buildSearchSql({
        lat: place.lat,
        lng: place.lng,
        radiusMeters: q.radius * METERS_PER_MILE,
        filters: {
          procedureIds: q.procedure ? matchProcedure(catalog, q.procedure).procedureIds : null,
          boardCertified: q.boardCertified,
          acceptingNewPatients: q.acceptingNewPatients,
          telehealth: q.telehealth,
          medicareAssignment: q.medicareAssignment,
          language: q.language,
          gender: q.gender,
        },
        sort: q.sort,
        limit: q.pageSize,
        offset,
        cap: candidateCap(q.sort, offset, q.pageSize),
      }),
    );
  }
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  const pgTimes: number[] = [];
  const prismaTimes: number[] = [];
  const readTimes: number[] = [];
  for (let pass = 0; pass < 11; pass++) {
    for (const s of statements) {
      const t0 = performance.now();
      await client.query(s.text, s.values as unknown[]);
      if (pass > 0) pgTimes.push(performance.now() - t0);
      const t1 = performance.now();
      await db().$queryRaw(s);
      if (pass > 0) prismaTimes.push(performance.now() - t1);
      const t2 = performance.now();
      await queryRead(s);
      if (pass > 0) readTimes.push(performance.now() - t2);
    }
  }
  await client.end();
  await disconnectDb();
  return {
    pgP50: pct(pgTimes, 50),
    pgP95: pct(pgTimes, 95),
    prismaP50: pct(prismaTimes, 50),
    prismaP95: pct(prismaTimes, 95),
    readP50: pct(readTimes, 50),
    readP95: pct(readTimes, 95),
  };
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: benchUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      DB_POOL_MAX: "16",
      PUBLIC_API_RATE_LIMIT: "0",
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/procedures`);
      if (r.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("server did not start");
}

/** `bytes`: the mean response size, headers included (the bench sends no Accept-Encoding, so bodies are not gzipped). */
type TLoad = { rps: number; p50: number; p95: number; p975: number; p99: number; errors: number; total: number; bytes: number };

/** A fixed sample of real ZIP centroids (the same each run). */
async function samplePlaces(count = 500): Promise<Array<{ zip: string; lat: number; lng: number }>> {
  const c = new pg.Client({ connectionString: benchUrl });
  await c.connect();
  await c.query("SELECT setseed(0.42)");
  const { rows } = await c.query<{ zip: string; lat: number; lng: number }>(
    "SELECT zip, lat, lng FROM zip_centroid ORDER BY random() LIMIT $1",
    [count],
  );
  await c.end();
  return rows;
}

/**
 * The wide mix: every combination of 2,000 real ZIPs (a fixed sample) x radii x procedures x filters, in a fixed
 * shuffled order; 240,000 distinct searches, more than any run sends, so none repeats and every one misses the
 * in-process answer caches (load() hands them out from one cursor shared by all connections).
 */
async function wideMix(): Promise<string[]> {
  const rows = await samplePlaces(2000);
  const radii = ["10", "25", "50", "100"];
  const procedures = ["", "kyphoplasty", "vertebroplasty", "vertebral-compression-fractures", "compression fracture"];
  const filters = ["", "acceptingNewPatients=true", "boardCertified=true", "language=es", "telehealth=true", "gender=female"];
  const out: string[] = [];
  for (const { zip } of rows)
    for (const radius of radii)
      for (const proc of procedures)
        for (const f of filters) {
          const q = new URLSearchParams({ near: zip, radius });
          if (proc) q.set("procedure", proc);
          if (f) {
            const [k, v] = f.split("=") as [string, string];
            q.set(k, v);
          }
          out.push(`/api/v1/search?${q.toString()}`);
        }
  return fixedShuffle(out);
}

/** Prerendered pages (decision 068): the home pages and guides in both languages, as a reader's browser asks for them. */
const PRERENDERED_PAGES = ["", "/es"].flatMap((lang) =>
  ["", "/procedures", "/procedures/kyphoplasty", "/procedures/vertebroplasty", "/conditions/vertebral-compression-fractures"].map(
    (path) => `${lang}${path}` || "/",
  ),
);

/** The hot mix: the five searches most people make, repeated. */
const HOT = paths.slice(0, 5);

/** nginx (reference config) in front of the bench server; stop() ends it. */
async function startNginx(): Promise<{ stop: () => Promise<void> }> {
  const { mkdtempSync, chmodSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { writeNginxConfig } = await import("./support/nginx-config");
  const work = mkdtempSync(`${tmpdir()}/irf-bench-nginx-`);
  chmodSync(work, 0o777);
  const conf = writeNginxConfig({ work, appPorts: [port], listenPort: nginxPort as number, ratePerSecond: 1_000_000 });
  const child = spawn("nginx", ["-c", conf, "-p", work], { stdio: "ignore" });
  for (let i = 0; i < 40; i++) {
    const up = await fetch(`http://127.0.0.1:${nginxPort}/api/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    stop: async () => {
      child.kill("SIGQUIT");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

async function load(seconds: number, requestPaths = paths, conns = connections, target = port): Promise<TLoad> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let cursor = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${target}`,
        connections: conns,
        duration: seconds,
        // One cursor shared by all connections: autocannon gives each connection its own pass over `requests` from
        // the first, so 50 connections would ask the same search at the same moment (one computation, 49 waits).
        requests:
          requestPaths.length === 1
            ? [{ method: "GET", path: requestPaths[0] }]
            : [{ method: "GET", setupRequest: (r) => ({ ...r, path: requestPaths[cursor++ % requestPaths.length] }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, status, resBytes, ms) => {
      latencies.push(ms);
      bytes += resBytes;
      if (status !== 200) errors++;
    });
  });
  return {
    rps: result.requests.average,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p975: pct(latencies, 97.5),
    p99: pct(latencies, 99),
    errors: errors + result.errors + result.timeouts,
    total: latencies.length,
    bytes: latencies.length ? bytes / latencies.length : 0,
  };
}

/** The server's answer-cache lookups so far (its /metrics, which loopback may read), to show what a mix hit. */
async function answerCacheLookups(): Promise<{ hits: number; lookups: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let hits = 0;
  let lookups = 0;
  for (const m of text.matchAll(/^irf_cache_lookups_total\{([^}]*)\} (\d+)/gm)) {
    const labels = m[1] as string;
    if (!labels.includes('cache="api-answer"')) continue;
    lookups += Number(m[2]);
    if (labels.includes('result="hit"')) hits += Number(m[2]);
  }
  return { hits, lookups };
}

/** A load and the share of its requests the answer cache served. */
async function loadCounted(seconds: number, requestPaths: string[], conns = connections): Promise<TLoad & { hitShare: number }> {
  const before = await answerCacheLookups();
  const r = await load(seconds, requestPaths, conns);
  const after = await answerCacheLookups();
  const lookups = after.lookups - before.lookups;
  return { ...r, hitShare: lookups ? (after.hits - before.hits) / lookups : 0 };
}

async function main(): Promise<void> {
  if (!values["skip-build"] || !existsSync(".next/BUILD_ID")) {
    console.log("Building the production server …");
    run(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), "build"], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
    });
  }
  const rows: string[] = [];
  const ratioRows: string[] = [];
  const pageRows: string[] = [];
  const fhirRows: string[] = [];
  const figures: TSizeFigures[] = [];
  for (const size of sizes) {
    benchUrl = benchUrlFor(size);
    process.env.DATABASE_URL = benchUrl;
    (await import("@/lib/env")).resetEnvCache();
    console.log(`\n== ${size.toLocaleString("en-US")} locations ==`);
    const physicians = await seed(size);
    const sql = await timeBareSql();
    console.log(
      `  bare SQL (pg): p50 ${fmt(sql.pgP50)} ms, p95 ${fmt(sql.pgP95)} ms; the API's queryRead: p50 ${fmt(sql.readP50)} ms, p95 ${fmt(sql.readP95)} ms; via Prisma $queryRaw: p50 ${fmt(sql.prismaP50)} ms, p95 ${fmt(sql.prismaP95)} ms`,
    );
    const server = await startServer();
    try {
      await load(5); // warm-up: JIT, pools, caches
      const wide = await wideMix();
      const floor = await load(duration, ["/api/health/live"]);
      // The floor one request at a time: what this box charges for a round trip through the server alone (wake-ups,
      // loopback, Next's routing), to read the wide mix's unloaded latency against.
      const floor1 = await load(duration, ["/api/health/live"], 1);
      const wideN = await loadCounted(duration, wide);
      // The second half of the list: nothing the loaded run asked.
      const wide1 = await loadCounted(duration, wide.slice(wide.length / 2), 1);
      const hot = await loadCounted(duration, HOT);
      const pages = await load(duration, PRERENDERED_PAGES);
      const line = (name: string, x: TLoad & { hitShare?: number }) =>
        `  ${name.padEnd(22)} ${x.rps.toFixed(0).padStart(6)} req/s (${(x.rps / floor.rps).toFixed(2)}x floor), p50 ${fmt(x.p50)} ms, p97.5 ${fmt(x.p975)} ms, ${x.errors} errors of ${x.total}` +
        (x.hitShare === undefined ? "" : `, answer cache hits ${(x.hitShare * 100).toFixed(1)}%`) +
        // The size of an answer grows with the directory (more matches per search): part of why a search costs more.
        (name.startsWith("wide") ? `, mean response ${(x.bytes / 1024).toFixed(1)} KB` : "");
      console.log(line("floor /api/health/live", floor));
      console.log(line("floor, 1 conn", floor1));
      console.log(line(`wide, ${connections} conns`, wideN));
      console.log(line("wide, 1 conn", wide1));
      console.log(line(`hot, ${connections} conns`, hot));
      console.log(line("prerendered pages", pages));
      pageRows.push(
        `| ${size.toLocaleString("en-US")} | ${pages.rps.toFixed(0)} | ${(pages.rps / floor.rps).toFixed(2)} | ${fmt(pages.p50)} | ${fmt(pages.p975)} | ${pages.errors} |`,
      );
      let viaNginx = "—";
      let nginxRps: number | null = null;
      let nginxErrors = 0;
      if (nginxPort) {
        const nginx = await startNginx();
        try {
          await load(2, HOT, connections, nginxPort); // fills the cache
          const cached = await load(duration, HOT, connections, nginxPort);
          console.log(line("hot through nginx cache", cached));
          viaNginx = `${cached.rps.toFixed(0)} (${(cached.rps / floor.rps).toFixed(2)}x)`;
          nginxRps = cached.rps;
          nginxErrors = cached.errors;
        } finally {
          await nginx.stop();
        }
      }
      const errors = floor.errors + floor1.errors + wideN.errors + wide1.errors + hot.errors + nginxErrors;
      figures.push({
        size,
        floorRps: floor.rps,
        wideRps: wideN.rps,
        wide1P50: wide1.p50,
        wide1P975: wide1.p975,
        hotRps: hot.rps,
        hotNginxRps: nginxRps,
        errors,
      });
      ratioRows.push(
        `| ${size.toLocaleString("en-US")} | ${floor.rps.toFixed(0)} | ${wideN.rps.toFixed(0)} | ${(wideN.rps / floor.rps).toFixed(2)} | ${fmt(floor1.p50)} | ${fmt(wide1.p50)} | ${fmt(wide1.p975)} | ${hot.rps.toFixed(0)} | ${(hot.rps / floor.rps).toFixed(2)} | ${viaNginx} | ${errors} |`,
      );
      const r = await load(duration);
      console.log(
        `  API: ${r.rps.toFixed(0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms, ${r.errors} errors of ${r.total}`,
      );
      rows.push(
        `| ${size.toLocaleString("en-US")} | ${physicians.toLocaleString("en-US")} | ${r.rps.toFixed(0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(sql.pgP50)} | ${fmt(sql.pgP95)} | ${fmt(sql.readP50)} | ${fmt(sql.prismaP50)} | ${r.errors} |`,
      );
      // FHIR PractitionerRole?location.near with a procedure vs the JSON API on the same near+procedure subset.
      const { nearProcedureMix, wideNearProcedureMix } = await import("./support/bench-fhir-mix");
      const same = await nearProcedureMix(MIX);
      // Two views of the same work: the fixed mix's near+procedure queries (repeated, so both answer caches serve
      // most of them), and a wide set of distinct places x radii x procedures (nearly every request a cache miss).
      const wideSame = wideNearProcedureMix(await samplePlaces(2000));
      for (const [label, m] of [
        [`fixed ${same.api.length}`, same],
        [`wide ${wideSame.api.length}`, wideSame],
      ] as const) {
        const a = await load(duration, m.api);
        const f = await load(duration, m.fhir);
        console.log(
          `  near+procedure, ${label} queries: API p50 ${fmt(a.p50)} ms, FHIR p50 ${fmt(f.p50)} ms (${(f.p50 / a.p50).toFixed(2)}x), FHIR p95 ${fmt(f.p95)} ms, ${a.errors + f.errors} errors`,
        );
        fhirRows.push(
          `| ${size.toLocaleString("en-US")} | ${label} | ${a.rps.toFixed(0)} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${f.rps.toFixed(0)} | ${fmt(f.p50)} | ${fmt(f.p95)} | ${(f.p50 / a.p50).toFixed(2)} | ${a.errors + f.errors} |`,
        );
      }
    } finally {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
  }
  console.log(
    `\nSearch benchmark: ${MIX.length}-query mix, ${connections} connections, ${duration} s, one 2-core machine with the database on it`,
  );
  console.log(
    "| locations | physicians | req/s | API p50 ms | API p95 ms | API p99 ms | SQL p50 ms | SQL p95 ms | queryRead p50 ms | Prisma raw p50 ms | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(r);
  console.log(
    "\nFloor, wide and hot mixes in one run (issue 12's targets: wide >= 0.4x floor, unloaded wide p50 <= 4 ms, p97.5 <= 10 ms, hot >= 0.9x floor in-process and >= 5x through nginx's cache)",
  );
  console.log(
    "| locations | floor req/s | wide req/s | wide/floor | floor 1-conn p50 ms | wide 1-conn p50 ms | wide 1-conn p97.5 ms | hot req/s | hot/floor | hot via nginx req/s (x floor) | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of ratioRows) console.log(r);
  console.log(`\nPrerendered pages (home, guide index and three guides, English and Spanish), ${connections} connections, same run`);
  console.log("| locations | req/s | x floor | p50 ms | p97.5 ms | errors |");
  console.log("|---|---|---|---|---|---|");
  for (const r of pageRows) console.log(r);
  console.log("\nFHIR PractitionerRole?location.near + procedure vs /api/v1/search, same near+procedure queries, same run");
  console.log(
    "| locations | queries | API req/s | API p50 ms | API p95 ms | FHIR req/s | FHIR p50 ms | FHIR p95 ms | FHIR/API p50 | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of fhirRows) console.log(r);
  const verdict = formatTargets(checkTargets(figures));
  if (verdict.lines.length > 0) {
    console.log(`\nIssue 12's targets, this run (${verdict.allMet ? "every measured target met" : "some missed"}):`);
    for (const l of verdict.lines) console.log(l);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
