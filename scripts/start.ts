// `npm run dev` / `npm start`: with no DATABASE_URL, starts the embedded PostgreSQL (PGlite + PostGIS), migrates
// and seeds it on first start, then runs Next.js against it. With DATABASE_URL, runs Next.js against that server.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { countDirectory, seedDemo, seedReference } from "../prisma/seed/load";

const mode = process.argv[2] === "start" ? "start" : "dev";
const say = (msg: string) => console.log(`[ir-finder] ${msg}`);

async function prepareEmbedded(): Promise<EmbeddedPostgres> {
  const e = env();
  const t0 = Date.now();
  say(`No DATABASE_URL: starting the embedded database in ${e.EMBEDDED_DB_DIR} (the first start takes about 20 s) …`);
  const db = await startEmbeddedPostgres({ dataDir: e.EMBEDDED_DB_DIR, port: e.EMBEDDED_DB_PORT });
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

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const args = [nextBin, mode, ...process.argv.slice(3)];
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
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => {
  console.error(`[ir-finder] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
