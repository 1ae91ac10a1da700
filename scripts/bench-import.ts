// npm run bench:import [-- --rows N] [--csv]: generates an NPPES file in today's layout (about 1% IRs) with a pl_pfile,
// zips them as CMS distributes them, imports the zip into a fresh database irf_i8_bench (override with --db) on
// the local server, imports it again (idempotence), and prints read-and-filter and import rows/s, the import
// process's peak RSS and the projected time for the 9M-row monthly file. Targets: >= 50,000 rows/s
// read-and-filter, peak RSS <= 300 MB.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import yazl from "yazl";
import { applyMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { nppesEntries, openImportInput, type TInputEntry } from "@/lib/imports/input";
import { progressPrinter } from "@/lib/imports/progress";
import { nppesReader } from "@/lib/imports/sources/nppes";
import { streamRecords } from "@/lib/imports/stream";
import { runImport } from "@/lib/imports/run-import";
import { seedReference } from "../prisma/seed/load";
import { generateNppes } from "./generate-nppes";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: "string", default: "1000000" },
    server: { type: "string" },
    db: { type: "string", default: "irf_i8_bench" },
    csv: { type: "boolean", default: false },
    child: { type: "boolean", default: false },
  },
});

type TSummary = Awaited<ReturnType<typeof runImport>>;
type TChildResult = {
  first: TSummary;
  firstMs: number;
  firstCpuMs: number;
  second: TSummary;
  secondMs: number;
  secondCpuMs: number;
  maxRssKb: number;
  readOnly: { rows: number; ms: number; cpuMs: number };
};

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Read-and-filter alone (unzip, frame, byte prefilter, parse and map the kept rows; no database), wall and CPU time. */
async function readOnly(file: string): Promise<{ rows: number; ms: number; cpuMs: number }> {
  const t = Date.now();
  const c = process.cpuUsage();
  const input = await openImportInput(file);
  let rows: number;
  try {
    const { main } = nppesEntries(input.entries);
    const entry = main ?? (input.entries[0] as TInputEntry);
    let bound: ReturnType<typeof nppesReader.bind> | undefined;
    const r = await streamRecords(await entry.open(), {
      resumeAfterLine: 0,
      onHeader: (h) => (bound = nppesReader.bind(h, () => false)),
      prefilter: (rec) => (bound as NonNullable<typeof bound>).prefilter(rec),
      onRecord: (f, line) => void (bound as NonNullable<typeof bound>).map(f, line),
      onMalformed: () => undefined,
      onChunk: async () => undefined,
    });
    rows = r.rowsRead;
  } finally {
    await input.close();
  }
  return { rows, ms: Date.now() - t, cpuMs: cpuMs(c) };
}

