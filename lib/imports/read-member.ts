// Reads one member of the input through its reader: streams and prefilters the records, maps the kept ones, and
// hands them to the reader's writer in batches, each committed with its resume point.
import type { TStep } from "@/lib/imports/plan";
import type { TKeyedRow, TWriter } from "@/lib/imports/sources/reader";
import { streamRecords } from "@/lib/imports/stream";
import type { TProgress } from "@/lib/imports/types";

export type TResumePoint = { entry: string; key: string; line: number };

export type TReadMemberArgs = {
  w: TWriter;
  /** NPIs on file; grows as batches commit, so later rows of the same file see earlier ones */
  known: Set<string>;
  batchSize: number;
  /** where an interrupted run of this member stopped */
  resume: TResumePoint | null;
  /** runs `write` in one transaction together with the resume point it reaches */
  commit(write: () => Promise<void>, resume: TResumePoint): Promise<void>;
  progress(bytesRead: number, phase: TProgress["phase"]): void;
};

export async function readMember(step: TStep, a: TReadMemberArgs): Promise<void> {
  const { w, known, batchSize, resume } = a;
  const { counts } = w;
  const bound = step.reader.bind(step.header, w.isKnown);
  const rowsBefore = counts.rowsRead;
  let pending: TKeyedRow[] = [];
  const grouped = new Map<string, TKeyedRow>();
  const result = await streamRecords(await step.entry.open(), {
    resumeAfterLine: step.reader.mode === "stream" ? (resume?.line ?? 0) : 0,
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
        await a.commit(() => step.reader.write(w, rows), { entry: step.entry.name, key: "", line });
        for (const r of rows) if ("npi" in r && typeof r.npi === "string") known.add(r.npi);
      }
      a.progress(s.bytesRead, "reading");
    },
  });
  counts.rowsRead = rowsBefore + result.rowsRead;
  if (step.reader.mode === "stream") {
    const rows = pending;
    pending = [];
    await a.commit(
      async () => {
        if (rows.length) await step.reader.write(w, rows);
      },
      { entry: step.entry.name, key: "", line: result.lastLine },
    );
    return;
  }
  // Grouped files: every row of a key is in hand; write in key order so a resume can skip what is done.
  const keys = [...grouped.keys()].filter((k) => !resume || k > resume.key).sort();
  for (let b = 0; b < keys.length; b += batchSize) {
    const part = keys.slice(b, b + batchSize);
    await a.commit(
      () =>
        step.reader.write(
          w,
          part.map((k) => grouped.get(k) as TKeyedRow),
        ),
      { entry: step.entry.name, key: part.at(-1) as string, line: 0 },
    );
    a.progress(result.bytesRead, "writing");
  }
}
