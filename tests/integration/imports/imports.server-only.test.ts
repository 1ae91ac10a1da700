// The importers end to end against a real PostgreSQL, as an operator meets them: today's and older layouts, the
// publishers' zips, refusals that write nothing, older files that change nothing, deactivation and demotion,
// unknown-is-not-no, Medicare assignment, practices, clinic edits that win, rejected rows in a CSV, resume.
import { spawnSync } from "node:child_process";
import { appendFile, copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TGeocoder } from "@/lib/imports/geocode";
import { ImportRefused } from "@/lib/imports/layouts";
import { NPPES_HEADER, nppesLine, providerFields } from "@/lib/imports/nppes-header";
import { formatSummary, progressPrinter } from "@/lib/imports/progress";
import { ImportFailed, runImport, type TRunImportOptions } from "@/lib/imports/run-import";
import type { TProgress } from "@/lib/imports/types";
import { BAD_CHECK_DIGIT, FILES, FIXTURES, NPI } from "../../fixtures/imports/make-fixtures";
import { makeZip, nppesZips } from "../../fixtures/imports/zips";
import { canonicalDump, importDatabase } from "./support";

let pool: pg.Pool;
let drop: () => Promise<void>;
let dir: string;
let zips: Awaited<ReturnType<typeof nppesZips>>;
const fix = (name: string) => path.join(FIXTURES, name);

const run = (source: TRunImportOptions["source"], file: string, extra: Partial<TRunImportOptions> = {}) =>
  runImport({ pool, source, file, ...extra });

async function q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(sql, params)).rows;
}

const physician = async (npi: string) =>
  (
    await q<{
      id: number;
      first_name: string;
      middle_name: string | null;
      last_name: string;
      credentials: string | null;
      slug: string;
      active: boolean;
      identified_by: string;
      last_confirmed_at: string;
      deactivated_at: string | null;
      taxonomy_codes: string[];
      gender: string | null;
      inactive_reason: string | null;
      inactive_since: string | null;
    }>(
      `SELECT id, first_name, middle_name, last_name, credentials, slug, active, identified_by, gender::text,
            to_char(last_confirmed_at, 'YYYY-MM-DD') AS last_confirmed_at, to_char(deactivated_at, 'YYYY-MM-DD') AS deactivated_at,
            taxonomy_codes, inactive_reason, to_char(inactive_since, 'YYYY-MM-DD') AS inactive_since
       FROM physician WHERE npi = $1`,
      [npi],
    )
  )[0];

const locationsOf = (npi: string) =>
  q<{
    address1: string;
    address2: string | null;
    zip: string;
    name: string;
    telehealth: boolean | null;
    assignment: boolean | null;
    org: string | null;
    role_source: string;
  }>(
    `SELECT l.address1, l.address2, l.zip, l.name, r.telehealth, r.accepts_medicare_assignment AS assignment,
            (SELECT o.name FROM organization o WHERE o.id = l.organization_id) AS org, ds.kind::text AS role_source
       FROM practitioner_role r JOIN location l ON l.id = r.location_id JOIN physician p ON p.id = r.physician_id
       JOIN data_source ds ON ds.id = r.source_id
      WHERE p.npi = $1 ORDER BY l.address1`,
    [npi],
  );

const bookkeeping = async () => ({
  sources: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM data_source`))[0]?.n,
  runs: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM import_run`))[0]?.n,
});

beforeAll(async () => {
  ({ pool, drop } = await importDatabase("irf_import_test"));
  dir = await mkdtemp(path.join(os.tmpdir(), "irf-import-"));
  zips = await nppesZips(dir);
});
afterAll(async () => {
  await drop?.();
  await rm(dir, { recursive: true, force: true });
});

