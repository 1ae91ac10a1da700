// Renders import progress (a bar with rows read, kept, rows/s and ETA) and the final summary for a terminal.
import { reasonKey } from "@/lib/imports/rejects";
import type { TImportCounts, TProgress, TRejection } from "@/lib/imports/types";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** One line: "[#####-----]  50% 1,000 rows read · 10 kept · 52,000 rows/s · ETA 0:04". */
export function formatProgress(p: TProgress, width = 24): string {
  const frac = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  const filled = Math.round(frac * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const rate = p.rowsRead / Math.max(p.elapsedMs / 1000, 0.001);
  const eta = frac > 0 && !p.done ? duration((p.elapsedMs / frac) * (1 - frac)) : p.done ? "done" : "?";
  const pct = `${String(Math.floor(frac * 100)).padStart(3)}%`;
  const phase = `${p.entry ? ` · ${p.entry}` : ""}${p.phase === "writing" ? " · writing" : ""}`;
  return `${bar} ${pct} ${fmt(p.rowsRead)} rows read · ${fmt(p.rowsKept)} kept · ${fmt(rate)} rows/s · ETA ${eta}${phase}`;
}

/**
 * A progress sink for a stream: redraws one line in place on a terminal, or prints a line every few seconds
 * (log files and CI), always ending with the final figures.
 */
export function progressPrinter(out: NodeJS.WritableStream & { isTTY?: boolean }, opts: { intervalMs?: number } = {}) {
  const interval = opts.intervalMs ?? (out.isTTY ? 200 : 5000);
  let last = -Infinity;
  return (p: TProgress) => {
    const now = Date.now();
    if (!p.done && now - last < interval) return;
    last = now;
    const line = formatProgress(p);
    if (out.isTTY) out.write(`\r${line}\x1b[K${p.done ? "\n" : ""}`);
    else out.write(`${line}\n`);
  };
}

export type TImportSummary = {
  source: string;
  fileName: string;
  fileDate: string;
  dryRun: boolean;
  /** "line 1234" or "NPI 1234567893" when this run continued an interrupted one */
  resumedAfter: string | null;
  counts: TImportCounts;
  rejections: TRejection[];
  rejectionsByReason: Record<string, number>;
  /** the CSV holding every rejected row, when rows were rejected and a path was given */
  rejectsFile: string | null;
  /** the CSV members read from a zip */
  members: string[];
  elapsedMs: number;
  readFilterRowsPerSec: number;
};

/** The end-of-run report: what the file said (facts), what changed in the directory, then rejections by reason. */
export function formatSummary(s: TImportSummary, maxLines = 20): string {
  const c = s.counts;
  const lines = [
    `${s.dryRun ? "DRY RUN (nothing written): " : ""}${s.source} ${s.fileName} (file date ${s.fileDate})` +
      (s.resumedAfter !== null ? `, resumed after ${s.resumedAfter}` : ""),
    ...(s.members.length ? [`  zip members   ${s.members.join(", ")}`] : []),
    `  rows read     ${fmt(c.rowsRead)}  (${fmt(s.readFilterRowsPerSec)} rows/s read-and-filter, ${duration(s.elapsedMs)} total)`,
    `  rows kept     ${fmt(c.rowsKept)}`,
    `  records       ${fmt(c.inserted)} new, ${fmt(c.updated)} changed, ${fmt(c.confirmed)} re-confirmed, ${fmt(c.unchanged)} unchanged` +
      (c.older ? `, ${fmt(c.older)} older than what is on file (ignored)` : ""),
    `  physicians    ${fmt(c.physiciansAdded)} added, ${fmt(c.physiciansUpdated)} updated, ${fmt(c.deactivated)} deactivated, ` +
      `${fmt(c.demoted)} no longer IR, ${fmt(c.reactivated)} back in search`,
    `  locations     ${fmt(c.rolesAdded)} roles added, ${fmt(c.removed)} removed`,
    `  rejected      ${fmt(c.rejected)}${s.rejectsFile ? ` (all rows: ${s.rejectsFile})` : ""}`,
  ];
  const reasons = Object.entries(s.rejectionsByReason).sort((a, b) => b[1] - a[1]);
  for (const [reason, n] of reasons) {
    const at = s.rejections
      .filter((r) => reasonKey(r.reason) === reason)
      .slice(0, 5)
      .map((r) => r.line);
    lines.push(`    ${fmt(n)} × ${reason}${at.length ? ` (line ${at.join(", ")}${n > at.length ? ", …" : ""})` : ""}`);
  }
  const shown = s.rejections.slice(0, maxLines);
  if (shown.length) {
    lines.push("  first rejected rows:");
    for (const r of shown) lines.push(`    line ${r.line}${r.entry && s.members.length ? ` of ${r.entry}` : ""}: ${r.reason}`);
  }
  return lines.join("\n");
}
