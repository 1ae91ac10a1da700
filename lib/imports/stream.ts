// Reads a CSV (a file or a zip member) as a stream of records: header first, then a cheap byte filter, then
// csv-parse for the kept rows.
import type { Readable } from "node:stream";
import { parseRecord, parseRecords } from "@/lib/imports/csv";
import { ImportRefused, readHeader, type THeader } from "@/lib/imports/layouts";
import { RecordFramer, type TRawRecord } from "@/lib/imports/records";

export type TStreamHandlers = {
  /** records starting on or before this line were committed by an earlier run of the same file */
  resumeAfterLine: number;
  /** may throw (ImportRefused) to stop before any row is read */
  onHeader(header: THeader): void;
  /** cheap test on raw bytes; false drops the row without parsing it */
  prefilter(r: TRawRecord): boolean;
  onRecord(fields: string[], line: number): void;
  onMalformed(line: number, reason: string): void;
  /** after each chunk: flush batches here (awaited, so the stream pauses while the database writes) */
  onChunk(state: { bytesRead: number; rowsRead: number; lastLine: number }): Promise<void>;
};

export async function streamRecords(
  input: Readable,
  h: TStreamHandlers,
): Promise<{ rowsRead: number; lastLine: number; bytesRead: number }> {
  let header: THeader | undefined;
  let rowsRead = 0;
  let lastLine = 0;
  let bytesRead = 0;
  const framer = new RecordFramer((r) => {
    if (!header) {
      header = readHeader(parseRecord(r));
      h.onHeader(header);
      return;
    }
    rowsRead++;
    lastLine = r.line;
    if (r.line <= h.resumeAfterLine || !h.prefilter(r)) return;
    // Copied: the chunk buffer is reused once this callback returns.
    kept.push({ buf: Buffer.from(r.buf.subarray(r.start, r.end)), start: 0, end: r.end - r.start, line: r.line });
  });
  let kept: TRawRecord[] = [];
  const drainKept = () => {
    const batch = kept;
    kept = [];
    parseRecords(batch).forEach((p, i) => {
      const line = (batch[i] as TRawRecord).line;
      if ("fields" in p) h.onRecord(p.fields, line);
      else h.onMalformed(line, `malformed CSV: ${p.error}`);
    });
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    framer.push(chunk);
    drainKept();
    await h.onChunk({ bytesRead, rowsRead, lastLine });
  }
  framer.end();
  drainKept();
  if (!header) throw new ImportRefused("The file is empty: no header row.");
  await h.onChunk({ bytesRead, rowsRead, lastLine });
  return { rowsRead, lastLine, bytesRead };
}

/** The header row alone (the stream is closed after it), so a file can be refused before anything is written. */
export async function peekHeader(input: Readable): Promise<THeader> {
  let header: THeader | undefined;
  const framer = new RecordFramer((r) => {
    header ??= readHeader(parseRecord(r));
  });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      framer.push(chunk);
      if (header) return header;
    }
    framer.end();
  } finally {
    input.destroy();
  }
  if (!header) throw new ImportRefused("The file is empty: no header row.");
  return header;
}
