// `npm run test:topology`: brings the reference deployment (deploy/) up on loopback ports — a PostgreSQL primary and
// a streaming replica as extra local clusters, PgBouncer, two app instances, nginx with its shared cache — runs a
// bounded load through nginx while it stops one app instance, stops the replica and restarts the instances one by
// one, and asserts: no failed request, reads flowed every second, and a change written on the primary is public
// through nginx within the stated bound (60 s, docs/decisions/040). Needs root (clusters, PgBouncer as postgres).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo, seedReference } from "../../prisma/seed/load";
import { renderTemplate, writeNginxConfig } from "../support/nginx-config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    "pg-port": { type: "string", default: process.env.TOPOLOGY_PG_PORT ?? "5442" },
    "replica-port": { type: "string", default: process.env.TOPOLOGY_REPLICA_PORT ?? "5443" },
    "pgbouncer-port": { type: "string", default: process.env.TOPOLOGY_PGBOUNCER_PORT ?? "6412" },
    "app-ports": { type: "string", default: process.env.TOPOLOGY_APP_PORTS ?? "3122,3123" },
    "nginx-port": { type: "string", default: process.env.TOPOLOGY_NGINX_PORT ?? "8120" },
    "cluster-prefix": { type: "string", default: process.env.TOPOLOGY_CLUSTER_PREFIX ?? "irf_topo" },
    duration: { type: "string", default: "45" },
    concurrency: { type: "string", default: "4" },
    "max-rps": { type: "string", default: "200" },
    locations: { type: "string", default: "400" },
    keep: { type: "boolean", default: false },
  },
});
const PG_PORT = Number(values["pg-port"]);
const REPLICA_PORT = Number(values["replica-port"]);
const BOUNCER_PORT = Number(values["pgbouncer-port"]);
const APP_PORTS = values["app-ports"].split(",").map(Number);
const NGINX_PORT = Number(values["nginx-port"]);
const PRIMARY = `${values["cluster-prefix"]}_primary`;
const REPLICA = `${values["cluster-prefix"]}_replica`;
const DURATION_S = Number(values.duration);
const CONCURRENCY = Number(values.concurrency);
/**
 * The load is bounded: unpaced, four clients on a quiet machine send over 2,000 requests/s of cache hits and then
 * measure nginx's per-client rate limit instead of failover. At most this many a second, all clients together.
 */
const MAX_REQUESTS_PER_SECOND = Number(values["max-rps"]);
const MIN_INTERVAL_MS = (1000 * CONCURRENCY) / MAX_REQUESTS_PER_SECOND;
const VISIBILITY_BOUND_S = 60;
const DB = "irfinder";
const work = `/tmp/irf-topology-${NGINX_PORT}`;
const base = `http://127.0.0.1:${NGINX_PORT}`;

