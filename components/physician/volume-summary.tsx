// Medicare volumes in plain words: "about 120 kyphoplasty procedures billed to Medicare in 2023", one line per
// procedure for the latest year, with the caveats beside them. The per-code chart stays below, folded.
import type { TPhysicianProfile } from "@/lib/physicians/get-physician-profile";

type TRow = TPhysicianProfile["volumes"]["rows"][number];

const TEXT = {
  line: (n: number, what: string, year: number) => `About ${n.toLocaleString("en-US")} ${what} procedures billed to Medicare in ${year}`,
  few: (what: string, year: number) =>
    `Fewer than 11 ${what} procedures billed to Medicare in ${year} (CMS does not publish smaller counts)`,
  plus: " (more not counted: CMS hides counts under 11)",
  other: "other",
};

/** "Kyphoplasty (balloon vertebral augmentation)" -> "kyphoplasty"; "TACE (…)" stays "TACE". */
export function plainProcedureName(name: string): string {
  const short = name.replace(/\s*\(.+\)$/, "");
  return /^[A-Z][A-Z0-9-]/.test(short) ? short : short.charAt(0).toLowerCase() + short.slice(1);
}

export function volumeLines(rows: TRow[]): string[] {
  const latest = Math.max(...rows.map((r) => r.year));
  const byProc = new Map<string, { what: string; services: number; suppressed: boolean }>();
  for (const r of rows.filter((x) => x.year === latest)) {
    const what = r.procedure ? plainProcedureName(r.procedure.name) : `${TEXT.other} (code ${r.hcpcsCode})`;
    const cur = byProc.get(what) ?? { what, services: 0, suppressed: false };
    cur.services += r.services ?? 0;
    cur.suppressed ||= r.suppressed;
    byProc.set(what, cur);
  }
  return [...byProc.values()].map((v) =>
    v.services === 0 ? TEXT.few(v.what, latest) : `${TEXT.line(v.services, v.what, latest)}${v.suppressed ? TEXT.plus : ""}`,
  );
}

export function VolumeSummary({ rows }: { rows: TRow[] }) {
  if (!rows.length) return null;
  return (
    <ul className="volume-summary">
      {volumeLines(rows).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
