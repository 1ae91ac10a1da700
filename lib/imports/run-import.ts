// Runs one import end to end: opens the file (CSV or zip), plans which reader reads which member (refusing a bad
// file before writing), takes the lock and the run record, reads each member in committed batches, and reports.
import path from "node:path";
import type pg from "pg";
import {
  dataYearFromName,
  failRun,
  fileDateFromName,
  fileFingerprint,
  finishRun,
  releaseImportLock,
  removeUnusedSource,
  requireReferenceData,
  saveResumePoint,
  startRun,
  takeImportLock,
  type TRun,
} from "@/lib/imports/bookkeeping";
import { npisWithFacts } from "@/lib/imports/facts";
import type { TGeocoder } from "@/lib/imports/geocode";
import { openImportInput } from "@/lib/imports/input";
import { ImportRefused } from "@/lib/imports/layouts";
import { removeOrphanLocations } from "@/lib/imports/locations";
import { removeOrphanOrganizations } from "@/lib/imports/organizations";
import { planSteps, resolveFileDate } from "@/lib/imports/plan";
import type { TImportSummary } from "@/lib/imports/progress";
import { readMember } from "@/lib/imports/read-member";
import { Rejections } from "@/lib/imports/rejects";
import type { TWriter } from "@/lib/imports/sources/reader";
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
  constructor(
    message: string,
    readonly committed: boolean,
    readonly resumeAfter: string | null,
  ) {
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
      const w: TWriter = {
        ctx,
        counts,
        reject: (r) => rejections.add({ ...r, entry: step.entry.name }),
        geocoder: o.geocoder,
        isKnown: (n) => known.has(n),
      };
      await readMember(step, {
        w,
        known,
        batchSize,
        resume,
        commit: commitBatch,
        progress: (bytesRead, phase) =>
          o.onProgress?.({
            phase,
            entry: step.entry.name,
            bytesRead: bytesBefore + bytesRead,
            totalBytes,
            rowsRead: counts.rowsRead,
            rowsKept: counts.rowsKept,
            elapsedMs: Date.now() - started,
            done: false,
          }),
      });
      await commitBatch(
        async () => {
          await step.after?.(w);
        },
        { entry: step.entry.name, key: DONE, line: 0 },
      );
      bytesBefore += step.entry.size;
      o.onProgress?.({
        phase: "reading",
        entry: step.entry.name,
        bytesRead: bytesBefore,
        totalBytes,
        rowsRead: counts.rowsRead,
        rowsKept: counts.rowsKept,
        elapsedMs: Date.now() - started,
        done: i === steps.length - 1,
      });
    }
    await commitBatch(
      async () => {
        counts.removed += await removeOrphanLocations(ctx);
        await removeOrphanOrganizations(ctx);
      },
      { entry: DONE, key: DONE, line: 0 },
    );

    if (dryRun) {
      await client.query("ROLLBACK");
    } else {
      await finishRun(client, ctx.runId, counts);
      await client.query("ANALYZE physician, location, practitioner_role, procedure_volume, import_row_state");
    }
    const elapsedMs = Date.now() - started;
    const rejectsFile = await rejections.close();
    return {
      source: o.source,
      fileName,
      fileDate,
      dryRun,
      resumedAfter,
      counts: { ...counts, rejected: rejections.count },
      rejections: rejections.kept,
      rejectionsByReason: rejections.byReason,
      rejectsFile,
      elapsedMs,
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
