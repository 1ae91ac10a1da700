// "Closed Dec 24–26 — Holiday closure": a location's approved temporary closures, on now or within 30 days.
import type { TPublicClosure } from "@/lib/clinics/closures";

export function ClosureNotice({ closures }: { closures: TPublicClosure[] }) {
  if (closures.length === 0) return null;
  return (
    <div role="note" aria-label="Temporary closures" className="closure-notice" data-testid="closure-notice">
      {closures.map((c) => (
        <p key={`${c.startsOn}-${c.endsOn}`}>
          <strong>{c.text}</strong> — {c.note}
        </p>
      ))}
    </div>
  );
}
