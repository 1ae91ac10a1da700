// Splits a CSV byte stream into raw records (quote-aware, so quoted newlines stay inside a record) with line numbers.
// Only records that survive a cheap byte-level filter are handed to csv-parse, which keeps 8M-row files fast.

const QUOTE = 34;
const LF = 10;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** A raw record: bytes [start, end) of buf (no line ending), starting on physical line `line` (1-based). */
export type TRawRecord = { buf: Buffer; start: number; end: number; line: number };

/**
 * Feeds chunks in, calls `emit` once per record. Byte-level quote tracking is enough to find record ends:
 * an escaped quote ("") flips the state twice, so a newline ends a record exactly when the quotes seen are balanced.
 */
export class RecordFramer {
  private carry: Buffer | null = null;
  private inQuotes = false;
  private line = 1;
  private recordLine = 1;
  private first = true;

  constructor(private readonly emit: (r: TRawRecord) => void) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    let scanFrom = 0;
    if (this.carry) {
      scanFrom = this.carry.length;
      buf = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    let start = 0;
    let q = this.inQuotes;
    const len = buf.length;
    for (let i = scanFrom; i < len; i++) {
      const c = buf[i];
      if (c === QUOTE) q = !q;
      else if (c === LF) {
        if (q) {
          this.line++;
          continue;
        }
        this.emitRecord(buf, start, i);
        this.line++;
        this.recordLine = this.line;
        start = i + 1;
      }
    }
    this.inQuotes = q;
    if (start < len) {
      // Copy, so a small leftover does not pin the whole chunk in memory.
      this.carry = Buffer.from(buf.subarray(start));
      if (this.carry.length > MAX_RECORD_BYTES) {
        throw new Error(`Unterminated quoted field: the record starting on line ${this.recordLine} runs past ${MAX_RECORD_BYTES} bytes`);
      }
    }
  }

  end(): void {
    if (this.carry && this.carry.length > 0) this.emitRecord(this.carry, 0, this.carry.length);
    this.carry = null;
  }

  private emitRecord(buf: Buffer, start: number, end: number): void {
    let s = start;
    if (this.first) {
      // A UTF-8 byte-order mark before the header (checked here, where the whole first record is in hand).
      this.first = false;
      if (end - s >= 3 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
    }
    let e = end;
    if (e > s && buf[e - 1] === 13) e--; // CRLF
    if (e === s) return; // blank line
    this.emit({ buf, start: s, end: e, line: this.recordLine });
  }
}

/** The first field's ten digits when it looks like an NPI ("1234567893" or 1234567893), else null. No allocation on misses. */
export function leadingNpi(r: TRawRecord): string | null {
  let i = r.start;
  if (r.buf[i] === QUOTE) i++;
  if (i + 10 > r.end) return null;
  for (let k = 0; k < 10; k++) {
    const c = r.buf[i + k] as number;
    if (c < 48 || c > 57) return null;
  }
  const after = r.buf[i + 10];
  if (i + 10 < r.end && after !== QUOTE && after !== 44) return null;
  return r.buf.toString("latin1", i, i + 10);
}

/** True when the record's bytes contain `needle`. */
export function recordContains(r: TRawRecord, needle: Buffer): boolean {
  return r.buf.subarray(r.start, r.end).indexOf(needle) !== -1;
}
