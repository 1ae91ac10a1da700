// The Spanish "not found" page for addresses under /es.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function SpanishNotFound() {
  const t = await getTranslations({ locale: "es", namespace: "Errors" });
  return (
    <main id="main" className="page" lang="es">
      <div className="panel">
        <h1 className="panel__title">{t("notFoundTitle")}</h1>
        <p>{t("notFoundText")}</p>
        <p className="panel__actions">
          <Link href="/es/procedures" className="button button--primary">
            {t("backToGuides")}
          </Link>
        </p>
      </div>
    </main>
  );
}
