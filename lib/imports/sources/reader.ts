// The shape every source file follows, so adding a source is one file: a layout (columns by name), a cheap byte
// prefilter, a pure row mapper, and a writer that stores facts and re-derives the directory for what changed.
import type { TGeocoder } from "@/lib/imports/geocode";
import type { THeader } from "@/lib/imports/layouts";
import type { TRawRecord } from "@/lib/imports/records";
import type { TBatchContext, TImportCounts, TRejection } from "@/lib/imports/types";
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";

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

function expectWidth(f: string[], width: number): string | null {
  return f.length === width ? null : `expected ${width} columns, found ${f.length}`;
}

/** Reads a row's fields by column index, trimmed; a column the layout leaves out reads as blank. */
export type TFieldGetter = (column: number | undefined) => string;

/**
 * The checks every source's rows start with: the column count matches the header, and the NPI column holds ten
 * digits with a valid check digit. Returns the row's field getter and NPI, or the rejection (keeping the NPI when it
 * is at least well formed, so the rejects CSV can name it). `npiLabel` is the column's name in the publisher's terms.
 */
export function startRow(
  f: string[],
  width: number,
  npiColumn: number,
  npiLabel = "NPI",
): { get: TFieldGetter; npi: string } | { reject: string; npi: string | null } {
  const get: TFieldGetter = (i) => (i === undefined ? "" : (f[i] ?? "").trim());
  const npi = get(npiColumn);
  const tenDigits = /^\d{10}$/.test(npi);
  const bad = expectWidth(f, width);
  if (bad) return { reject: bad, npi: tenDigits ? npi : null };
  if (!tenDigits) return { reject: `${npiLabel} "${npi}" is not ten digits`, npi: null };
  if (!hasValidNpiCheckDigit(npi)) return { reject: `${npiLabel} ${npi} fails the check digit`, npi };
  return { get, npi };
}
