// The operator's promise: fixtures in every published layout, loaded from the publishers' zips or as plain CSVs, in
// any order and any number of times, leave the same directory (compared as a canonical dump of every table the
// imports write).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport, type TRunImportOptions } from "@/lib/imports/run-import";
import { FILES, FIXTURES } from "../../fixtures/imports/make-fixtures";
import { makeZip, nppesZips } from "../../fixtures/imports/zips";
import { canonicalDump, importDatabase } from "./support";

type TStep = { source: TRunImportOptions["source"]; file: string; fileDate?: string };

let dir: string;
let zips: Awaited<ReturnType<typeof nppesZips>> & { dac: string };
const fix = (name: string) => path.join(FIXTURES, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "irf-order-"));
  zips = { ...(await nppesZips(dir)), dac: await makeZip(path.join(dir, "DAC_NationalDownloadableFile_20260201.zip"), [FILES.dac]) };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const medicare24: TStep = { source: "medicare-volume", file: fix(FILES.mup24), fileDate: "2026-03-01" };
const medicare23: TStep = { source: "medicare-volume", file: fix(FILES.mup23), fileDate: "2025-04-15" };

/** As published: the zips, oldest first. */
const asPublished = (): TStep[] => [
  { source: "nppes", file: zips.jan },
  { source: "nppes", file: zips.week },
  { source: "dac", file: fix(FILES.dacOld) },
  medicare23,
  { source: "dac", file: zips.dac },
  { source: "nppes", file: zips.feb },
  medicare24,
];
/**
 * Newest first, every file as a plain CSV. A pl_pfile loaded on its own follows its npidata_pfile, as inside the zip
 * (its rows carry no taxonomy, so only NPIs already on file are kept: docs/importing.md).
 */
const newestFirstCsv = (): TStep[] => [
  medicare24,
  { source: "nppes", file: fix(FILES.nppesFeb) },
  { source: "nppes", file: fix(FILES.plFeb) },
  { source: "dac", file: fix(FILES.dac) },
  { source: "nppes", file: fix(FILES.nppesWeek) },
  medicare23,
  { source: "nppes", file: fix(FILES.nppesJan) },
  { source: "nppes", file: fix(FILES.plJan) },
  { source: "dac", file: fix(FILES.dacOld) },
];
/** Shuffled, zips and CSVs mixed. */
const shuffled = (): TStep[] => [
  { source: "dac", file: fix(FILES.dac) },
  medicare24,
  { source: "nppes", file: zips.feb },
  { source: "nppes", file: fix(FILES.nppesWeek) },
  { source: "dac", file: fix(FILES.dacOld) },
  { source: "nppes", file: zips.jan },
  medicare23,
];

async function loadAll(steps: TStep[]): Promise<{ dumps: Array<Record<string, string[]>>; drop: () => Promise<void> }> {
  const db = await importDatabase("irf_import_order");
  const dumps: Array<Record<string, string[]>> = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const s of steps) await runImport({ pool: db.pool, source: s.source, file: s.file, fileDate: s.fileDate, batchSize: 2 });
    dumps.push(await canonicalDump(db.pool));
  }
  return { dumps, drop: db.drop };
}

describe("load order", () => {
  it("gives the same directory for any order, from zips or CSVs, loaded twice", async () => {
    const a = await loadAll(asPublished());
    const b = await loadAll(newestFirstCsv());
    const c = await loadAll(shuffled());
    try {
      const [first] = a.dumps;
      // Something real was loaded: listed, demoted and deactivated physicians, secondary and DAC-only locations.
      expect(first?.physician?.length).toBeGreaterThanOrEqual(8);
      for (const d of [...a.dumps, ...b.dumps, ...c.dumps]) {
        for (const table of Object.keys(first ?? {})) expect({ table, rows: d[table] }).toEqual({ table, rows: first?.[table] });
      }
    } finally {
      await Promise.all([a.drop(), b.drop(), c.drop()]);
    }
  });
});
