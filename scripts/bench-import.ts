// npm run bench:import [-- --rows N]: generates an NPPES-layout file (about 1% IRs), imports it into a fresh
// database irf_import_bench on the local server, imports it again (idempotence), and prints rows/s and peak RSS.
// Targets: >= 50,000 rows/s read-and-filter, peak RSS <= 300 MB.
import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { progressPrinter } from "@/lib/imports/progress";
import { runImport } from "@/lib/imports/run-import";
import { seedReference } from "../prisma/seed/load";
import { generateNppes } from "./generate-nppes";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rows: { type: "string", default: "1000000" }, server: { type: "string" }, child: { type: "boolean", default: false } },
});

type TChildResult = {
  first: Awaited<ReturnType<typeof runImport>>;
  firstMs: number;
  second: Awaited<ReturnType<typeof runImport>>;
  secondMs: number;
  maxRssKb: number;
};

// The import runs in its own process so its peak RSS is measured without the generator's.
if (values.child) {
  const [file, dbUrl] = positionals as [string, string];
  const childPool = createPool(dbUrl, { statement_timeout: 0, max: 4 });
  let t = Date.now();
  const first = await runImport({ pool: childPool, source: "nppes", file, onProgress: progressPrinter(process.stderr) });
  const firstMs = Date.now() - t;
  t = Date.now();
  const second = await runImport({ pool: childPool, source: "nppes", file });
  const secondMs = Date.now() - t;
  await childPool.end();
  const result: TChildResult = { first, firstMs, second, secondMs, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}
const rows = Number(values.rows);
const server = values.server ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = "irf_import_bench";
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en-US")} rows/s`;

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
await admin.end();
const url = new URL(server);
url.pathname = `/${DB}`;
await applyMigrations(url.toString());
const pool = createPool(url.toString(), { statement_timeout: 0, max: 4 });
await seedReference(pool);

const dir = await mkdtemp(path.join(os.tmpdir(), "irf-bench-import-"));
const file = path.join(dir, "npidata_pfile_20050523-20260208.csv");
try {
  const t = Date.now();
  const gen = await generateNppes(file, { rows, irShare: 0.01 });
  const size = (await stat(file)).size;
  console.log(
    `Generated ${gen.rows.toLocaleString("en-US")} rows (${gen.ir.toLocaleString("en-US")} IR, ${Math.round(size / 1e6)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", process.argv[1] as string, "--child", file, url.toString()], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let json = "";
  child.stdout.on("data", (d: Buffer) => (json += d.toString()));
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the import process exited with ${code}`);
  const { first, firstMs, second, secondMs, maxRssKb } = JSON.parse(json) as TChildResult;
  console.log("\nbench:import (NPPES layout, 330 columns)");
  console.log(
    `  first import   ${first.counts.rowsRead.toLocaleString("en-US")} rows read, ${first.counts.rowsKept.toLocaleString("en-US")} kept, ${first.counts.inserted.toLocaleString("en-US")} inserted`,
  );
  console.log(`    read-and-filter  ${Math.round(first.readFilterRowsPerSec).toLocaleString("en-US")} rows/s   (target >= 50,000)`);
  console.log(
    `    overall          ${rate(first.counts.rowsRead, firstMs)} (${(firstMs / 1000).toFixed(1)} s, ${Math.round(size / 1e6 / (firstMs / 1000))} MB/s)`,
  );
  console.log(
    `  second import  ${second.counts.unchanged.toLocaleString("en-US")} unchanged, ${second.counts.inserted + second.counts.updated} written`,
  );
  console.log(`    overall          ${rate(second.counts.rowsRead, secondMs)} (${(secondMs / 1000).toFixed(1)} s)`);
  console.log(`  peak RSS       ${mb(maxRssKb)} of the import process (both imports; target <= 300 MB)`);
} finally {
  await pool.end();
  await rm(dir, { recursive: true, force: true });
}
