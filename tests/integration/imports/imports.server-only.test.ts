// The three importers end to end against a real PostgreSQL: fixtures in the published layouts, malformed rows,
// idempotent re-import, incremental updates, deactivation, clinic-edit precedence, resume after a failed batch.
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport, type TRunImportOptions } from "@/lib/imports/run-import";
import { formatSummary, progressPrinter } from "@/lib/imports/progress";
import type { TGeocoder } from "@/lib/imports/geocode";
import type { TProgress } from "@/lib/imports/types";
import { seedReference } from "../../../prisma/seed/load";
import { NPI } from "../../fixtures/imports/make-fixtures";
import { createTestDatabase } from "../support/database";

const FIX = path.resolve(__dirname, "../../fixtures/imports");
const NPPES_JAN = path.join(FIX, "npidata_pfile_20050523-20260111.csv");
const NPPES_WEEK = path.join(FIX, "npidata_pfile_20260112-20260118.csv");
const DAC = path.join(FIX, "DAC_NationalDownloadableFile_20260201.csv");
const MUP = path.join(FIX, "MUP_PHY_R25_P05_V10_D24_Prov_Svc.csv");

let pool: pg.Pool;
let drop: () => Promise<void>;

const run = (source: TRunImportOptions["source"], file: string, extra: Partial<TRunImportOptions> = {}) =>
  runImport({ pool, source, file, ...extra });

async function q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(sql, params)).rows;
}

/** A checksum of everything the directory shows, to prove a re-import wrote nothing. */
async function directoryChecksum(): Promise<string> {
  const rows = await q<{ md5: string }>(
    `SELECT md5(concat_ws('|',
       (SELECT string_agg(t::text, ',' ORDER BY id) FROM physician t),
       (SELECT string_agg(t::text, ',' ORDER BY id) FROM location t),
       (SELECT string_agg(t::text, ',' ORDER BY id) FROM practitioner_role t),
       (SELECT string_agg(t::text, ',' ORDER BY role_id, procedure_id) FROM role_procedure t),
       (SELECT string_agg(t::text, ',' ORDER BY id) FROM procedure_volume t),
       (SELECT string_agg(t::text, ',' ORDER BY id) FROM field_provenance t))) AS md5`,
  );
  return rows[0]?.md5 as string;
}

const physician = async (npi: string) =>
  (
    await q<{
      id: number;
      first_name: string;
      last_name: string;
      credentials: string | null;
      slug: string;
      active: boolean;
      identified_by: string;
      last_confirmed_at: string;
      deactivated_at: string | null;
      taxonomy_codes: string[];
    }>(
      `SELECT id, first_name, last_name, credentials, slug, active, identified_by, to_char(last_confirmed_at, 'YYYY-MM-DD') AS last_confirmed_at,
            to_char(deactivated_at, 'YYYY-MM-DD') AS deactivated_at, taxonomy_codes FROM physician WHERE npi = $1`,
      [npi],
    )
  )[0];

const locationsOf = (npi: string) =>
  q<{ address1: string; address2: string | null; zip: string; name: string; geocode_precision: string; telehealth: boolean; lat: number }>(
    `SELECT l.address1, l.address2, l.zip, l.name, l.geocode_precision::text, r.telehealth, l.lat
       FROM practitioner_role r JOIN location l ON l.id = r.location_id JOIN physician p ON p.id = r.physician_id
      WHERE p.npi = $1 ORDER BY l.address1`,
    [npi],
  );

beforeAll(async () => {
  const db = await createTestDatabase("irf_import_test");
  drop = db.drop;
  pool = new pg.Pool({ connectionString: db.url, max: 3 });
  await seedReference(pool);
});
afterAll(async () => {
  await pool?.end();
  await drop?.();
});

