// Shared shapes of an import run: sources, counts, rejections and progress events.
import type pg from "pg";

export type TImportSource = "nppes" | "dac" | "medicare-volume";
export type TSourceKind = "NPPES" | "CMS_DAC" | "CMS_MEDICARE_VOLUME";

export const SOURCE_KIND: Record<TImportSource, TSourceKind> = {
  nppes: "NPPES",
  dac: "CMS_DAC",
  "medicare-volume": "CMS_MEDICARE_VOLUME",
};

export type TQueryable = Pick<pg.PoolClient, "query">;

export type TRejection = { line: number; reason: string };

export type TImportCounts = {
  rowsRead: number;
  rowsKept: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** unchanged content re-confirmed by a newer file (last-confirmed date moved forward) */
  confirmed: number;
  deactivated: number;
  reactivated: number;
  /** locations, roles or procedures that a newer full file no longer lists */
  removed: number;
  rejected: number;
};

export const emptyCounts = (): TImportCounts => ({
  rowsRead: 0, rowsKept: 0, inserted: 0, updated: 0, unchanged: 0, confirmed: 0, deactivated: 0, reactivated: 0,
  removed: 0, rejected: 0,
});

export type TProgress = {
  phase: "reading" | "writing";
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  rowsKept: number;
  elapsedMs: number;
  done: boolean;
};

/** What every batch writer gets: the transaction's client and the run it belongs to. */
export type TBatchContext = {
  client: TQueryable;
  runId: number;
  sourceId: number;
  kind: TSourceKind;
  fileDate: string;
};
