// Opening hours as a small table; days with no hours say "Closed".
import { DAY_NAMES, formatTime } from "@/components/format";
import { INTL_TAG, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { THours } from "@/lib/validation/common";

const DAY_KEYS = ["day0", "day1", "day2", "day3", "day4", "day5", "day6"] as const;

/** "08:00" -> "8:00 AM" / "8:00 a. m.". */
function timeIn(hhmm: string, locale: TLocale): string {
  if (locale === "en") return formatTime(hhmm);
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const f = new Intl.DateTimeFormat(INTL_TAG[locale], { hour: "numeric", minute: "2-digit", hour12: true, timeZone: "UTC" });
  return f.format(new Date(Date.UTC(2026, 0, 5, h, m)));
}

type TProps = { hours: THours; caption?: string; locale?: TLocale };

export function HoursTable({ hours, caption, locale = "en" }: TProps) {
  const t = translator(locale);
  if (hours.length === 0) return <p className="muted">{t("Contact.noHours")}</p>;
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <table className="hours">
      <caption className="sr-only">{caption ?? t("Contact.hoursCaption")}</caption>
      <tbody>
        {order.map((d) => {
          const slots = hours.filter((h) => h.day === d);
          return (
            <tr key={d}>
              <th scope="row">{locale === "en" ? DAY_NAMES[d] : t(`Contact.${DAY_KEYS[d] ?? "day0"}`)}</th>
              <td>
                {slots.length ? slots.map((s) => `${timeIn(s.open, locale)} – ${timeIn(s.close, locale)}`).join(", ") : t("Contact.closed")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