describe("refusals write nothing", () => {
  it("refuses without reference data, naming the command that loads them", async () => {
    const empty = await importDatabase("irf_import_noref", { reference: false });
    try {
      const err = await runImport({ pool: empty.pool, source: "nppes", file: zips.jan }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRefused);
      expect((err as Error).message).toMatch(/npm run db:seed -- --reference-only/);
      // The command line says the same, without a resume hint (nothing was written).
      const { url } = empty;
      const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", "nppes", zips.jan], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(cli.status).toBe(2);
      expect(cli.stderr).toMatch(/Import refused: .*npm run db:seed -- --reference-only/);
      expect(cli.stderr).not.toMatch(/resume/);
      const rows = await empty.pool.query(`SELECT (SELECT count(*) FROM data_source)::int + (SELECT count(*) FROM import_run)::int AS n`);
      expect(rows.rows[0].n).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it("refuses a file with a missing column before writing, naming the columns and the layouts it reads", async () => {
    const before = await bookkeeping();
    const bad = path.join(dir, "npidata_pfile_20260119-20260125.csv");
    const header = NPPES_HEADER.filter((h) => h !== "Provider Sex Code" && h !== "Last Update Date");
    await writeFile(bad, `${nppesLine(Object.fromEntries(header.map((h) => [h, h])), header)}\n`);
    const err = await run("nppes", bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as Error).message).toMatch(/missing column\(s\) "Provider Sex Code" or "Provider Gender Code", "Last Update Date"/);
    expect((err as Error).message).toMatch(/330 columns.*329 columns/);
    expect(await bookkeeping()).toEqual(before);
  });

  it("refuses a file whose date it cannot tell, and a DAC file without one", async () => {
    const undated = path.join(dir, "DAC_NationalDownloadableFile.csv");
    await copyFile(fix(FILES.dac), undated);
    await expect(run("dac", undated)).rejects.toThrow(/pass --file-date YYYY-MM-DD/);
  });
});

describe("NPPES", () => {
  it("loads the monthly zip in the 2015-2025 layout: IRs, secondary locations, practices; rejects with line numbers", async () => {
    const rejects = path.join(dir, "jan.rejected.csv");
    const s = await run("nppes", zips.jan, { rejectsFile: rejects });
    expect(s.fileDate).toBe("2026-01-11");
    expect(s.members).toEqual([FILES.nppesJan, FILES.nppesJanHeader, FILES.plJan]);
    expect(s.counts).toMatchObject({ physiciansAdded: 5, rejected: 5 });
    expect(s.rejections.map((r) => [r.line, r.reason])).toEqual([
      [7, expect.stringMatching(/fails the check digit/)],
      [8, expect.stringMatching(/missing or invalid practice ZIP/)],
      [9, "expected 329 columns, found 328"],
      [10, expect.stringMatching(/Last Update Date: "13\/45\/2024" is not a valid date/)],
      [12, expect.stringMatching(/ZIP 00000 is not a known US ZIP code/)],
    ]);
    const csv = await readFile(rejects, "utf8");
    expect(csv.split("\n")[0]).toBe("line,npi,file,reason");
    expect(csv).toContain(`7,${BAD_CHECK_DIGIT},${FILES.nppesJan},NPI ${BAD_CHECK_DIGIT} fails the check digit`);
    expect(csv).toContain(`9,${NPI.shortRow},${FILES.nppesJan},"expected 329 columns, found 328"`);

    expect(await physician(NPI.cardio)).toBeUndefined();
    // A diagnostic radiologist is kept on file but not listed until Medicare billing identifies them.
    expect(await physician(NPI.kim)).toBeUndefined();
    expect(await physician(NPI.doe)).toMatchObject({
      first_name: "Jane",
      middle_name: "Q",
      last_name: "Doe",
      credentials: "MD",
      identified_by: "TAXONOMY",
      slug: `jane-doe-md-${NPI.doe}`,
      active: true,
      gender: "FEMALE",
      last_confirmed_at: "2026-01-11",
    });
    expect((await physician(NPI.doe))?.taxonomy_codes).toEqual(["2085R0202X", "2085R0204X"]);
    expect(await physician(NPI.obrien)).toMatchObject({ last_name: "O'Brien-Smith", credentials: "MD, PhD" });
    expect(await physician(NPI.mccord)).toMatchObject({
      first_name: "Sean",
      middle_name: "O'Neill",
      last_name: "McCord",
      credentials: "MD",
    });
    // The primary address and the pl_pfile's secondary one; the quoted newline stays inside its field.
    expect((await locationsOf(NPI.doe)).map((l) => l.address1)).toEqual(["100 Main Street", "15 River Road"]);
    expect(await locationsOf(NPI.obrien)).toMatchObject([{ address1: "1 Hospital Dr, Bldg 2", address2: "Floor 3 Wing B" }]);
    // "100 MAIN STREET / SUITE 200, 021141234" and "100 Main St. / Ste. 200, 02114" are one location.
    const shared = await q<{ n: number }>(
      `SELECT count(DISTINCT r.location_id)::int AS n FROM practitioner_role r JOIN physician p ON p.id = r.physician_id
        WHERE p.npi = ANY($1::varchar[]) AND p.npi <> $2`,
      [[NPI.doe, NPI.lee], "x"],
    );
    expect(shared[0]?.n).toBe(2);
    // The IR organization is a practice with its location.
    expect(await q(`SELECT o.name, o.npi, l.address1 FROM organization o JOIN location l ON l.organization_id = o.id`)).toEqual([
      { name: "Vascular Partners of Texas, PLLC", npi: NPI.org, address1: "2 Clinic Rd" },
    ]);
  });

  it("changes nothing when the same zip, or its CSV, is loaded again", async () => {
    const before = await canonicalDump(pool);
    const s = await run("nppes", zips.jan);
    expect(s.counts).toMatchObject({ inserted: 0, updated: 0, physiciansAdded: 0, physiciansUpdated: 0, removed: 0, rolesAdded: 0 });
    await run("nppes", fix(FILES.nppesJan));
    expect(await canonicalDump(pool)).toEqual(before);
  });

  it("dry-run reports what the weekly file would do and keeps nothing, not even its run or source rows", async () => {
    const before = await canonicalDump(pool);
    const books = await bookkeeping();
    const s = await run("nppes", zips.week, { dryRun: true });
    expect(s.dryRun).toBe(true);
    expect(s.counts).toMatchObject({ physiciansAdded: 1, deactivated: 1 });
    expect(await canonicalDump(pool)).toEqual(before);
    expect(await bookkeeping()).toEqual(books);
  });

  it("loads today's weekly layout (Provider Sex Code, Certification Date): moves, deactivation, newcomers; clinic edits win", async () => {
    const lee = await physician(NPI.lee);
    const clinic = await q<{ id: number }>(`INSERT INTO data_source (kind, name) VALUES ('CLINIC_EDIT', 'Clinic edit #1') RETURNING id`);
    await pool.query(`UPDATE physician SET credentials = 'DO, MS' WHERE id = $1`, [lee?.id]);
    await pool.query(
      `INSERT INTO field_provenance (entity, entity_id, field, source_id, as_of) VALUES ('physician', $1, 'credentials', $2, '2026-01-14')
       ON CONFLICT (entity, entity_id, field) DO UPDATE SET source_id = EXCLUDED.source_id, as_of = EXCLUDED.as_of`,
      [lee?.id, clinic[0]?.id],
    );

    const s = await run("nppes", zips.week);
    expect(s.fileDate).toBe("2026-01-18");
    expect(s.counts).toMatchObject({ rowsRead: 4, physiciansAdded: 1, deactivated: 1, rejected: 0 });
    expect(await physician(NPI.lee)).toMatchObject({ credentials: "DO, MS", last_confirmed_at: "2026-01-18" });
    expect(await physician(NPI.doe)).toMatchObject({ credentials: "MD, MPH", last_confirmed_at: "2026-01-18" });
    // Doe moved: the old NPPES address goes, the pl_pfile's secondary location stays.
    expect((await locationsOf(NPI.doe)).map((l) => l.address1)).toEqual(["15 River Road", "250 Cambridge St"]);
    expect(await physician(NPI.gone)).toMatchObject({ active: false, deactivated_at: "2026-01-15", inactive_reason: "DEACTIVATED" });
    // Unknown sex stays unknown.
    expect(await physician(NPI.newcomer)).toMatchObject({ first_name: "Bao", active: true, gender: null });
  });

  it("never lets an older file undo a newer fact: January again does not reactivate, rename or move anyone", async () => {
    const before = await canonicalDump(pool);
    const s = await run("nppes", fix(FILES.nppesJan), { fileDate: "2026-01-11" });
    expect(s.counts.older).toBeGreaterThan(0);
    expect(await physician(NPI.gone)).toMatchObject({ active: false });
    expect(await physician(NPI.doe)).toMatchObject({ credentials: "MD, MPH" });
    expect(await canonicalDump(pool)).toEqual(before);
  });
});

describe("Doctors and Clinicians", () => {
  it("adds practice addresses with groups; blank telehealth and assignment stay unknown; ind_assgn with its source", async () => {
    const s = await run("dac", fix(FILES.dac));
    expect(s.rejections.map((r) => r.line)).toEqual([7, 8]);
    expect(await locationsOf(NPI.doe)).toMatchObject([
      {
        address1: "15 River Rd",
        name: "North Shore Imaging, P.C.",
        telehealth: null,
        assignment: null,
        org: "North Shore Imaging, P.C.",
        role_source: "CMS_DAC",
      },
      {
        address1: "250 Cambridge St",
        name: "Beacon Hill Vascular Institute",
        telehealth: true,
        assignment: true,
        org: "Beacon Hill Vascular Institute",
        role_source: "CMS_DAC",
      },
    ]);
    const prov = await q<{ field: string; kind: string; as_of: string }>(
      `SELECT fp.field, ds.kind::text, to_char(fp.as_of, 'YYYY-MM-DD') AS as_of FROM field_provenance fp
         JOIN data_source ds ON ds.id = fp.source_id JOIN practitioner_role r ON r.id = fp.entity_id
         JOIN location l ON l.id = r.location_id JOIN physician p ON p.id = r.physician_id
        WHERE fp.entity = 'practitioner_role' AND p.npi = $1 AND l.address1 = '250 Cambridge St' ORDER BY fp.field`,
      [NPI.doe],
    );
    expect(prov).toEqual([
      { field: "acceptsMedicareAssignment", kind: "CMS_DAC", as_of: "2026-02-01" },
      { field: "telehealth", kind: "CMS_DAC", as_of: "2026-02-01" },
    ]);
    // Rivera is not listed yet (no source identifies her): her DAC rows wait on file.
    expect(await physician(NPI.billing)).toBeUndefined();
    expect(await physician(NPI.cardio)).toBeUndefined();
  });

  it("reads the current file without its optional columns, and the 2020-2023 layout (older, so it changes nothing)", async () => {
    const before = await canonicalDump(pool);
    const old = await run("dac", fix(FILES.dacOld));
    expect(old.counts).toMatchObject({ older: 1, rejected: 0 });
    expect(await canonicalDump(pool)).toEqual(before);
    const minimal = await run("dac", fix(FILES.dacMinimal), { dryRun: true });
    expect(minimal.counts).toMatchObject({ rowsKept: 1, rejected: 0, updated: 1 });
  });

  it("keeps a DAC-confirmed location when a newer NPPES file moves the physician's primary address", async () => {
    await run("nppes", zips.feb);
    expect((await locationsOf(NPI.doe)).map((l) => l.address1)).toEqual(["15 River Rd", "250 Cambridge St"]);
  });
});

describe("Medicare, billing identification, demotion", () => {
  it("stores volumes (suppressed counts null), lists radiologists by billing with the NPPES or DAC record on file", async () => {
    const s = await run("medicare-volume", fix(FILES.mup24), { fileDate: "2026-03-01" });
    expect(s.rejections.map((r) => r.line)).toEqual([13, 14]);
    const vols = await q<{ npi: string; hcpcs_code: string; services: number | null; linked: boolean }>(
      `SELECT npi, hcpcs_code, services, physician_id IS NOT NULL AS linked FROM procedure_volume WHERE year = 2024 ORDER BY npi, hcpcs_code`,
    );
    expect(vols).toEqual(
      [
        { npi: NPI.doe, hcpcs_code: "22513", services: 25, linked: true },
        { npi: NPI.doe, hcpcs_code: "22514", services: null, linked: true },
        { npi: NPI.kim, hcpcs_code: "22513", services: 24, linked: true },
        { npi: NPI.billing, hcpcs_code: "22511", services: 40, linked: true },
        { npi: NPI.billing, hcpcs_code: "36561", services: 15, linked: true },
        { npi: NPI.lowShare, hcpcs_code: "22511", services: 12, linked: false },
      ].sort((a, b) => (a.npi + a.hcpcs_code).localeCompare(b.npi + b.hcpcs_code)),
    );
    // Kim (taxonomy 2085R0202X only) bills enough IR procedures: listed with the NPPES record kept on file.
    expect(await physician(NPI.kim)).toMatchObject({ identified_by: "BILLING", first_name: "Sora", credentials: "MD", active: true });
    expect((await locationsOf(NPI.kim)).map((l) => [l.address1, l.address2])).toEqual([["900 Commonwealth Ave", "Suite 400"]]);
    // Rivera: Medicare's name, the DAC address that waited for her, female per DAC.
    expect(await physician(NPI.billing)).toMatchObject({ identified_by: "BILLING", last_name: "Rivera", gender: "FEMALE" });
    expect(await locationsOf(NPI.billing)).toMatchObject([
      { address1: "500 Park Avenue", address2: "Suite 300", assignment: true, telehealth: false },
    ]);
    expect(await physician(NPI.lowShare)).toBeUndefined();
  });

  it("takes a physician who no longer meets the IR rule out of search, with reason and date, and back when a newer file qualifies them", async () => {
    // February's NPPES file no longer lists O'Brien with the IR taxonomy.
    expect(await physician(NPI.obrien)).toMatchObject({
      active: false,
      inactive_reason: "NO_LONGER_IR",
      inactive_since: "2026-02-08",
      identified_by: "TAXONOMY",
    });
    const inSearch = await q(`SELECT 1 FROM search_entry s JOIN physician p ON p.id = s.physician_id WHERE p.npi = $1 AND s.active`, [
      NPI.obrien,
    ]);
    expect(inSearch).toHaveLength(0);
    const march = path.join(dir, "npidata_pfile_20260209-20260215.csv");
    await writeFile(
      march,
      `${nppesLine(Object.fromEntries(NPPES_HEADER.map((h) => [h, h])))}\n${nppesLine(
        providerFields({
          npi: NPI.obrien,
          last: "O'BRIEN-SMITH",
          first: "JOHN",
          credential: "MD, PHD",
          gender: "M",
          taxonomies: ["2085R0204X"],
          address1: "1 HOSPITAL DR, BLDG 2",
          address2: "FLOOR 3\nWING B",
          city: "CHICAGO",
          state: "IL",
          zip: "60611",
          phone: "3125550102",
        }),
      )}\n`,
    );
    const s = await run("nppes", march);
    expect(s.counts.reactivated).toBe(1);
    expect(await physician(NPI.obrien)).toMatchObject({ active: true, inactive_reason: null, inactive_since: null });
  });
});

describe("failures, resume and progress", () => {
  it("a run that fails before committing anything leaves no rows and no resume hint", async () => {
    const books = await bookkeeping();
    await pool.query(`CREATE FUNCTION fail_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated outage'; END $$`);
    await pool.query(`CREATE TRIGGER fail_all BEFORE INSERT OR UPDATE ON import_row_state FOR EACH ROW EXECUTE FUNCTION fail_all()`);
    try {
      const copy = path.join(dir, "npidata_pfile_20260216-20260222.csv");
      await copyFile(fix(FILES.nppesWeek), copy);
      const err = await run("nppes", copy).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportFailed);
      expect(err).toMatchObject({ committed: false, message: expect.stringMatching(/simulated outage/) });
      expect(await bookkeeping()).toEqual(books);
    } finally {
      await pool.query(`DROP TRIGGER fail_all ON import_row_state`);
    }
  });

  it("rolls back a failed batch and resumes after the last committed line", async () => {
    await pool.query(`CREATE FUNCTION fail_newcomer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key = '${NPI.newcomer}' AND NEW.as_of = '2026-02-28' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await pool.query(
      `CREATE TRIGGER fail_newcomer BEFORE INSERT OR UPDATE ON import_row_state FOR EACH ROW EXECUTE FUNCTION fail_newcomer()`,
    );
    const copy = path.join(dir, "npidata_pfile_20260222-20260228.csv");
    await copyFile(fix(FILES.nppesWeek), copy);
    await appendFile(copy, "\n");
    const err = await run("nppes", copy, { batchSize: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ committed: true, message: expect.stringMatching(/simulated failure/) });
    const failed = await q<{ status: string; last_committed_line: number }>(
      `SELECT status::text, last_committed_line FROM import_run WHERE file_name = $1`,
      [path.basename(copy)],
    );
    // Lines: header 1, Doe 2, Gray 3, Lee 4, Nguyen 5 (the failing one).
    expect(failed).toEqual([{ status: "FAILED", last_committed_line: 4 }]);
    await pool.query(`DROP TRIGGER fail_newcomer ON import_row_state`);
    const resumed = await run("nppes", copy, { batchSize: 1 });
    expect(resumed.resumedAfter).toBe("line 4");
    expect(resumed.counts.rowsKept).toBe(1);
    expect(await q(`SELECT status::text FROM import_run WHERE file_name = $1`, [path.basename(copy)])).toEqual([{ status: "COMPLETED" }]);
  });

  it("reports progress per zip member and prints a bar and a summary", async () => {
    const events: TProgress[] = [];
    const s = await run("nppes", zips.jan, { onProgress: (p) => events.push(p) });
    expect(events.at(-1)).toMatchObject({ done: true, entry: FILES.plJan });
    expect(events.at(-1)?.bytesRead).toBe(events.at(-1)?.totalBytes);
    let out = "";
    const sink = new Writable({
      write(chunk, _e, cb) {
        out += String(chunk);
        cb();
      },
    });
    const print = progressPrinter(sink, { intervalMs: 0 });
    for (const e of events) print(e);
    expect(out).toMatch(/\[#{24}\] 100% 15 rows read · \d+ kept · [\d,]+ rows\/s · ETA done · pl_pfile/);
    const text = formatSummary(s);
    expect(text).toMatch(/rejected\s+5/);
    expect(text).toMatch(/older than what is on file/);
    expect(text).toMatch(/line 9 of npidata_pfile_20050523-20260111.csv: expected 329 columns, found 328/);
  });

  it("upgrades new locations to street precision through a plugged-in geocoder, caching each answer", async () => {
    let calls = 0;
    const geocoder: TGeocoder = {
      name: "test-grid",
      geocode: async () => {
        calls++;
        return { lat: 42.3601, lng: -71.0589, precision: "STREET" };
      },
    };
    const zip = await makeZip(path.join(dir, "DAC_NationalDownloadableFile_20260401.zip"), [FILES.dac]);
    await pool.query(`DELETE FROM location WHERE address1 = '15 River Rd'`);
    // The member's name carries the release date; this copy is a newer release, so it says when.
    await run("dac", zip, { geocoder, fileDate: "2026-04-01" });
    expect(calls).toBe(1);
    expect(await q(`SELECT geocode_precision::text, lat FROM location WHERE address1 = '15 River Rd'`)).toEqual([
      { geocode_precision: "STREET", lat: 42.3601 },
    ]);
    await pool.query(`DELETE FROM location WHERE address1 = '15 River Rd'`);
    const again = await makeZip(path.join(dir, "DAC_NationalDownloadableFile_20260501.zip"), [FILES.dac]);
    await run("dac", again, { geocoder, fileDate: "2026-05-01" });
    expect(calls).toBe(1);
  });
});
