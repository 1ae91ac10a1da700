// The message catalogs (messages/<locale>.json) and a translator over them for code outside React (API, helpers).
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";

export type TMessages = typeof en;

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = { en, es };

/** What a missing key renders as: loud on purpose, so the e2e checks and reviewers cannot miss it. */
export const MISSING_MARKER = "⟦missing";

export function missingMessage(namespace: string | undefined, key: string): string {
  return `${MISSING_MARKER} ${namespace ? `${namespace}.` : ""}${key}⟧`;
}

/** The locale a request asked for (`lang=es`), English for whatever else. */
export function localeOr(value: unknown, fallback: TLocale = DEFAULT_LOCALE): TLocale {
  return isLocale(value) ? value : fallback;
}

function createFor(locale: TLocale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    getMessageFallback: ({ namespace, key }) => missingMessage(namespace, key),
    onError: () => undefined,
  });
}

const translators = new Map<TLocale, ReturnType<typeof createFor>>();

/** A plain translator (ICU plurals, numbers, dates) for one locale; one per locale, reused (its formatters are cached). */
export function translator(locale: TLocale): ReturnType<typeof createFor> {
  let t = translators.get(locale);
  if (!t) {
    t = createFor(locale);
    translators.set(locale, t);
  }
  return t;
}
