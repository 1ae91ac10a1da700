// Shared shapes of an import run: sources, counts, rejections and progress events.
import type pg from "pg";

export type TImportSource = "nppes" | "dac" | "medicare-volume";
export type TSourceKind = "NPPES" | "CMS_DAC" | "CMS_MEDICARE_VOLUME" | "DEMO" | "CLINIC_EDIT" | "MODERATOR";

export const SOURCE_KIND: Record<TImportSource, TSourceKind> = {
  nppes: "NPPES",
  dac: "CMS_DAC",
  "medicare-volume": "CMS_MEDICARE_VOLUME",
};

export type TQueryable = Pick<pg.PoolClient, "query">;

export type TRejection = { line: number; npi: string | null; reason: string; entry?: string };

export type TImportCounts = {
  rowsRead: number;
  rowsKept: number;
  /** facts: first seen */
  inserted: number;
  /** facts: content changed */
  updated: number;
  /** facts: same file (or same content on the same date) again */
  unchanged: number;
  /** facts: same content re-confirmed by a newer file */
  confirmed: number;
  /** facts: this file is older than what is on record, so it changed nothing */
  older: number;
  physiciansAdded: number;
  physiciansUpdated: number;
  deactivated: number;
  /** no longer meeting the IR rule in a newer file: out of search, kept with the reason */
  demoted: number;
  reactivated: number;
  rolesAdded: number;
  /** roles a newer file no longer lists, and imported locations left without a role */
  removed: number;
  rejected: number;
};

export const emptyCounts = (): TImportCounts => ({
  rowsRead: 0,
  rowsKept: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  confirmed: 0,
  older: 0,
  physiciansAdded: 0,
  physiciansUpdated: 0,
  deactivated: 0,
  demoted: 0,
  reactivated: 0,
  rolesAdded: 0,
  removed: 0,
  rejected: 0,
});

export type TProgress = {
  phase: "reading" | "writing";
  entry: string;
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