const t0 = Date.now();
const say = (msg: string) => console.log(`[topology ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(cmd: string, args: string[], opts: { allowFail?: boolean; env?: Record<string, string> } = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...opts.env } });
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

const pgVersion = readdirSorted("/etc/postgresql").at(-1);
function readdirSorted(dir: string): string[] {
  return existsSync(dir)
    ? (run("ls", [dir])
        .split("\n")
        .filter(Boolean)
        .sort((a, b) => Number(a) - Number(b)) as string[])
    : [];
}

const children = new Set<ChildProcess>();
function start(
  name: string,
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
  user?: { uid: number; gid: number },
): ChildProcess {
  const log = path.join(work, `${name}.log`);
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], ...user });
  const append = (b: Buffer) => writeFileSync(log, b, { flag: "a" });
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", waitMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const done = await Promise.race([exited.then(() => true), sleep(waitMs).then(() => false)]);
  if (!done) {
    child.kill("SIGKILL");
    await exited;
  }
}

function dropClusters(): void {
  if (!pgVersion) return;
  for (const c of [REPLICA, PRIMARY]) run("pg_dropcluster", ["--stop", pgVersion, c], { allowFail: true });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

const ok = async (url: string) => (await fetch(url, { signal: AbortSignal.timeout(5000) })).status === 200;

// --- the pieces ------------------------------------------------------------------------------------------------
async function startDatabases(): Promise<{ primaryUrl: string; replicaUrl: string }> {
  if (!pgVersion) throw new Error("No PostgreSQL in /etc/postgresql (run npm run test:setup).");
  dropClusters();
  say(`PostgreSQL ${pgVersion}: primary cluster ${PRIMARY} on ${PG_PORT}`);
  run("pg_createcluster", [pgVersion, PRIMARY, "--port", String(PG_PORT), "--", "--auth-local=trust", "--auth-host=trust"]);
  run("pg_ctlcluster", ["--skip-systemctl-redirect", pgVersion, PRIMARY, "start"]);
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${PG_PORT}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const primaryUrl = `postgresql://postgres@127.0.0.1:${PG_PORT}/${DB}`;
  await applyMigrations(primaryUrl);
  const pool = new pg.Pool({ connectionString: primaryUrl, max: 2 });
  await seedReference(pool);
  const seeded = await seedDemo(pool, { locations: Number(values.locations) });
  await pool.end();
  say(`seeded ${seeded.physicians} demo physicians at ${seeded.locations} locations; making the replica with pg_basebackup`);
  run(
    "bash",
    [path.join(root, "deploy/postgres/make-replica.sh"), pgVersion, REPLICA, String(REPLICA_PORT), "127.0.0.1", String(PG_PORT)],
    {
      env: { INITDB_OPTS: "--auth-local=trust --auth-host=trust" },
    },
  );
  const replicaUrl = `postgresql://postgres@127.0.0.1:${REPLICA_PORT}/${DB}`;
  await waitFor(
    "the replica to accept reads",
    async () => {
      const c = new pg.Client({ connectionString: replicaUrl, connectionTimeoutMillis: 3000 });
      await c.connect();
      const r = await c.query<{ r: boolean }>("SELECT pg_is_in_recovery() AS r");
      await c.end();
      return r.rows[0]?.r === true;
    },
    60_000,
  );
  return { primaryUrl, replicaUrl };
}

