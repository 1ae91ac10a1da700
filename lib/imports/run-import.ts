// Runs one import end to end: opens the file (CSV or zip), picks each member's reader by its header, refuses bad
// files before writing, then streams every member in batched transactions with resume points, and reports.
import path from "node:path";
import type pg from "pg";
import {
  dataYearFromName, failRun, fileDateFromName, fileFingerprint, finishRun, monthFromName, releaseImportLock,
  removeUnusedSource, requireReferenceData, saveResumePoint, startRun, takeImportLock, type TRun,
} from "@/lib/imports/bookkeeping";
import { npisWithFacts } from "@/lib/imports/facts";
import type { TGeocoder } from "@/lib/imports/geocode";
import { nppesEntries, openImportInput, type TInputEntry } from "@/lib/imports/input";
import { ImportRefused, matchesLayout, type THeader } from "@/lib/imports/layouts";
import { removeOrphanLocations } from "@/lib/imports/locations";
import { removeOrphanOrganizations } from "@/lib/imports/organizations";
import { parseUsDate } from "@/lib/imports/normalize";
import type { TImportSummary } from "@/lib/imports/progress";
import { Rejections } from "@/lib/imports/rejects";
import { dacReader } from "@/lib/imports/sources/dac";
import { medicareReader } from "@/lib/imports/sources/medicare";
import { nppesReader } from "@/lib/imports/sources/nppes";
import { clearUnlistedSecondaries, NPPES_SECONDARY_LAYOUT, nppesSecondaryReader } from "@/lib/imports/sources/nppes-secondary";
import type { TKeyedRow, TReader, TWriter } from "@/lib/imports/sources/reader";
import { peekHeader, streamRecords } from "@/lib/imports/stream";
import { emptyCounts, SOURCE_KIND, type TBatchContext, type TImportSource, type TProgress } from "@/lib/imports/types";

export { dataYearFromName, fileDateFromName };

export type TRunImportOptions = {
  pool: pg.Pool;
  source: TImportSource;
  file: string;
  dryRun?: boolean;
  /** YYYY-MM-DD; defaults to the date the publisher puts in the file's (or its zip members') name */
  fileDate?: string;
  /** Medicare data year; defaults to the year in the file name */
  dataYear?: number;
  /** kept rows per transaction (NPIs for files that list an NPI on many rows) */
  batchSize?: number;
  geocoder?: TGeocoder;
  onProgress?: (p: TProgress) => void;
  /** where every rejected row is written as CSV (line, npi, file, reason); none when omitted */
  rejectsFile?: string;
};

/** A run that failed; `committed` says whether running the same command again resumes (else nothing was kept). */
export class ImportFailed extends Error {
  override name = "ImportFailed";
  constructor(message: string, readonly committed: boolean, readonly resumeAfter: string | null) {
    super(message);
  }
}

const SOURCE_NAME: Record<TImportSource, string> = {
  nppes: "NPPES NPI Registry",
  dac: "CMS Doctors and Clinicians national file",
  "medicare-volume": "CMS Medicare Physician & Other Practitioners — by Provider and Service",
};

/** Marks a member as fully committed in the run's resume point. */
const DONE = "\u{10FFFF}";

type TStep = { entry: TInputEntry; header: THeader; reader: TReader<TKeyedRow>; after?: (w: TWriter) => Promise<void> };

/** Type-erases a reader so steps of different row types fit one list (each reader only sees its own rows). */
const erase = <R extends TKeyedRow>(r: TReader<R>): TReader<TKeyedRow> => r as unknown as TReader<TKeyedRow>;

