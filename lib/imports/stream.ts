// Reads a CSV file as a stream of records: header first, then a cheap byte filter, then csv-parse for kept rows.
import { createReadStream } from "node:fs";
import { parseRecord, readHeader, type THeader } from "@/lib/imports/csv";
import { RecordFramer, type TRawRecord } from "@/lib/imports/records";

export type TStreamHandlers = {
  /** records starting on or before this line were committed by an earlier run of the same file */
  resumeAfterLine: number;
  onHeader(header: THeader): void;
  /** cheap test on raw bytes; false drops the row without parsing it */
  prefilter(r: TRawRecord): boolean;
  onRecord(fields: string[], line: number): void;
  onMalformed(line: number, reason: string): void;
  /** after each chunk: flush batches here (awaited, so the stream pauses while the database writes) */
  onChunk(state: { bytesRead: number; rowsRead: number; lastLine: number }): Promise<void>;
};

export async function streamRecords(file: string, h: TStreamHandlers): Promise<{ rowsRead: number; lastLine: number; bytesRead: number }> {
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
    let fields: string[];
    try {
      fields = parseRecord(r);
    } catch (e) {
      h.onMalformed(r.line, `malformed CSV: ${(e as Error).message}`);
      return;
    }
    h.onRecord(fields, r.line);
  });
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    framer.push(chunk);
    await h.onChunk({ bytesRead, rowsRead, lastLine });
  }
  framer.end();
  if (!header) throw new Error("The file is empty: no header row.");
  await h.onChunk({ bytesRead, rowsRead, lastLine });
  return { rowsRead, lastLine, bytesRead };
}
