// Runs one import end to end: file identity, run record and resume point, streaming, batched transactions, summary.
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { applyDacBatch, dacLayout, finishDacRun, mapDacRecord, type TDacRow } from "@/lib/imports/dac";
import type { TGeocoder } from "@/lib/imports/geocode";
import {
  addToTotals, applyMedicareBatch, mapMedicareRecord, medicareLayout, RADIOLOGY_BYTES, type TProviderTotals,
} from "@/lib/imports/medicare";
import { applyNppesBatch, IR_TAXONOMY_BYTES, mapNppesRecord, nppesLayout, type TMapResult, type TNppesRow } from "@/lib/imports/nppes";
import { parseUsDate } from "@/lib/imports/normalize";
import { reasonKey, type TImportSummary } from "@/lib/imports/progress";
import { leadingNpi, recordContains, type TRawRecord } from "@/lib/imports/records";
import { streamRecords } from "@/lib/imports/stream";
import {
  emptyCounts, SOURCE_KIND, type TBatchContext, type TImportCounts, type TImportSource, type TProgress, type TRejection,
} from "@/lib/imports/types";
import type { THeader } from "@/lib/imports/csv";

export type TRunImportOptions = {
  pool: pg.Pool;
  source: TImportSource;
  file: string;
  dryRun?: boolean;
  /** YYYY-MM-DD; defaults to the last yyyymmdd date in the file name */
  fileDate?: string;
  /** Medicare data year; defaults to the year in the file name */
  dataYear?: number;
  /** kept rows per transaction (NPIs for the Medicare file) */
  batchSize?: number;
  geocoder?: TGeocoder;
  onProgress?: (p: TProgress) => void;
};

const SOURCE_NAME: Record<TImportSource, string> = {
  nppes: "NPPES NPI Registry",
  dac: "CMS Doctors and Clinicians national file",
  "medicare-volume": "CMS Medicare Physician & Other Practitioners — by Provider and Service",
};

const MAX_REJECTIONS_KEPT = 1000;
const LOCK_KEY = 0x1f_1d_00_05;

/** Date from a name like npidata_pfile_20050523-20241110.csv (the last yyyymmdd wins). */
export function fileDateFromName(name: string): string | null {
  const all = [...name.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g)];
  const m = all[all.length - 1];
  if (!m) return null;
  try {
    return parseUsDate(`${m[1]}-${m[2]}-${m[3]}`);
  } catch {
    return null;
  }
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

type TRunRow = { id: number; last_committed_line: number; last_committed_key: string | null; data_source_id: number };

