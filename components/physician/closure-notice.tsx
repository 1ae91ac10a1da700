// "Closed Dec 24–26 — Holiday closure": a location's approved temporary closures, on now or within 30 days.
import type { TPublicClosure } from "@/lib/clinics/closures";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { closureInWordsIn } from "@/lib/text/closures";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Our words in the page's language; the clinic's own note as written (English: marked so on other pages). */
export function ClosureNotice({ closures, locale = "en" }: { closures: TPublicClosure[]; locale?: TLocale }) {
  if (closures.length === 0) return null;
  const t = translator(locale);
  return (
    <div role="note" aria-label={t("Closures.label")} className="closure-notice" data-testid="closure-notice">
      {closures.map((c) => {
        const days = closureInWordsIn({ startsOn: day(c.startsOn), endsOn: day(c.endsOn) }, locale);
        return (
          <p key={`${c.startsOn}-${c.endsOn}`}>
            <strong>{c.current ? t("Closures.closedNow", { days }) : t("Closures.closed", { days })}</strong> —{" "}
            <span lang={locale === "en" ? undefined : "en"}>{c.note}</span>
          </p>
        );
      })}
    </div>
  );
}