describe("NPPES import", () => {
  it("keeps IRs by taxonomy, rejects malformed rows with reasons and line numbers, and imports the rest", async () => {
    const s = await run("nppes", NPPES_JAN);
    expect(s.fileDate).toBe("2026-01-11");
    expect(s.counts).toMatchObject({ rowsRead: 11, inserted: 4, updated: 0, unchanged: 0, rejected: 5 });
    expect(s.rejections).toEqual([
      { line: 7, reason: expect.stringMatching(/fails the check digit/) },
      { line: 8, reason: expect.stringMatching(/missing or invalid practice ZIP/) },
      { line: 9, reason: "expected 330 columns, found 329" },
      { line: 10, reason: expect.stringMatching(/Last Update Date: "13\/45\/2024" is not a valid date/) },
      { line: 12, reason: expect.stringMatching(/ZIP 00000 is not a known US ZIP code/) },
    ]);
    // A cardiologist and an organization NPI with the IR taxonomy are not physicians we list.
    expect(await physician(NPI.cardio)).toBeUndefined();
    expect(await physician(NPI.org)).toBeUndefined();

    const doe = await physician(NPI.doe);
    expect(doe).toMatchObject({
      first_name: "Jane",
      last_name: "Doe",
      credentials: "MD",
      identified_by: "TAXONOMY",
      slug: `jane-doe-md-${NPI.doe}`,
      active: true,
      last_confirmed_at: "2026-01-11",
    });
    expect(doe?.taxonomy_codes).toEqual(["2085R0202X", "2085R0204X"]);
    // The quoted comma survives; the quoted newline stays inside the record (line numbers above prove the
    // row was not split) and becomes a space in the address. The location sits at the ZIP centroid.
    const obrien = await physician(NPI.obrien);
    expect(obrien).toMatchObject({ last_name: "O'Brien-Smith", credentials: "MD, PhD" });
    expect(await locationsOf(NPI.obrien)).toMatchObject([
      { address1: "1 Hospital Dr, Bldg 2", address2: "Floor 3 Wing B", zip: "60611", geocode_precision: "ZIP_CENTROID" },
    ]);
    // "100 MAIN STREET / SUITE 200, 021141234" and "100 Main St. / Ste. 200, 02114" are one location.
    const shared = await q<{ n: number }>(
      `SELECT count(DISTINCT r.location_id)::int AS n FROM practitioner_role r JOIN physician p ON p.id = r.physician_id
        WHERE p.npi = ANY($1::varchar[])`,
      [[NPI.doe, NPI.lee]],
    );
    expect(shared[0]?.n).toBe(1);
    const prov = await q<{ kind: string; file_name: string; file_date: string }>(
      `SELECT ds.kind::text, ds.file_name, to_char(ds.file_date, 'YYYY-MM-DD') AS file_date FROM field_provenance fp
         JOIN data_source ds ON ds.id = fp.source_id WHERE fp.entity = 'physician' AND fp.entity_id = $1 AND fp.field = 'lastName'`,
      [doe?.id],
    );
    expect(prov).toEqual([{ kind: "NPPES", file_name: "npidata_pfile_20050523-20260111.csv", file_date: "2026-01-11" }]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await directoryChecksum();
    const s = await run("nppes", NPPES_JAN);
    expect(s.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, confirmed: 0, deactivated: 0, removed: 0, rejected: 5 });
    expect(await directoryChecksum()).toBe(before);
  });

  it("dry-run reports what a newer file would do without writing", async () => {
    const before = await directoryChecksum();
    const s = await run("nppes", NPPES_WEEK, { dryRun: true });
    expect(s.dryRun).toBe(true);
    expect(s.counts).toMatchObject({ inserted: 1, updated: 2, unchanged: 1, deactivated: 1 });
    expect(await directoryChecksum()).toBe(before);
    expect(await q(`SELECT 1 FROM import_run WHERE file_name = $1`, [path.basename(NPPES_WEEK)])).toHaveLength(0);
  });

  it("applies a weekly incremental file: updates, moves, deactivation, newcomers; clinic edits win", async () => {
    const lee = await physician(NPI.lee);
    // A clinic edited Lee's credentials and the edit was approved: the import must not overwrite them.
    const clinic = await q<{ id: number }>(`INSERT INTO data_source (kind, name) VALUES ('CLINIC_EDIT', 'Clinic edit #1') RETURNING id`);
    await pool.query(`UPDATE physician SET credentials = 'DO, MS' WHERE id = $1`, [lee?.id]);
    await pool.query(
      `INSERT INTO field_provenance (entity, entity_id, field, source_id, as_of) VALUES ('physician', $1, 'credentials', $2, '2026-01-14')
       ON CONFLICT (entity, entity_id, field) DO UPDATE SET source_id = EXCLUDED.source_id, as_of = EXCLUDED.as_of`,
      [lee?.id, clinic[0]?.id],
    );

    const s = await run("nppes", NPPES_WEEK);
    // Lee's only change was the protected field, so Lee counts as unchanged (and re-confirmed).
    expect(s.counts).toMatchObject({
      rowsRead: 5,
      inserted: 1,
      updated: 1,
      unchanged: 2,
      confirmed: 2,
      deactivated: 1,
      removed: 1,
      rejected: 0,
    });

    expect(await physician(NPI.lee)).toMatchObject({ credentials: "DO, MS", last_confirmed_at: "2026-01-18" });
    const leeProv = await q<{ kind: string }>(
      `SELECT ds.kind::text FROM field_provenance fp JOIN data_source ds ON ds.id = fp.source_id
        WHERE fp.entity = 'physician' AND fp.entity_id = $1 AND fp.field = 'credentials'`,
      [lee?.id],
    );
    expect(leeProv).toEqual([{ kind: "CLINIC_EDIT" }]);

    expect(await physician(NPI.doe)).toMatchObject({ credentials: "MD, MPH", last_confirmed_at: "2026-01-18" });
    expect((await locationsOf(NPI.doe)).map((l) => l.address1)).toEqual(["250 Cambridge St"]);
    expect(await physician(NPI.obrien)).toMatchObject({ last_confirmed_at: "2026-01-18" });
    expect(await physician(NPI.gone)).toMatchObject({ active: false, deactivated_at: "2026-01-15" });
    expect(await physician(NPI.newcomer)).toMatchObject({ first_name: "Bao", active: true });

    // Deactivated physicians drop out of search.
    const found = await q<{ npi: string }>(
      `SELECT p.npi FROM physician p JOIN practitioner_role r ON r.physician_id = p.id WHERE p.active AND p.npi = $1`,
      [NPI.gone],
    );
    expect(found).toHaveLength(0);

    const again = await run("nppes", NPPES_WEEK);
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, deactivated: 0, removed: 0 });
  });
});

