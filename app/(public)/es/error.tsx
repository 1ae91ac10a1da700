"use client";
// Last-resort error state for the Spanish pages: friendly words, a way to retry, no technical details.
import Link from "next/link";
import { useErrorMessages } from "@/components/i18n/error-messages";

export default function SpanishError({ reset }: { error: Error; reset: () => void }) {
  const m = useErrorMessages();
  return (
    <main id="main" className="page" lang="es">
      <div className="panel panel--error" role="alert">
        <h1 className="panel__title">{m.errorTitle}</h1>
        <p>{m.errorText}</p>
        <p className="panel__actions">
          <button type="button" className="button button--primary" onClick={reset}>
            {m.tryAgain}
          </button>
          <Link href="/es/procedures" className="button button--secondary">
            {m.backToGuides}
          </Link>
        </p>
      </div>
    </main>
  );
}
