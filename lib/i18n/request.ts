// next-intl's per-request configuration: the locale (an explicit one, else the header proxy.ts sets on /es) and its catalog.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { log } from "@/lib/log";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "@/lib/i18n/locales";
import { MESSAGES, missingMessage } from "@/lib/i18n/messages";

export default getRequestConfig(async ({ locale }) => {
  // Pages under /es ask for Spanish explicitly (getTranslations({ locale: "es" })); the root layout, which cannot see
  // the path, reads the header. A client sending the header itself only changes its own (uncached) page chrome.
  const fromHeader = (await headers()).get(LOCALE_HEADER);
  const resolved = isLocale(locale) ? locale : isLocale(fromHeader) ? fromHeader : DEFAULT_LOCALE;
  return {
    locale: resolved,
    messages: MESSAGES[resolved],
    timeZone: "UTC",
    getMessageFallback: ({ namespace, key }) => missingMessage(namespace, key),
    onError: (error) => log.warn({ err: error, locale: resolved }, "missing or invalid message"),
  };
});