export async function runImport(o: TRunImportOptions): Promise<TImportSummary> {
  const started = Date.now();
  const kind = SOURCE_KIND[o.source];
  const fileName = path.basename(o.file);
  const fileDate = o.fileDate ? parseUsDate(o.fileDate) : fileDateFromName(fileName);
  if (!fileDate) throw new Error(`Cannot tell the file's date from "${fileName}": pass --file-date YYYY-MM-DD.`);
  const { fingerprint, size } = await fileFingerprint(o.file);
  const batchSize = o.batchSize ?? 2000;
  const dryRun = o.dryRun ?? false;

  const client = await o.pool.connect();
  const counts = emptyCounts();
  const rejections: TRejection[] = [];
  const rejectionsByReason: Record<string, number> = {};
  const reject = (r: TRejection) => {
    counts.rejected++;
    const k = reasonKey(r.reason);
    rejectionsByReason[k] = (rejectionsByReason[k] ?? 0) + 1;
    if (rejections.length < MAX_REJECTIONS_KEPT) rejections.push(r);
  };
  let applyMs = 0;
  let run: TRunRow | undefined;
  let resumedAfter: string | null = null;
  try {
    const { rows: lock } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1) AS ok`, [LOCK_KEY]);
    if (!lock[0]?.ok) throw new Error("Another import is running against this database; try again when it has finished.");
    if (dryRun) await client.query("BEGIN");

    const { rows: existingSource } = await client.query<{ id: number }>(
      `SELECT id FROM data_source WHERE kind = $1::source_kind AND file_name = $2 AND checksum = $3 ORDER BY id LIMIT 1`,
      [kind, fileName, fingerprint],
    );
    let sourceId = existingSource[0]?.id;
    if (sourceId === undefined) {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO data_source (kind, name, file_name, file_date, checksum) VALUES ($1::source_kind, $2, $3, $4::date, $5) RETURNING id`,
        [kind, SOURCE_NAME[o.source], fileName, fileDate, fingerprint],
      );
      sourceId = rows[0]?.id as number;
    }
    if (!dryRun) {
      const { rows: unfinished } = await client.query<TRunRow>(
        `SELECT id, last_committed_line, last_committed_key, data_source_id FROM import_run
          WHERE kind = $1::source_kind AND file_fingerprint = $2 AND status <> 'COMPLETED' ORDER BY id DESC LIMIT 1`,
        [kind, fingerprint],
      );
      run = unfinished[0];
      if (run) {
        if (run.last_committed_line > 0) resumedAfter = `line ${run.last_committed_line}`;
        await client.query(`UPDATE import_run SET status = 'RUNNING', error = NULL WHERE id = $1`, [run.id]);
      } else {
        const { rows } = await client.query<TRunRow>(
          `INSERT INTO import_run (kind, file_name, file_fingerprint, file_date, data_source_id) VALUES ($1::source_kind, $2, $3, $4::date, $5)
           RETURNING id, last_committed_line, last_committed_key, data_source_id`,
          [kind, fileName, fingerprint, fileDate, sourceId],
        );
        run = rows[0] as TRunRow;
      }
    }
    const ctx: TBatchContext = { client, runId: run?.id ?? 0, sourceId, kind, fileDate };

    const { rows: knownRows } = await client.query<{ npi: string }>(`SELECT npi FROM physician`);
    const known = new Set(knownRows.map((r) => r.npi));
    const isKnown = (npi: string) => known.has(npi);
    const knownRecord = (r: TRawRecord) => {
      const npi = leadingNpi(r);
      return npi !== null && known.has(npi);
    };

    const progress = (phase: TProgress["phase"], bytesRead: number, done = false) =>
      o.onProgress?.({ phase, bytesRead, totalBytes: size, rowsRead: counts.rowsRead, rowsKept: counts.rowsKept, elapsedMs: Date.now() - started, done });

    /** One transaction per batch, committing the resume point with the data it covers. */
    const commitBatch = async (write: () => Promise<void>, resume: { line?: number; key?: string }) => {
      const t0 = Date.now();
      if (dryRun) {
        await write();
      } else {
        await client.query("BEGIN");
        try {
          await write();
          await client.query(
            `UPDATE import_run SET last_committed_line = COALESCE($2, last_committed_line),
                    last_committed_key = COALESCE($3, last_committed_key), counts = $4::jsonb WHERE id = $1`,
            [ctx.runId, resume.line ?? null, resume.key ?? null, JSON.stringify(counts)],
          );
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw e;
        }
      }
      applyMs += Date.now() - t0;
    };

    const resumeLine = run?.last_committed_line ?? 0;
    if (o.source === "nppes" || o.source === "dac") {
      type TRow = TNppesRow | TDacRow;
      let mapper: ((f: string[], line: number) => TMapResult<TRow>) | undefined;
      let pending: TRow[] = [];
      const apply = async (rows: TRow[]) =>
        o.source === "nppes"
          ? applyNppesBatch(ctx, rows as TNppesRow[], counts, reject, o.geocoder)
          : applyDacBatch(ctx, rows as TDacRow[], counts, reject, o.geocoder);
      const result = await streamRecords(o.file, {
        resumeAfterLine: resumeLine,
        onHeader: (h: THeader) => {
          if (o.source === "nppes") {
            const layout = nppesLayout(h);
            mapper = (f, line) => mapNppesRecord(f, layout, isKnown, line);
          } else {
            const layout = dacLayout(h);
            mapper = (f, line) => mapDacRecord(f, layout, isKnown, line);
          }
        },
        prefilter: o.source === "nppes" ? (r) => recordContains(r, IR_TAXONOMY_BYTES) || knownRecord(r) : knownRecord,
        onRecord: (f, line) => {
          const m = (mapper as NonNullable<typeof mapper>)(f, line);
          if ("reject" in m) reject({ line, reason: m.reject });
          else if ("row" in m) {
            counts.rowsKept++;
            pending.push(m.row);
          }
        },
        onMalformed: (line, reason) => reject({ line, reason }),
        onChunk: async (s) => {
          counts.rowsRead = s.rowsRead;
          // Rows are in file order, so a committed slice ending at line L means every record up to L is done.
          while (pending.length >= batchSize) {
            const rows = pending.length < 2 * batchSize ? pending : pending.slice(0, batchSize);
            pending = rows === pending ? [] : pending.slice(batchSize);
            const line = pending.length ? (rows[rows.length - 1] as TRow).line : s.lastLine;
            await commitBatch(() => apply(rows), { line });
            for (const r of rows) known.add(r.npi);
          }
          progress("reading", s.bytesRead);
        },
      });
      counts.rowsRead = result.rowsRead;
      const rows = pending;
      pending = [];
      await commitBatch(async () => {
        if (rows.length) await apply(rows);
        if (o.source === "dac") await finishDacRun(ctx, counts);
      }, { line: result.lastLine });
      progress("reading", result.bytesRead, true);
    } else {
      const year = o.dataYear ?? dataYearFromName(fileName);
      if (!year || year < 2000 || year > 2100) throw new Error(`Cannot tell the data year from "${fileName}": pass --year YYYY.`);
      // The billing rule needs a provider's full year, so the whole file is read before anything is written.
      const totals = new Map<string, TProviderTotals>();
      let layout: ReturnType<typeof medicareLayout> | undefined;
      const result = await streamRecords(o.file, {
        resumeAfterLine: 0,
        onHeader: (h) => (layout = medicareLayout(h)),
        prefilter: (r) => recordContains(r, RADIOLOGY_BYTES) || knownRecord(r),
        onRecord: (f, line) => {
          const m = mapMedicareRecord(f, layout as NonNullable<typeof layout>, isKnown, line);
          if ("reject" in m) reject({ line, reason: m.reject });
          else if ("row" in m) {
            counts.rowsKept++;
            addToTotals(totals, m.row);
          }
        },
        onMalformed: (line, reason) => reject({ line, reason }),
        onChunk: async (s) => {
          counts.rowsRead = s.rowsRead;
          progress("reading", s.bytesRead);
        },
      });
      counts.rowsRead = result.rowsRead;
      const resumeKey = run?.last_committed_key ?? "";
      const npis = [...totals.keys()].filter((n) => n > resumeKey).sort();
      for (let i = 0; i < npis.length; i += batchSize) {
        const part = npis.slice(i, i + batchSize);
        await commitBatch(
          () => applyMedicareBatch(ctx, part.map((n) => totals.get(n) as TProviderTotals), year, counts),
          { key: part[part.length - 1] as string },
        );
        progress("writing", result.bytesRead);
      }
      resumedAfter = resumeKey ? `NPI ${resumeKey}` : null;
      progress("writing", result.bytesRead, true);
    }

    if (dryRun) await client.query("ROLLBACK");
    else {
      await client.query(`UPDATE import_run SET status = 'COMPLETED', finished_at = now(), counts = $2::jsonb WHERE id = $1`, [
        ctx.runId, JSON.stringify(counts)]);
      await client.query("ANALYZE physician, location, practitioner_role, procedure_volume");
    }
    const elapsedMs = Date.now() - started;
    return {
      source: o.source, fileName, fileDate, dryRun, resumedAfter,
      counts, rejections, rejectionsByReason, elapsedMs,
      readFilterRowsPerSec: counts.rowsRead / Math.max((elapsedMs - applyMs) / 1000, 0.001),
    };
  } catch (e) {
    if (dryRun) await client.query("ROLLBACK").catch(() => undefined);
    else if (run) {
      await client.query(`UPDATE import_run SET status = 'FAILED', error = $2, counts = $3::jsonb WHERE id = $1`, [
        run.id, (e as Error).message, JSON.stringify(counts)]).catch(() => undefined);
    }
    throw e;
  } finally {
    await client.query(`SELECT pg_advisory_unlock($1)`, [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

export type { TImportCounts };
