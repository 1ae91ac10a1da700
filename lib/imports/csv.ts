// Field-level CSV parsing with csv-parse (quoted commas, quotes and newlines) for the records the importers keep.
import { parse } from "csv-parse/sync";
import type { TRawRecord } from "@/lib/imports/records";

/** Parses one raw record into its fields; throws with csv-parse's message when the quoting is broken. */
export function parseRecord(r: TRawRecord): string[] {
  const rows = parse(r.buf.subarray(r.start, r.end), { relax_column_count: true }) as string[][];
  const row = rows[0];
  if (rows.length !== 1 || !row) throw new Error(`expected one record, found ${rows.length}`);
  return row;
}

const NEWLINE = Buffer.from("\n");

/**
 * Parses many raw records in one csv-parse call (a call costs ~0.5 ms of set-up, far more than a record), falling
 * back to one call per record when the batch does not come back one-to-one, so one broken record is isolated.
 */
export function parseRecords(records: TRawRecord[]): Array<{ fields: string[] } | { error: string }> {
  if (records.length === 0) return [];
  if (records.length > 1) {
    const parts: Buffer[] = [];
    for (const r of records) parts.push(r.buf.subarray(r.start, r.end), NEWLINE);
    try {
      const rows = parse(Buffer.concat(parts), { relax_column_count: true, record_delimiter: "\n" }) as string[][];
      if (rows.length === records.length) return rows.map((fields) => ({ fields }));
    } catch {
      // fall through to one record at a time
    }
  }
  return records.map((r) => {
    try {
      return { fields: parseRecord(r) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  });
}
