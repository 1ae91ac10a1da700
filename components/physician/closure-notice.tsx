// "Closed Dec 24–26 — Holiday closure": a location's approved temporary closures, on now or within 30 days.
import type { TPublicClosure } from "@/lib/clinics/closures";

/** The notice's words are English (the clinic's own note is too): on other pages it says so with `lang`. */
export function ClosureNotice({ closures, locale = "en" }: { closures: TPublicClosure[]; locale?: "en" | "es" }) {
  if (closures.length === 0) return null;
  return (
    <div
      role="note"
      aria-label={locale === "es" ? "Cierres temporales" : "Temporary closures"}
      lang={locale === "en" ? undefined : "en"}
      className="closure-notice"
      data-testid="closure-notice"
    >
      {closures.map((c) => (
        <p key={`${c.startsOn}-${c.endsOn}`}>
          <strong>{c.text}</strong> — {c.note}
        </p>
      ))}
    </div>
  );
}
