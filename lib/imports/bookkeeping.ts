// An import run's own records: the one-import-at-a-time lock, the data source and run rows, resume points, and
// leaving nothing behind when a run is refused or fails before committing anything.
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import { ImportRefused } from "@/lib/imports/layouts";
import { parseUsDate } from "@/lib/imports/normalize";
import type { TImportCounts, TQueryable, TSourceKind } from "@/lib/imports/types";

const LOCK_KEY = 0x1f_1d_00_05;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The file's date from a name, where publishers put one: `npidata_pfile_20050523-20260208.csv` (the last
 * yyyymmdd), `NPPES_Data_Dissemination_020926_021526_Weekly.zip` (the last mmddyy), `…_2026-02-12.csv`.
 * A month alone (`NPPES_Data_Dissemination_February_2026.zip`) is not a date: the names inside the zip are used.
 */
export function fileDateFromName(name: string): string | null {
  const tryDate = (y: string, m: string, d: string) => {
    try {
      return parseUsDate(`${y}-${m}-${d}`);
    } catch {
      return null;
    }
  };
  const ymd = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)/g)].at(-1);
  if (ymd) return tryDate(ymd[1] as string, ymd[2] as string, ymd[3] as string);
  const weekly = /(?<!\d)(\d{2})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})_Weekly/i.exec(name);
  if (weekly) return tryDate(`20${weekly[6]}`, weekly[4] as string, weekly[5] as string);
  return null;
}

/** "February_2026" in a monthly zip's name, as the first of the month (only to check the names inside agree). */
export function monthFromName(name: string): string | null {
  const m = new RegExp(`(${MONTHS.join("|")})[_ -]?(\\d{4})`, "i").exec(name);
  if (!m) return null;
  return `${m[2]}-${String(MONTHS.indexOf((m[1] as string).toLowerCase()) + 1).padStart(2, "0")}`;
}

/** Data year from a Medicare file name: "…_D22_…" (2022) or a four-digit year. */
export function dataYearFromName(name: string): number | null {
  const d = /_D(\d{2})_/i.exec(name);
  if (d) return 2000 + Number(d[1]);
  const y = /(?<!\d)(20\d{2})(?!\d)/.exec(name);
  return y ? Number(y[1]) : null;
}

/** size + sha-256 of the first and last MiB: recognises the same file again without reading it all twice. */
export async function fileFingerprint(file: string): Promise<{ fingerprint: string; size: number }> {
  const { size } = await stat(file);
  const h = createHash("sha256");
  const fd = await open(file, "r");
  try {
    const mib = 1 << 20;
    const head = Buffer.alloc(Math.min(mib, size));
    await fd.read(head, 0, head.length, 0);
    h.update(head);
    if (size > mib) {
      const tail = Buffer.alloc(Math.min(mib, size - mib));
      await fd.read(tail, 0, tail.length, size - tail.length);
      h.update(tail);
    }
  } finally {
    await fd.close();
  }
  return { fingerprint: `${size}:${h.digest("hex")}`, size };
}

/** Refuses, with the command that fixes it, when the ZIP centroids and procedures were never loaded. */
export async function requireReferenceData(client: TQueryable): Promise<void> {
  const { rows } = await client.query<{ zips: boolean; procedures: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM zip_centroid) AS zips, EXISTS (SELECT 1 FROM procedure) AS procedures`,
  );
  const r = rows[0];
  if (!r?.zips || !r.procedures) {
    throw new ImportRefused(
      "The reference data (US ZIP centroids and procedures) are not loaded in this database, so no address could be " +
        "placed. Run `npm run db:seed -- --reference-only` (same DATABASE_URL), then this import again. Nothing was written.",
    );
  }
}

export async function takeImportLock(client: TQueryable): Promise<void> {
  const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1) AS ok`, [LOCK_KEY]);
  if (!rows[0]?.ok) throw new ImportRefused("Another import is running against this database; try again when it has finished.");
}

export async function releaseImportLock(client: TQueryable): Promise<void> {
  await client.query(`SELECT pg_advisory_unlock($1)`, [LOCK_KEY]);
}

export type TRun = {
  id: number;
  sourceId: number;
  /** the data source row was made by this run (so a run that commits nothing removes it again) */
  createdSource: boolean;
  /** "<entry>|<key>" of the last committed batch and, for streamed entries, its last line */
  resume: { entry: string; key: string; line: number } | null;
};

