// The Spanish pages: the error state below (a client component) gets its Spanish words from the catalog here.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ErrorMessagesProvider } from "@/components/i18n/error-messages";

export default async function SpanishLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: "es", namespace: "Errors" });
  const messages = { errorTitle: t("errorTitle"), errorText: t("errorText"), tryAgain: t("tryAgain"), backToGuides: t("backToGuides") };
  return <ErrorMessagesProvider messages={messages}>{children}</ErrorMessagesProvider>;
}
