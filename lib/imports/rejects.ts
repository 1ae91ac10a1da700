// Rejected rows: counted by reason for the summary, the first ones kept for it, and every one written to a CSV
// (line, NPI, file, reason) that an operator can open next to the summary.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { TRejection } from "@/lib/imports/types";

const MAX_KEPT = 1000;

/** Groups "NPI 123 fails the check digit" and "NPI 456 fails…" under one reason: digits and quoted values blanked. */
export function reasonKey(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N");
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export class Rejections {
  readonly kept: TRejection[] = [];
  readonly byReason: Record<string, number> = {};
  count = 0;
  private out: WriteStream | null = null;

  constructor(readonly csvPath: string | null) {
    if (csvPath) {
      this.out = createWriteStream(csvPath);
      this.out.write("line,npi,file,reason\n");
    }
  }

  add(r: TRejection): void {
    this.count++;
    const k = reasonKey(r.reason);
    this.byReason[k] = (this.byReason[k] ?? 0) + 1;
    if (this.kept.length < MAX_KEPT) this.kept.push(r);
    this.out?.write(`${r.line},${r.npi ?? ""},${csvField(r.entry ?? "")},${csvField(r.reason)}\n`);
  }

  /** Flushes the CSV; returns its path when any row was rejected (an empty file is removed). */
  async close(): Promise<string | null> {
    if (!this.out) return null;
    this.out.end();
    await once(this.out, "finish");
    if (this.count === 0 && this.csvPath) {
      const { rm } = await import("node:fs/promises");
      await rm(this.csvPath, { force: true });
      return null;
    }
    return this.csvPath;
  }
}
