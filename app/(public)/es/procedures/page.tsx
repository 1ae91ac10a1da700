// /es/procedures: the Spanish index of every condition and procedure, linking to their Spanish guides.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listGuides } from "@/lib/content/guides";
import { languageAlternates, OG_LOCALE } from "@/lib/i18n/locales";

// Prerendered at build time from the reference catalogue in code (decision 068).

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "es", namespace: "Guides" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: languageAlternates("es", "/procedures"),
    openGraph: { title: t("title"), description: t("description"), url: "/es/procedures", locale: OG_LOCALE.es },
  };
}

export default async function SpanishGuidesIndexPage() {
  const t = await getTranslations({ locale: "es", namespace: "Guides" });
  const guides = listGuides("es");
  const groups = [
    { id: "conditions", heading: t("conditions"), base: "/es/conditions", entries: guides.conditions },
    { id: "procedures", heading: t("procedures"), base: "/es/procedures", entries: guides.procedures },
  ];
  return (
    <main id="main" className="page" lang="es">
      <h1>{t("title")}</h1>
      <p className="article__lead">{t("lead")}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`${g.id}-heading`}>
          <h2 id={`${g.id}-heading`} className="section-title">
            {g.heading}
          </h2>
          <ul className="topic-grid">
            {g.entries.map((x) => (
              <li key={x.slug}>
                <h3>
                  <Link href={`${g.base}/${x.slug}`}>{x.name}</Link>
                </h3>
                <p>{x.summary}</p>
                {x.hasGuide ? <p className="small muted">{t("fullGuide")}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