/** The run for this file: an unfinished one of the same file to resume, or a new one (and its data source). */
export async function startRun(
  client: TQueryable,
  o: { kind: TSourceKind; name: string; fileName: string; fileDate: string; fingerprint: string; dryRun: boolean },
): Promise<TRun> {
  const { rows: existingSource } = await client.query<{ id: number }>(
    `SELECT id FROM data_source WHERE kind = $1::source_kind AND file_name = $2 AND checksum = $3 ORDER BY id LIMIT 1`,
    [o.kind, o.fileName, o.fingerprint],
  );
  let sourceId = existingSource[0]?.id;
  const createdSource = sourceId === undefined;
  if (sourceId === undefined) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO data_source (kind, name, file_name, file_date, checksum) VALUES ($1::source_kind, $2, $3, $4::date, $5) RETURNING id`,
      [o.kind, o.name, o.fileName, o.fileDate, o.fingerprint],
    );
    sourceId = rows[0]?.id as number;
  }
  if (o.dryRun) return { id: 0, sourceId, createdSource, resume: null };
  const { rows: unfinished } = await client.query<{ id: number; last_committed_line: number; last_committed_key: string | null }>(
    `SELECT id, last_committed_line, last_committed_key FROM import_run
      WHERE kind = $1::source_kind AND file_fingerprint = $2 AND status <> 'COMPLETED' ORDER BY id DESC LIMIT 1`,
    [o.kind, o.fingerprint],
  );
  const prior = unfinished[0];
  if (prior) {
    await client.query(`UPDATE import_run SET status = 'RUNNING', error = NULL WHERE id = $1`, [prior.id]);
    const [entry, ...key] = (prior.last_committed_key ?? "").split("|");
    return {
      id: prior.id,
      sourceId,
      createdSource: false,
      resume: prior.last_committed_key ? { entry: entry as string, key: key.join("|"), line: prior.last_committed_line } : null,
    };
  }
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO import_run (kind, file_name, file_fingerprint, file_date, data_source_id) VALUES ($1::source_kind, $2, $3, $4::date, $5)
     RETURNING id`,
    [o.kind, o.fileName, o.fingerprint, o.fileDate, sourceId],
  );
  return { id: rows[0]?.id as number, sourceId, createdSource, resume: null };
}

/** Records a committed batch's resume point with the data it covers (call inside the batch transaction). */
export async function saveResumePoint(
  client: TQueryable,
  runId: number,
  p: { entry: string; key: string; line: number },
  counts: TImportCounts,
): Promise<void> {
  await client.query(`UPDATE import_run SET last_committed_line = $2, last_committed_key = $3, counts = $4::jsonb WHERE id = $1`, [
    runId,
    p.line,
    `${p.entry}|${p.key}`,
    JSON.stringify(counts),
  ]);
}

export async function finishRun(client: TQueryable, runId: number, counts: TImportCounts): Promise<void> {
  await client.query(`UPDATE import_run SET status = 'COMPLETED', finished_at = now(), counts = $2::jsonb WHERE id = $1`, [
    runId,
    JSON.stringify(counts),
  ]);
}

/**
 * After a failure: a run that committed batches stays FAILED (the same command resumes it); one that committed
 * nothing is removed with the data source it created, so a refused or failed file leaves no stray rows.
 * Returns whether anything was committed.
 */
export async function failRun(client: TQueryable, run: TRun, error: string, counts: TImportCounts): Promise<boolean> {
  const { rows } = await client.query<{ last_committed_key: string | null }>(`SELECT last_committed_key FROM import_run WHERE id = $1`, [
    run.id,
  ]);
  const committed = Boolean(rows[0]?.last_committed_key);
  if (committed) {
    await client.query(`UPDATE import_run SET status = 'FAILED', error = $2, counts = $3::jsonb WHERE id = $1`, [
      run.id,
      error,
      JSON.stringify(counts),
    ]);
    return true;
  }
  await client.query(`DELETE FROM import_run WHERE id = $1`, [run.id]);
  if (run.createdSource) await removeUnusedSource(client, run.sourceId);
  return false;
}

/** Removes a data source nothing refers to (a dry run, or a run that committed nothing). */
export async function removeUnusedSource(client: TQueryable, sourceId: number): Promise<void> {
  await client.query(
    `DELETE FROM data_source ds WHERE ds.id = $1
        AND NOT EXISTS (SELECT 1 FROM import_run r WHERE r.data_source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM import_row_state s WHERE s.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM field_provenance f WHERE f.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM physician p WHERE p.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM location l WHERE l.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM organization o WHERE o.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM practitioner_role r WHERE r.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM procedure_volume v WHERE v.source_id = ds.id)
        AND NOT EXISTS (SELECT 1 FROM role_procedure rp WHERE rp.source_id = ds.id)`,
    [sourceId],
  );
}