describe("CMS Doctors and Clinicians import", () => {
  it("adds practice addresses with facility names and telehealth for known physicians only", async () => {
    const s = await run("dac", DAC);
    expect(s.counts).toMatchObject({ rowsRead: 6, inserted: 3, rejected: 2 });
    expect(s.rejections.map((r) => r.line)).toEqual([6, 7]);
    const doe = await locationsOf(NPI.doe);
    expect(doe).toMatchObject([
      { address1: "15 River Rd", name: "North Shore Imaging, P.C.", telehealth: false },
      { address1: "250 Cambridge St", name: "Beacon Hill Vascular Institute", telehealth: true },
    ]);
    expect(await physician(NPI.cardio)).toBeUndefined();
    const before = await directoryChecksum();
    const again = await run("dac", DAC);
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(await directoryChecksum()).toBe(before);
  });
});

describe("Medicare by Provider and Service import", () => {
  it("stores IR procedure volumes, keeps suppressed counts null, adds radiologists by billing, feeds role procedures", async () => {
    const s = await run("medicare-volume", MUP, { fileDate: "2026-03-01" });
    expect(s.counts).toMatchObject({ rowsRead: 11, inserted: 2, rejected: 2 });
    const vols = await q<{
      npi: string;
      hcpcs_code: string;
      year: number;
      place_of_service: string;
      services: number | null;
      beneficiaries: number | null;
      linked: boolean;
    }>(
      `SELECT npi, hcpcs_code, year, place_of_service::text, services, beneficiaries, physician_id IS NOT NULL AS linked
         FROM procedure_volume ORDER BY npi, hcpcs_code`,
    );
    expect(vols).toEqual([
      { npi: NPI.doe, hcpcs_code: "22513", year: 2024, place_of_service: "FACILITY", services: 25, beneficiaries: 18, linked: true },
      { npi: NPI.doe, hcpcs_code: "22514", year: 2024, place_of_service: "FACILITY", services: null, beneficiaries: null, linked: true },
      { npi: NPI.billing, hcpcs_code: "22511", year: 2024, place_of_service: "FACILITY", services: 40, beneficiaries: 30, linked: true },
      { npi: NPI.billing, hcpcs_code: "36561", year: 2024, place_of_service: "OFFICE", services: 15, beneficiaries: 12, linked: true },
    ]);
    // 55 of 355 services (15%) are IR procedures: identified by billing. 12 of 5012 is not.
    expect(await physician(NPI.billing)).toMatchObject({ last_name: "Rivera", identified_by: "BILLING" });
    expect(await physician(NPI.lowShare)).toBeUndefined();
    expect(await physician(NPI.notInDirectory)).toBeUndefined();

    // "Performs kyphoplasty, per Medicare billing" at each of Doe's locations.
    const rp = await q<{ slug: string; kind: string; n: number }>(
      `SELECT pr.slug, ds.kind::text, count(*)::int AS n FROM role_procedure rp JOIN procedure pr ON pr.id = rp.procedure_id
         JOIN data_source ds ON ds.id = rp.source_id JOIN practitioner_role r ON r.id = rp.role_id JOIN physician p ON p.id = r.physician_id
        WHERE p.npi = $1 GROUP BY 1, 2`,
      [NPI.doe],
    );
    expect(rp).toEqual([{ slug: "kyphoplasty", kind: "CMS_MEDICARE_VOLUME", n: 2 }]);

    const before = await directoryChecksum();
    const again = await run("medicare-volume", MUP, { fileDate: "2026-03-01" });
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await directoryChecksum()).toBe(before);
  });
});