// The import runs in its own process so its peak RSS is measured without the generator's.
if (values.child) {
  const [file, dbUrl] = positionals as [string, string];
  const childPool = createPool(dbUrl, { statement_timeout: 0, max: 4 });
  const read = await readOnly(file);
  let t = Date.now();
  let c = process.cpuUsage();
  const first = await runImport({ pool: childPool, source: "nppes", file, onProgress: progressPrinter(process.stderr) });
  const firstMs = Date.now() - t;
  const firstCpuMs = cpuMs(c);
  t = Date.now();
  c = process.cpuUsage();
  const second = await runImport({ pool: childPool, source: "nppes", file });
  const secondMs = Date.now() - t;
  const secondCpuMs = cpuMs(c);
  await childPool.end();
  const result: TChildResult = {
    first,
    firstMs,
    firstCpuMs,
    second,
    secondMs,
    secondCpuMs,
    maxRssKb: process.resourceUsage().maxRSS,
    readOnly: read,
  };
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const rows = Number(values.rows);
const server = values.server ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = values.db as string;
if (!/^irf_[a-z0-9_]+$/.test(DB)) throw new Error("--db must look like irf_something (it is dropped and recreated)");
const MONTHLY_ROWS = 9_000_000;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const n = (x: number) => Math.round(x).toLocaleString("en-US");
const rate = (count: number, ms: number) => `${n(count / (ms / 1000))} rows/s`;

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
const csv = path.join(dir, "npidata_pfile_20050523-20260208.csv");
const plCsv = path.join(dir, "pl_pfile_20050523-20260208.csv");
const zipFile = path.join(dir, "NPPES_Data_Dissemination_February_2026.zip");
try {
  let t = Date.now();
  const gen = await generateNppes(csv, { rows, irShare: 0.01, secondaryOut: plCsv });
  const size = (await stat(csv)).size;
  console.log(
    `Generated ${n(gen.rows)} rows (${n(gen.ir)} IR, ${Math.round(size / 1e6)} MB) and ${n(gen.secondary)} secondary locations in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  let input = csv;
  if (!values.csv) {
    t = Date.now();
    const zip = new yazl.ZipFile();
    // Level 1: the benchmark measures reading the zip, not making it.
    zip.addFile(csv, path.basename(csv), { compressionLevel: 1 });
    zip.addFile(plCsv, path.basename(plCsv), { compressionLevel: 1 });
    zip.end();
    const sink = createWriteStream(zipFile);
    zip.outputStream.pipe(sink);
    await once(sink, "close");
    console.log(`Zipped to ${Math.round((await stat(zipFile)).size / 1e6)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await rm(csv);
    await rm(plCsv);
    input = zipFile;
  }
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(", ");
  const child = spawn(process.execPath, ["--import", "tsx", process.argv[1] as string, "--child", input, url.toString()], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let json = "";
  child.stdout.on("data", (d: Buffer) => (json += d.toString()));
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the import process exited with ${code}`);
  const { first, firstMs, firstCpuMs, second, secondMs, secondCpuMs, maxRssKb, readOnly: read } = JSON.parse(json) as TChildResult;
  const mainRows = first.counts.rowsRead;
  console.log(`\nbench:import (NPPES, today's 330-column layout, read from ${values.csv ? "CSV" : "the zip"}; ${os.cpus().length} cores)`);
  console.log(
    `  load average before the import: ${load}; after: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")}`,
  );
  console.log(`  read-and-filter alone (unzip, frame, prefilter, parse kept rows; no database): ${n(read.rows)} rows`);
  console.log(
    `    ${rate(read.rows, read.ms)} wall clock, ${rate(read.rows, read.cpuMs)} per CPU-second of the process   (target >= 50,000)`,
  );
  console.log(
    `  first import   ${n(mainRows)} rows read (both members), ${n(first.counts.rowsKept)} kept, ${n(first.counts.physiciansAdded)} physicians added`,
  );
  console.log(`    read-and-filter  ${n(first.readFilterRowsPerSec)} rows/s   (target >= 50,000)`);
  console.log(
    `    import overall   ${rate(mainRows, firstMs)} (${(firstMs / 1000).toFixed(1)} s; ${rate(mainRows, firstCpuMs)} per CPU-second of the import process)`,
  );
  console.log(
    `  second import  ${n(second.counts.unchanged)} unchanged, ${n(second.counts.physiciansAdded + second.counts.physiciansUpdated)} physicians written`,
  );
  console.log(
    `    import overall   ${rate(second.counts.rowsRead, secondMs)} (${(secondMs / 1000).toFixed(1)} s; ${rate(second.counts.rowsRead, secondCpuMs)} per CPU-second)`,
  );
  console.log(`  peak RSS       ${mb(maxRssKb)} of the import process (both imports; target <= 300 MB)`);
  const projected = (ms: number) => `${(((ms / mainRows) * MONTHLY_ROWS) / 60000).toFixed(1)} min`;
  console.log(`  projected for the 9M-row monthly file: first load ${projected(firstMs)}, monthly refresh ${projected(secondMs)}`);
} finally {
  await pool.end();
  await rm(dir, { recursive: true, force: true });
}