async function startPgBouncer(): Promise<ChildProcess> {
  const userlist = path.join(work, "userlist.txt");
  writeFileSync(userlist, '"postgres" ""\n');
  const ini = path.join(work, "pgbouncer.ini");
  writeFileSync(
    ini,
    renderTemplate("deploy/pgbouncer/pgbouncer.ini.template", {
      DB_NAME: DB,
      PG_HOST: "127.0.0.1",
      PG_PORT: String(PG_PORT),
      LISTEN_PORT: String(BOUNCER_PORT),
      AUTH_TYPE: "trust",
      AUTH_FILE: userlist,
      LOG_FILE: path.join(work, "pgbouncer-own.log"),
      PID_FILE: path.join(work, "pgbouncer.pid"),
    }),
  );
  // PgBouncer refuses to run as root: started as postgres itself (not through runuser), so stopping it stops it.
  const postgres = { uid: Number(run("id", ["-u", "postgres"]).trim()), gid: Number(run("id", ["-g", "postgres"]).trim()) };
  const child = start("pgbouncer", "pgbouncer", [ini], {}, postgres);
  await waitFor(
    "PgBouncer",
    async () => {
      const c = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${BOUNCER_PORT}/${DB}`, connectionTimeoutMillis: 3000 });
      await c.connect();
      await c.query("SELECT 1");
      await c.end();
      return true;
    },
    20_000,
  );
  say(`PgBouncer (transaction pooling) on ${BOUNCER_PORT} in front of the primary`);
  return child;
}

function appEnv(port: number, urls: { replicaUrl: string }): Record<string, string> {
  return {
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: `postgresql://postgres@127.0.0.1:${BOUNCER_PORT}/${DB}`,
    DB_PREPARED_STATEMENTS: "false",
    DATABASE_REPLICA_URLS: urls.replicaUrl,
    REPLICA_CHECK_INTERVAL_MS: "1000",
    DB_CONNECT_TIMEOUT_MS: "2000",
    TRUSTED_PROXIES: "127.0.0.1/32",
    // One load generator is one client address: the app's fair-use limit would throttle it (nginx limits per client).
    PUBLIC_API_RATE_LIMIT: "0",
    AUTH_SECRET: "topology-only-auth-secret-never-used-in-production",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function startApp(port: number, urls: { replicaUrl: string }): Promise<ChildProcess> {
  const child = start(`app-${port}`, process.execPath, ["--import", "tsx", "scripts/serve.ts"], appEnv(port, urls));
  await waitFor(`app instance ${port}`, () => ok(`http://127.0.0.1:${port}/api/health/ready`), 90_000);
  return child;
}

async function startNginx(): Promise<ChildProcess> {
  const conf = writeNginxConfig({ work, appPorts: APP_PORTS, listenPort: NGINX_PORT, ratePerSecond: 2000 });
  run("nginx", ["-t", "-q", "-c", conf, "-p", work]);
  const child = start("nginx", "nginx", ["-c", conf, "-p", work]);
  await waitFor("nginx", () => ok(`${base}/api/health/live`), 20_000);
  say(`nginx on ${NGINX_PORT} in front of app instances ${APP_PORTS.join(", ")}`);
  return child;
}

// --- the load ----------------------------------------------------------------------------------------------------
type TStats = {
  ok: number;
  failed: number;
  failures: string[];
  /** When each successful read finished (ms since start), to find the longest stretch without one. */
  okAt: number[];
  latencies: number[];
  cache: Map<string, number>;
};
/** Reads "kept flowing" when no stretch this long passed without a successful one (seen up to 2.9 s on a busy box). */
const MAX_GAP_S = 8;

// Enough distinct URLs that most requests miss nginx's cache and reach an app instance (the failover under test).
let ZIPS = ["10001", "60601", "90012", "77002", "33101", "98101", "80202", "02108", "30303", "85004", "19103", "48226"];
const PROCS = ["", "kyphoplasty", "vertebroplasty", "vertebral-compression-fractures"];
const RADII = ["10", "25", "50", "100"];

function nextUrl(i: number, physicianIds: number[]): string {
  const r = i % 10;
  const zip = ZIPS[(i * 7919) % ZIPS.length] as string;
  const proc = PROCS[(i * 3) % PROCS.length] as string;
  const radius = RADII[(i * 5) % RADII.length] as string;
  if (r < 5) return `/api/v1/search?near=${zip}&radius=${radius}${proc ? `&procedure=${proc}` : ""}`;
  if (r < 7) return `/api/v1/physicians/${physicianIds[i % physicianIds.length]}`;
  if (r < 8) return `/search?near=${zip}&radius=${radius}`;
  if (r < 9) return "/api/v1/procedures";
  return `/fhir/Practitioner?_count=5`;
}

/** Runs until `deadline.at` (which may move later while events are still running). */
async function load(stats: TStats, physicianIds: number[], deadline: { at: number }): Promise<void> {
  let seq = 0;
  const worker = async (w: number) => {
    while (Date.now() < deadline.at) {
      const url = nextUrl(seq++ * CONCURRENCY + w, physicianIds);
      const started = performance.now();
      try {
        const res = await fetch(`${base}${url}`, { signal: AbortSignal.timeout(20_000) });
        await res.arrayBuffer();
        const cache = res.headers.get("x-cache-status") ?? "NONE";
        stats.cache.set(cache, (stats.cache.get(cache) ?? 0) + 1);
        if (res.status === 200 || res.status === 304) {
          stats.ok += 1;
          stats.okAt.push(Date.now() - t0);
          stats.latencies.push(performance.now() - started);
        } else {
          stats.failed += 1;
          stats.failures.push(`${res.status} ${url}`);
        }
      } catch (e) {
        stats.failed += 1;
        stats.failures.push(`${e instanceof Error ? e.message : String(e)} ${url}`);
      }
      const spent = performance.now() - started;
      if (spent < MIN_INTERVAL_MS) await sleep(MIN_INTERVAL_MS - spent);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
}

/**
 * A change written on the primary (what a moderator's approval writes), polled through nginx until it is public.
 * The page is fetched first, so the old answer sits in nginx's cache: the measured delay is the worst case.
 */
async function publishAndWatch(primaryUrl: string, physicianId: number): Promise<number> {
  await fetch(`${base}/api/v1/physicians/${physicianId}`);
  await sleep(2000);
  const marker = `Topo${Date.now() % 100000}`;
  const c = new pg.Client({ connectionString: primaryUrl });
  await c.connect();
  await c.query("UPDATE physician SET last_name = $1, updated_at = now() WHERE id = $2", [marker, physicianId]);
  await c.end();
  const written = Date.now();
  for (;;) {
    const res = await fetch(`${base}/api/v1/physicians/${physicianId}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    const body = res && res.status === 200 ? await res.text() : "";
    if (body.includes(marker)) return (Date.now() - written) / 1000;
    if (Date.now() - written > (VISIBILITY_BOUND_S + 15) * 1000) return Number.POSITIVE_INFINITY;
    await sleep(500);
  }
}

function pct(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;
}

// --- the run -----------------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  if (process.getuid?.() !== 0)
    throw new Error("test:topology creates PostgreSQL clusters and runs PgBouncer as postgres: run it as root.");
  stopLeftoverPgBouncer();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  chmodSync(work, 0o777); // PgBouncer (as postgres) and nginx's workers write logs and cache here
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    say("no production build: npm run build");
    run("npx", ["next", "build"]);
  }
  const urls = await startDatabases();
  const bouncer = await startPgBouncer();
  const apps = new Map<number, ChildProcess>();
  for (const port of APP_PORTS) apps.set(port, await startApp(port, urls));
  say(`app instances ready: ${APP_PORTS.join(", ")}`);
  const nginx = await startNginx();

  const ids = (await (async () => {
    const c = new pg.Client({ connectionString: urls.primaryUrl });
    await c.connect();
    const r = await c.query<{ id: number }>("SELECT id FROM physician WHERE active ORDER BY id LIMIT 500");
    const z = await c.query<{ zip: string }>("SELECT zip FROM zip_centroid ORDER BY zip LIMIT 2000");
    ZIPS = z.rows.map((x) => x.zip);
    await c.end();
    return r.rows.map((x) => x.id);
  })()) as number[];
  const watched = ids.pop() as number;

  const stats: TStats = { ok: 0, failed: 0, failures: [], okAt: [], latencies: [], cache: new Map() };
  const loadStart = Date.now();
  // At least DURATION_S, and always 10 s past the last event: every event happens under load.
  const deadline = { at: Number.POSITIVE_INFINITY };
  say(`load: ${CONCURRENCY} concurrent clients through nginx, at most ${MAX_REQUESTS_PER_SECOND} requests/s, for at least ${DURATION_S} s`);
  const loading = load(stats, ids, deadline);
  const [a, b] = APP_PORTS as [number, number];

  await sleep(5000);
  const visibility = publishAndWatch(urls.primaryUrl, watched);
  await sleep(3000);
  say(`stopping app instance ${a} (SIGTERM: graceful)`);
  await stopChild(apps.get(a) as ChildProcess);
  await sleep(5000);
  say(`stopping the replica ${REPLICA}`);
  run("pg_ctlcluster", ["--skip-systemctl-redirect", pgVersion as string, REPLICA, "stop", "-m", "fast"]);
  await sleep(3000);
  say(`starting app instance ${a} again`);
  apps.set(a, await startApp(a, urls));
  // As an operator's rolling restart does: once an instance is ready, give nginx longer than its fail_timeout (2 s)
  // to take it back before stopping the next one (nginx answers 502 while it counts every instance as failed).
  await sleep(4000);
  say(`restarting app instance ${b} (rolling restart)`);
  await stopChild(apps.get(b) as ChildProcess);
  apps.set(b, await startApp(b, urls));
  deadline.at = Math.max(loadStart + DURATION_S * 1000, Date.now() + 10_000);
  say("all events done; load continues to the end");
  await loading;
  const visibleAfter = await visibility;
  const loadSeconds = (Date.now() - loadStart) / 1000;

  const lat = [...stats.latencies].sort((x, y) => x - y);
  let longestGap = 0;
  let gapAt = 0;
  for (let i = 1; i < stats.okAt.length; i++) {
    const gap = ((stats.okAt[i] as number) - (stats.okAt[i - 1] as number)) / 1000;
    if (gap > longestGap) [longestGap, gapAt] = [gap, (stats.okAt[i - 1] as number) / 1000];
  }
  const hits =
    (stats.cache.get("HIT") ?? 0) +
    (stats.cache.get("STALE") ?? 0) +
    (stats.cache.get("UPDATING") ?? 0) +
    (stats.cache.get("REVALIDATED") ?? 0);
  const total = stats.ok + stats.failed;
  console.log("");
  console.log(
    `requests: ${total} in ${loadSeconds.toFixed(0)} s (${(total / loadSeconds).toFixed(1)}/s), ok ${stats.ok}, failed ${stats.failed}`,
  );
  console.log(
    `latency through nginx: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms`,
  );
  console.log(
    `nginx cache: ${[...stats.cache].map(([k, v]) => `${k} ${v}`).join(", ")} (hit ratio ${((hits / Math.max(total, 1)) * 100).toFixed(1)}%)`,
  );
  console.log(`change on the primary public through nginx after ${visibleAfter.toFixed(1)} s (bound ${VISIBILITY_BOUND_S} s)`);
  console.log(`longest stretch without a successful read: ${longestGap.toFixed(1)} s (from ${gapAt.toFixed(0)} s; limit ${MAX_GAP_S} s)`);

  const problems: string[] = [];
  if (stats.failed > 0) problems.push(`${stats.failed} failed requests, e.g. ${stats.failures.slice(0, 5).join("; ")}`);
  if (longestGap > MAX_GAP_S) problems.push(`reads stopped for ${longestGap.toFixed(1)} s from ${gapAt.toFixed(0)} s`);
  if (!(visibleAfter <= VISIBILITY_BOUND_S)) problems.push(`the change was not public within ${VISIBILITY_BOUND_S} s`);
  if (stats.ok < DURATION_S) problems.push(`too little load got through (${stats.ok} requests)`);

  await stopChild(nginx, "SIGQUIT");
  for (const c of apps.values()) await stopChild(c);
  await stopChild(bouncer, "SIGINT");
  if (problems.length) throw new Error(`topology test failed:\n  - ${problems.join("\n  - ")}`);
  say("PASS");
}

/** A PgBouncer an interrupted earlier run left on the port (its pid file is in the work folder). */
function stopLeftoverPgBouncer(): void {
  const pidFile = path.join(work, "pgbouncer.pid");
  if (!existsSync(pidFile)) return;
  try {
    process.kill(Number(readFileSync(pidFile, "utf8").trim()), "SIGINT");
    spawnSync("sleep", ["1"]);
  } catch {
    // not running any more
  }
}

async function cleanup(): Promise<void> {
  for (const c of [...children]) await stopChild(c, "SIGTERM", 5000).catch(() => undefined);
  stopLeftoverPgBouncer();
  if (!values.keep) dropClusters();
}

main()
  .then(cleanup)
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    console.error(`logs: ${work}`);
    await cleanup();
    process.exit(1);
  });
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