async function planSteps(o: TRunImportOptions, entries: TInputEntry[], kind: "csv" | "zip"): Promise<{ steps: TStep[]; dateName: string }> {
  const header = async (e: TInputEntry) => peekHeader(await e.open());
  if (o.source === "nppes") {
    if (kind === "zip") {
      const { main, secondary } = nppesEntries(entries);
      if (!main) {
        throw new ImportRefused(`No npidata_pfile_….csv in this zip (found: ${entries.map((e) => e.name).join(", ") || "no CSV files"}). Nothing was written.`);
      }
      const steps: TStep[] = [{ entry: main, header: await header(main), reader: erase(nppesReader) }];
      if (secondary) steps.push({ entry: secondary, header: await header(secondary), reader: erase(nppesSecondaryReader), after: clearUnlistedSecondaries });
      for (const s of steps) s.reader.bind(s.header, () => false); // refuses a member with missing columns now
      return { steps, dateName: main.name };
    }
    const only = entries[0] as TInputEntry;
    const h = await header(only);
    const reader = matchesLayout(h, NPPES_SECONDARY_LAYOUT) ? erase(nppesSecondaryReader) : erase(nppesReader);
    reader.bind(h, () => false);
    return { steps: [{ entry: only, header: h, reader }], dateName: only.name };
  }
  let reader: TReader<TKeyedRow>;
  if (o.source === "dac") reader = erase(dacReader);
  else {
    const year = o.dataYear ?? dataYearFromName(path.basename(o.file)) ?? (entries[0] ? dataYearFromName(entries[0].name) : null);
    if (!year || year < 2000 || year > 2100) throw new ImportRefused(`Cannot tell the data year from "${path.basename(o.file)}": pass --year YYYY.`);
    reader = erase(medicareReader(year));
  }
  // In a zip, the member whose header fits (the publishers add data dictionaries and readmes next to the data).
  let chosen: { entry: TInputEntry; header: THeader } | undefined;
  let firstError: unknown;
  for (const e of entries) {
    const h = await header(e);
    try {
      reader.bind(h, () => false);
      chosen = { entry: e, header: h };
      break;
    } catch (err) {
      firstError ??= err;
    }
  }
  if (!chosen) throw firstError instanceof Error ? firstError : new ImportRefused("No CSV file in this zip. Nothing was written.");
  return { steps: [{ entry: chosen.entry, header: chosen.header, reader }], dateName: chosen.entry.name };
}

function resolveFileDate(o: TRunImportOptions, dateName: string): string {
  if (o.fileDate) return parseUsDate(o.fileDate) as string;
  const base = path.basename(o.file);
  const fromMember = fileDateFromName(dateName);
  const date = fromMember ?? fileDateFromName(base);
  if (!date) {
    throw new ImportRefused(`Cannot tell the file's date from "${base}"${dateName !== base ? ` or "${dateName}"` : ""}: pass --file-date YYYY-MM-DD (the publication date).`);
  }
  const month = monthFromName(base);
  if (month && !date.startsWith(month)) {
    throw new ImportRefused(`${base} names ${month} but its ${dateName} is dated ${date}: pass --file-date YYYY-MM-DD to say which is right.`);
  }
  return date;
}

