// next-intl's per-request configuration: the locale each caller names (every page and layout passes its own: the
// language is part of the route, decision 068) and its catalog. No request header is read, so pages can be prerendered.
import { getRequestConfig } from "next-intl/server";
import { log } from "@/lib/log";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { MESSAGES, missingMessage } from "@/lib/i18n/messages";

export default getRequestConfig(async ({ locale }) => {
  const resolved = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return {
    locale: resolved,
    messages: MESSAGES[resolved],
    timeZone: "UTC",
    getMessageFallback: ({ namespace, key }) => missingMessage(namespace, key),
    onError: (error) => log.warn({ err: error, locale: resolved }, "missing or invalid message"),
  };
});
