// Root layout of the Spanish pages (each language has its own: decision 068). The error state (a client component)
// gets its Spanish words from the catalog here.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ErrorMessagesProvider } from "@/components/i18n/error-messages";
import { SiteShell, siteMetadata, siteViewport } from "@/components/layout/site-shell";

export function generateMetadata(): Promise<Metadata> {
  return siteMetadata("es");
}

export const viewport = siteViewport;

export default async function SpanishLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: "es", namespace: "Errors" });
  const messages = { errorTitle: t("errorTitle"), errorText: t("errorText"), tryAgain: t("tryAgain"), backToGuides: t("backToGuides") };
  return (
    <SiteShell locale="es">
      <ErrorMessagesProvider messages={messages}>{children}</ErrorMessagesProvider>
    </SiteShell>
  );
}