export async function runImport(o: TRunImportOptions): Promise<TImportSummary> {
  const started = Date.now();
  const kind = SOURCE_KIND[o.source];
  const fileName = path.basename(o.file);
  const batchSize = o.batchSize ?? 2000;
  const dryRun = o.dryRun ?? false;
  const input = await openImportInput(o.file);
  const client = await o.pool.connect();
  const counts = emptyCounts();
  const rejections = new Rejections(o.rejectsFile ?? null);
  let applyMs = 0;
  let run: TRun | undefined;
  let locked = false;
  let lastResume: string | null = null;
  try {
    if (input.entries.length === 0) throw new ImportRefused(`${fileName} holds no CSV file. Nothing was written.`);
    const { steps, dateName } = await planSteps(o, input.entries, input.kind);
    const fileDate = resolveFileDate(o, dateName);
    const { fingerprint } = await fileFingerprint(o.file);
    await requireReferenceData(client);
    await takeImportLock(client);
    locked = true;
    if (dryRun) await client.query("BEGIN");
    run = await startRun(client, { kind, name: SOURCE_NAME[o.source], fileName, fileDate, fingerprint, dryRun });
    const resumedAfter = run.resume ? (run.resume.line > 0 ? `line ${run.resume.line}` : `NPI ${run.resume.key.split("|").at(-1)}`) : null;
    const ctx: TBatchContext = { client, runId: run.id, sourceId: run.sourceId, kind, fileDate };
    const totalBytes = steps.reduce((n, s) => n + s.entry.size, 0);
    let bytesBefore = 0;

    /** One transaction per batch, committing the resume point with the data it covers. */
    const commitBatch = async (write: () => Promise<void>, resume: { entry: string; key: string; line: number }) => {
      const t0 = Date.now();
      if (dryRun) await write();
      else {
        await client.query("BEGIN");
        try {
          await write();
          await saveResumePoint(client, ctx.runId, resume, counts);
          await client.query("COMMIT");
          lastResume = resume.line > 0 ? `line ${resume.line} of ${resume.entry}` : `NPI ${resume.key}`;
        } catch (e) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw e;
        }
      }
      applyMs += Date.now() - t0;
    };

    // Members before the one an interrupted run stopped in are done.
    const resumeAt = run.resume ? steps.findIndex((s) => s.entry.name === run?.resume?.entry) : -1;
    for (const [i, step] of steps.entries()) {
      const resume = i === resumeAt ? run.resume : null;
      if (i < resumeAt || resume?.key === DONE) {
        bytesBefore += step.entry.size;
        continue;
      }
      const known = await npisWithFacts(ctx);
      const w: TWriter = { ctx, counts, reject: (r) => rejections.add({ ...r, entry: step.entry.name }), geocoder: o.geocoder, isKnown: (n) => known.has(n) };
      const bound = step.reader.bind(step.header, w.isKnown);
      const progress = (bytesRead: number, phase: TProgress["phase"], done = false) =>
        o.onProgress?.({ phase, entry: step.entry.name, bytesRead: bytesBefore + bytesRead, totalBytes, rowsRead: counts.rowsRead,
          rowsKept: counts.rowsKept, elapsedMs: Date.now() - started, done });
      const rowsBefore = counts.rowsRead;
      let pending: TKeyedRow[] = [];
      const grouped = new Map<string, TKeyedRow>();
      const result = await streamRecords(await step.entry.open(), {
        resumeAfterLine: step.reader.mode === "stream" ? resume?.line ?? 0 : 0,
        onHeader: () => undefined,
        prefilter: bound.prefilter,
        onRecord: (fields, line) => {
          const m = bound.map(fields, line);
          if ("reject" in m) w.reject({ line, npi: m.npi, reason: m.reject });
          else if ("row" in m) {
            counts.rowsKept++;
            if (step.reader.mode === "stream") pending.push(m.row);
            else {
              const prev = grouped.get(m.row.key);
              grouped.set(m.row.key, prev && step.reader.merge ? step.reader.merge(prev, m.row) : m.row);
            }
          }
        },
        onMalformed: (line, reason) => w.reject({ line, npi: null, reason }),
        onChunk: async (s) => {
          counts.rowsRead = rowsBefore + s.rowsRead;
          // Rows are in file order, so a committed slice ending at line L means every record up to L is done.
          while (pending.length >= batchSize) {
            const rows = pending.length < 2 * batchSize ? pending : pending.slice(0, batchSize);
            pending = rows === pending ? [] : pending.slice(batchSize);
            const line = pending.length ? (rows[rows.length - 1] as TKeyedRow).line : s.lastLine;
            await commitBatch(() => step.reader.write(w, rows), { entry: step.entry.name, key: "", line });
            for (const r of rows) if ("npi" in r && typeof r.npi === "string") known.add(r.npi);
          }
          progress(s.bytesRead, "reading");
        },
      });
      counts.rowsRead = rowsBefore + result.rowsRead;
      if (step.reader.mode === "stream") {
        const rows = pending;
        pending = [];
        await commitBatch(async () => {
          if (rows.length) await step.reader.write(w, rows);
        }, { entry: step.entry.name, key: "", line: result.lastLine });
      } else {
        const keys = [...grouped.keys()].filter((k) => !resume || k > resume.key).sort();
        for (let b = 0; b < keys.length; b += batchSize) {
          const part = keys.slice(b, b + batchSize);
          await commitBatch(() => step.reader.write(w, part.map((k) => grouped.get(k) as TKeyedRow)), { entry: step.entry.name, key: part.at(-1) as string, line: 0 });
          progress(result.bytesRead, "writing");
        }
      }
      await commitBatch(async () => {
        await step.after?.(w);
      }, { entry: step.entry.name, key: DONE, line: 0 });
      bytesBefore += step.entry.size;
      progress(0, "reading", i === steps.length - 1);
    }
    await commitBatch(async () => {
      counts.removed += await removeOrphanLocations(ctx);
      await removeOrphanOrganizations(ctx);
    }, { entry: DONE, key: DONE, line: 0 });

    if (dryRun) {
      await client.query("ROLLBACK");
    } else {
      await finishRun(client, ctx.runId, counts);
      await client.query("ANALYZE physician, location, practitioner_role, procedure_volume, import_row_state");
    }
    const elapsedMs = Date.now() - started;
    const rejectsFile = await rejections.close();
    return {
      source: o.source, fileName, fileDate, dryRun, resumedAfter, counts: { ...counts, rejected: rejections.count },
      rejections: rejections.kept, rejectionsByReason: rejections.byReason, rejectsFile, elapsedMs,
      readFilterRowsPerSec: counts.rowsRead / Math.max((elapsedMs - applyMs) / 1000, 0.001),
      members: input.kind === "zip" ? input.entries.map((e) => e.name) : [],
    };
  } catch (e) {
    await rejections.close().catch(() => undefined);
    if (dryRun) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    }
    if (e instanceof ImportRefused && !run) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const committed = run ? await failRun(client, run, message, counts).catch(() => false) : false;
    throw new ImportFailed(message, committed, committed ? lastResume : null);
  } finally {
    if (locked) await releaseImportLock(client).catch(() => undefined);
    client.release();
    await input.close().catch(() => undefined);
    if (dryRun && run?.createdSource) {
      // Nothing of a dry run is kept (its data source was rolled back with it).
      await removeUnusedSource(o.pool, run.sourceId).catch(() => undefined);
    }
  }
}