describe("failures, resume and progress", () => {
  it("rolls back a failed batch and resumes after the last committed line", async () => {
    // A trigger makes the second batch fail the way a real constraint or outage would.
    await pool.query(`CREATE FUNCTION fail_newcomer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.npi = '${NPI.newcomer}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await pool.query(`CREATE TRIGGER fail_newcomer BEFORE INSERT ON physician FOR EACH ROW EXECUTE FUNCTION fail_newcomer()`);
    await pool.query(`DELETE FROM physician WHERE npi = $1`, [NPI.newcomer]);
    await pool.query(`DELETE FROM import_row_state WHERE key = $1`, [NPI.newcomer]);
    const file = NPPES_WEEK;
    // Same content, different file identity, so this is a fresh run: copy with a new name.
    const { copyFile, mkdtemp } = await import("node:fs/promises");
    const dir = await mkdtemp(path.join((await import("node:os")).tmpdir(), "irf-import-"));
    const copy = path.join(dir, "npidata_pfile_20260119-20260125.csv");
    await copyFile(file, copy);
    const { appendFile } = await import("node:fs/promises");
    await appendFile(copy, "\n"); // a different fingerprint from the weekly file already imported

    await expect(run("nppes", copy, { batchSize: 1 })).rejects.toThrow(/simulated failure/);
    const failed = await q<{ status: string; last_committed_line: number; error: string }>(
      `SELECT status::text, last_committed_line, error FROM import_run WHERE file_name = $1`,
      [path.basename(copy)],
    );
    expect(failed).toMatchObject([{ status: "FAILED", error: expect.stringMatching(/simulated failure/) }]);
    // Lines: header 1, Doe 2, O'Brien 3-4 (quoted newline), Gray 5, Lee 6, Nguyen 7 (the failing one).
    expect(failed[0]?.last_committed_line).toBe(6);
    expect(await physician(NPI.newcomer)).toBeUndefined();

    await pool.query(`DROP TRIGGER fail_newcomer ON physician`);
    const resumed = await run("nppes", copy, { batchSize: 1 });
    expect(resumed.resumedAfter).toBe("line 6");
    expect(resumed.counts).toMatchObject({ inserted: 1 });
    expect(await physician(NPI.newcomer)).toMatchObject({ first_name: "Bao" });
    const done = await q<{ status: string }>(`SELECT status::text FROM import_run WHERE file_name = $1`, [path.basename(copy)]);
    expect(done).toEqual([{ status: "COMPLETED" }]);
  });

  it("reports progress while reading and prints a bar and a summary", async () => {
    const events: TProgress[] = [];
    const s = await run("nppes", NPPES_JAN, { onProgress: (p) => events.push(p) });
    expect(events.at(-1)).toMatchObject({ done: true, rowsRead: 11, rowsKept: 5 });
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
    expect(out).toMatch(/\[#{24}\] 100% 11 rows read · 5 kept · [\d,]+ rows\/s · ETA done/);
    const text = formatSummary(s);
    expect(text).toMatch(/rejected\s+5/);
    expect(text).toMatch(/line 9: expected 330 columns, found 329/);
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
    await pool.query(`DELETE FROM import_row_state WHERE kind = 'CMS_DAC'`);
    // A moderator deleted the location; the next import recreates it (and the mapping) with a street-level point.
    await pool.query(`DELETE FROM location WHERE address1 = '15 River Rd'`);
    await run("dac", DAC, { geocoder });
    expect(calls).toBe(1);
    const loc = await q<{ geocode_precision: string; lat: number }>(
      `SELECT geocode_precision::text, lat FROM location WHERE address1 = '15 River Rd' ORDER BY id DESC LIMIT 1`,
    );
    expect(loc).toEqual([{ geocode_precision: "STREET", lat: 42.3601 }]);
    await pool.query(`DELETE FROM import_row_state WHERE kind = 'CMS_DAC'`);
    await run("dac", DAC, { geocoder });
    expect(calls).toBe(1);
  });
});
