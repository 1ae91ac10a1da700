// The shape every source file follows, so adding a source is one file: a layout (columns by name), a cheap byte
// prefilter, a pure row mapper, and a writer that stores facts and re-derives the directory for what changed.
import type { TGeocoder } from "@/lib/imports/geocode";
import type { THeader } from "@/lib/imports/layouts";
import type { TRawRecord } from "@/lib/imports/records";
import type { TBatchContext, TImportCounts, TRejection } from "@/lib/imports/types";

/** A mapped row: kept (with the key its fact is stored under), rejected with a reason, or of no interest. */
export type TMapped<R> = { row: R } | { reject: string; npi: string | null } | { skip: true };

export type TKeyedRow = { key: string; line: number };

export type TWriter = {
  ctx: TBatchContext;
  counts: TImportCounts;
  reject(r: TRejection): void;
  geocoder: TGeocoder | undefined;
  /** NPIs in the directory or on file with any source */
  isKnown(npi: string): boolean;
};

export type TReader<R extends TKeyedRow> = {
  /** "an NPPES NPI file": used in messages */
  what: string;
  /**
   * stream: rows are written in file order as batches fill (resumable by line); grouped: rows sharing a key are
   * merged and written in key order once the whole file is read (resumable by key) — for files that list one
   * NPI on many rows (a fact is everything the file says about the NPI).
   */
  mode: "stream" | "grouped";
  /** Resolves the columns (throws ImportRefused when one is missing) and returns the per-row functions. */
  bind(
    header: THeader,
    isKnown: (npi: string) => boolean,
  ): {
    prefilter(r: TRawRecord): boolean;
    map(fields: string[], line: number): TMapped<R>;
  };
  /** grouped mode: folds a row into the one already kept for its key */
  merge?(into: R, row: R): R;
  /** Writes one batch inside the caller's transaction. */
  write(w: TWriter, rows: R[]): Promise<void>;
};

/** Common row checks: the column count matches the header, and the NPI is ten digits with a valid check digit. */
export function expectWidth(f: string[], width: number): string | null {
  return f.length === width ? null : `expected ${width} columns, found ${f.length}`;
}
