// next-intl's per-request configuration: the locale (an explicit one, else the header proxy.ts sets on /es) and its catalog.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { log } from "@/lib/log";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER, LOCALE_PROOF_HEADER, localeProof } from "@/lib/i18n/locales";
import { MESSAGES, missingMessage } from "@/lib/i18n/messages";

export default getRequestConfig(async ({ locale }) => {
  // Pages under /es ask for Spanish explicitly (getTranslations({ locale: "es" })); the root layout, which cannot see
  // the path, reads the header proxy.ts sets, and only with the proxy's proof: a client's own header is ignored.
  const h = await headers();
  const fromHeader = h.get(LOCALE_PROOF_HEADER) === localeProof() ? h.get(LOCALE_HEADER) : null;
  const resolved = isLocale(locale) ? locale : isLocale(fromHeader) ? fromHeader : DEFAULT_LOCALE;
  return {
    locale: resolved,
    messages: MESSAGES[resolved],
    timeZone: "UTC",
    getMessageFallback: ({ namespace, key }) => missingMessage(namespace, key),
    onError: (error) => log.warn({ err: error, locale: resolved }, "missing or invalid message"),
  };
});
