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
      const rows = parse(Buffer.concat(parts), { relax_column_count: true }) as string[][];
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

/** Header name -> column index, case- and space-insensitive (CMS has shipped both "ZIP Code" and "zip_code"). */
export type THeader = { names: string[]; index: Map<string, number> };

export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, " ");
}

export function readHeader(fields: string[]): THeader {
  const index = new Map<string, number>();
  fields.forEach((f, i) => {
    const k = headerKey(f);
    if (!index.has(k)) index.set(k, i);
  });
  return { names: fields, index };
}

/** Column indexes for the names a layout needs; lists every missing required name at once. */
export function resolveColumns<K extends string>(
  header: THeader,
  required: Record<K, string>,
  what: string,
): Record<K, number> {
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [key, name] of Object.entries(required) as Array<[K, string]>) {
    const i = header.index.get(headerKey(name));
    if (i === undefined) missing.push(name);
    else out[key] = i;
  }
  if (missing.length) throw new Error(`This does not look like ${what}: missing column(s) ${missing.map((m) => `"${m}"`).join(", ")}`);
  return out;
}

export function optionalColumn(header: THeader, name: string): number | undefined {
  return header.index.get(headerKey(name));
}
