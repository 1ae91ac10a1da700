// Medicare volumes in plain words: "about 120 kyphoplasty procedures billed to Medicare in 2023", one line per
// procedure for the latest year, with the caveats beside them. The per-code chart stays below, folded.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { TPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { localizedName } from "@/lib/procedures/localize";

type TRow = TPhysicianProfile["volumes"]["rows"][number];

/** "Kyphoplasty (balloon vertebral augmentation)" -> "kyphoplasty"; "TACE (…)" stays "TACE". */
export function plainProcedureName(name: string): string {
  const short = name.replace(/\s*\(.+\)$/, "");
  return /^[A-Z][A-Z0-9-]/.test(short) ? short : short.charAt(0).toLowerCase() + short.slice(1);
}

export function volumeLines(rows: TRow[], locale: TLocale = "en"): string[] {
  const t = translator(locale);
  const latest = Math.max(...rows.map((r) => r.year));
  const byProc = new Map<string, { what: string; services: number; suppressed: boolean }>();
  for (const r of rows.filter((x) => x.year === latest)) {
    const what = r.procedure
      ? plainProcedureName(localizedName("procedure", r.procedure.slug, r.procedure.name, locale))
      : t("Volume.other", { code: r.hcpcsCode });
    const cur = byProc.get(what) ?? { what, services: 0, suppressed: false };
    cur.services += r.services ?? 0;
    cur.suppressed ||= r.suppressed;
    byProc.set(what, cur);
  }
  return [...byProc.values()].map((v) =>
    v.services === 0
      ? t("Volume.few", { what: v.what, year: latest })
      : `${t("Volume.line", { count: v.services, what: v.what, year: latest })}${v.suppressed ? t("Volume.plus") : ""}`,
  );
}

export function VolumeSummary({ rows, locale = "en" }: { rows: TRow[]; locale?: TLocale }) {
  if (!rows.length) return null;
  return (
    <ul className="volume-summary">
      {volumeLines(rows, locale).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
