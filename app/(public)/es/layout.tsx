// The Spanish pages: client components below (the error state) get the Spanish messages they use, and only those.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="es" timeZone="UTC" messages={{ Errors: MESSAGES.es.Errors }}>
      {children}
    </NextIntlClientProvider>
  );
}
