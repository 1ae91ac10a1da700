"use client";
// Last-resort error state for the Spanish pages: friendly words, a way to retry, no technical details.
import Link from "next/link";
import { useTranslations } from "next-intl";

export default function SpanishError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <main id="main" className="page" lang="es">
      <div className="panel panel--error" role="alert">
        <h1 className="panel__title">{t("errorTitle")}</h1>
        <p>{t("errorText")}</p>
        <p className="panel__actions">
          <button type="button" className="button button--primary" onClick={reset}>
            {t("tryAgain")}
          </button>
          <Link href="/es/procedures" className="button button--secondary">
            {t("backToGuides")}
          </Link>
        </p>
      </div>
    </main>
  );
}
