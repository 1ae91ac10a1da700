// The search controls' words in one language, built on the server from the catalog and handed to client components
// as plain strings (plural sentences are resolved here: the browser has no ICU runtime).
import type { TLocale } from "@/lib/i18n/locales";
import { MESSAGES, translator, type TMessages } from "@/lib/i18n/messages";

type TPlain = Omit<TMessages["SearchUi"], "suggestionCount">;

export type TSearchUiText = TPlain & {
  /** "3 suggestions. Use the up and down arrows…", indexed by count (the field never lists more than these). */
  suggestionCounts: readonly string[];
  /** Language names in this language, by code, sorted for the language filter. */
  languages: ReadonlyArray<{ code: string; name: string }>;
};

const MAX_SUGGESTIONS = 12;

export function searchUiText(locale: TLocale): TSearchUiText {
  const { suggestionCount: _plural, ...plain } = MESSAGES[locale].SearchUi;
  const t = translator(locale);
  const names = MESSAGES[locale].Languages;
  return {
    ...plain,
    suggestionCounts: Array.from({ length: MAX_SUGGESTIONS + 1 }, (_, count) => t("SearchUi.suggestionCount", { count })),
    languages: Object.entries(names)
      .map(([code, name]) => ({ code, name: `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)}` }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}
