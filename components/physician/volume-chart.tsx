// Medicare procedure volumes as a small bar chart with honest labels: Part B only, the year, and CMS's hiding of
// counts under 11. Plain HTML (text first), so it reads the same with a screen reader.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { TPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { localizedName } from "@/lib/procedures/localize";

type TRow = TPhysicianProfile["volumes"]["rows"][number];

const PLACE = { FACILITY: "hospital or surgery center", OFFICE: "office" } as const;
const PLACE_ES = { FACILITY: "hospital o centro de cirugía", OFFICE: "consultorio" } as const;

export function VolumeChart({ rows, locale = "en" }: { rows: TRow[]; locale?: TLocale }) {
  const t = translator(locale);
  const places = locale === "es" ? PLACE_ES : PLACE;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  const max = Math.max(1, ...rows.map((r) => r.services ?? 0));
  return (
    <div>
      {years.map((year) => (
        <div key={year}>
          <h3 className="small">{t("Volume.chartTitle", { year })}</h3>
          <ul className="bar-chart">
            {rows
              .filter((r) => r.year === year)
              .map((r) => {
                const label = r.procedure
                  ? localizedName("procedure", r.procedure.slug, r.procedure.name, locale)
                  : t("Volume.code", { code: r.hcpcsCode });
                const place = places[r.placeOfService as keyof typeof places] ?? r.placeOfService.toLowerCase();
                return (
                  <li key={`${r.hcpcsCode}-${r.placeOfService}`} className="bar-chart__row">
                    <span className="bar-chart__label">
                      <span>
                        {label}{" "}
                        <span className="muted">
                          · CPT {r.hcpcsCode} · {place}
                        </span>
                      </span>
                      <strong>{r.suppressed ? t("Volume.fewerThan11") : t("Volume.services", { count: r.services ?? 0 })}</strong>
                    </span>
                    <span className="bar-chart__track" aria-hidden="true">
                      <span
                        className={r.suppressed ? "bar-chart__bar bar-chart__bar--suppressed" : "bar-chart__bar"}
                        style={{ width: `${Math.max(2, ((r.suppressed ? 10 : (r.services ?? 0)) / max) * 100)}%` }}
                      />
                    </span>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
