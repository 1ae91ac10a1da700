// `npm run dev` / `npm start`: with no DATABASE_URL, starts the embedded PostgreSQL (PGlite + PostGIS), migrates
// and seeds it on first start, then runs Next.js against it. With DATABASE_URL, runs Next.js against that server.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { countDirectory, seedDemo, seedReference } from "../prisma/seed/load";

const mode = process.argv[2] === "start" ? "start" : "dev";
const say = (msg: string) => console.log(`[ir-finder] ${msg}`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_EMBEDDED_PORT = 54329;

/** Thrown with a message that says what is running and what to do instead. */
class StartError extends Error {}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Only one process may open a PGlite data folder: a second app started in the same checkout is refused with the
 * first one's pid and port. The lock file is removed when this launcher exits.
 */
function lockDataFolder(dataDir: string): { lockFile: string; release: () => void } {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  try {
    const held = JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number; port: number; web?: string };
    if (held.pid !== process.pid && isAlive(held.pid)) {
      throw new StartError(
        `The embedded database in ${dataDir} is already open in process ${held.pid} (an IR Finder started with npm run dev ` +
          `or npm start, database port ${held.port}). Stop that one first, or give this one its own folder and ports: ` +
          `EMBEDDED_DB_DIR=${dataDir}-2 PORT=3001 npm run ${mode}`,
      );
    }
  } catch (e) {
    if (e instanceof StartError) throw e; // no lock file, or a stale or unreadable one: take it over
  }
  // On a fresh clone the folder that holds the data (and this lock) does not exist yet.
  mkdirSync(path.dirname(lockFile), { recursive: true });
  writeFileSync(lockFile, JSON.stringify({ pid: process.pid, port: 0 }));
  return { lockFile, release: () => rmSync(lockFile, { force: true }) };
}

/** EMBEDDED_DB_PORT when set (refusing a taken one); else 54329, or a free port when another app holds that one. */
async function chooseEmbeddedPort(configured: number | undefined): Promise<number> {
  if (configured !== undefined) {
    if (await portIsFree(configured)) return configured;
    throw new StartError(
      `EMBEDDED_DB_PORT ${configured} is already in use (another IR Finder or PostgreSQL?). ` +
        `Choose another one, e.g. EMBEDDED_DB_PORT=${configured + 1}, or leave it unset to pick a free port.`,
    );
  }
  if (await portIsFree(DEFAULT_EMBEDDED_PORT)) return DEFAULT_EMBEDDED_PORT;
  const port = await freePort();
  say(`Port ${DEFAULT_EMBEDDED_PORT} is taken (probably another IR Finder checkout); the embedded database uses port ${port} instead.`);
  return port;
}

let releaseLock: (() => void) | undefined;

async function prepareEmbedded(): Promise<EmbeddedPostgres> {
  const e = env();
  const t0 = Date.now();
  const lock = lockDataFolder(e.EMBEDDED_DB_DIR);
  releaseLock = lock.release;
  const port = await chooseEmbeddedPort(e.EMBEDDED_DB_PORT);
  say(`No DATABASE_URL: starting the embedded database in ${e.EMBEDDED_DB_DIR} (the first start takes about 20 s) …`);
  const db = await startEmbeddedPostgres({ dataDir: e.EMBEDDED_DB_DIR, port }).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new StartError(`Port ${port} was taken just now by another program; start again (or set EMBEDDED_DB_PORT).`);
    throw err;
  });
  writeFileSync(lock.lockFile, JSON.stringify({ pid: process.pid, port: db.port }));
  say(`Embedded PostgreSQL with PostGIS is up on 127.0.0.1:${db.port} (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
  const { applied } = await applyMigrations(db.url);
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date.");
  const pool = createPool(db.url, { statement_timeout: 0, max: 2 });
  try {
    const counts = await countDirectory(pool);
    if (counts.zips === 0 || counts.procedures === 0) {
      say("Loading reference data (procedures, conditions, US ZIP centroids) …");
      const ref = await seedReference(pool);
      say(`Loaded ${ref.procedures} procedures, ${ref.conditions} conditions and ${ref.zips} ZIP codes.`);
    }
    if (counts.physicians === 0) {
      say("Seeding the demo directory (synthetic physicians, clearly marked as demo) …");
      const r = await seedDemo(pool, {
        locations: 2500,
        onProgress: (p) => say(`  demo data: ${p.locations}/${p.total} locations, ${p.physicians} physicians`),
      });
      say(`Demo directory ready: ${r.physicians} physicians at ${r.locations} locations.`);
    }
  } finally {
    await pool.end();
  }
  return db;
}

async function main(): Promise<void> {
  const e = env();
  const embedded = e.DATABASE_URL ? undefined : await prepareEmbedded();
  const databaseUrl = e.DATABASE_URL ?? (embedded as EmbeddedPostgres).url;
  if (!embedded)
    say(`Using DATABASE_URL (${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}). Run npm run db:migrate and db:seed yourself.`);

  if (mode === "start" && !(await portIsFree(e.PORT))) {
    await embedded?.stop().catch(() => undefined);
    throw new StartError(
      `Port ${e.PORT} is already in use (another IR Finder or another server). Choose another: PORT=${e.PORT + 1} npm start`,
    );
  }
  // dev: Next's own dev server (it moves to the next free port itself); start: the production server, scripts/serve.ts.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const args =
    mode === "dev"
      ? [nextBin, "dev", ...process.argv.slice(3)]
      : ["--import", "tsx", path.join(root, "scripts/serve.ts"), ...process.argv.slice(3)];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    // The embedded server handles a limited number of connections; keep Next's pool small there.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      ...(embedded ? { DB_POOL_MAX: process.env.DB_POOL_MAX ?? "8", DB_PREPARED_STATEMENTS: "false" } : {}),
    },
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await embedded?.stop().catch(() => undefined);
    releaseLock?.();
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => {
  releaseLock?.();
  console.error(`[ir-finder] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
