// Languages a physician may speak: ISO 639-1 codes stored, English names shown and accepted as input.
import { hasOwnKey, ownValue } from "@/lib/security/own-key";

export const LANGUAGES: Readonly<Record<string, string>> = {
  en: "English",
  es: "Spanish",
  zh: "Chinese",
  vi: "Vietnamese",
  ko: "Korean",
  ru: "Russian",
  ar: "Arabic",
  hi: "Hindi",
  fr: "French",
  pt: "Portuguese",
  tl: "Tagalog",
  de: "German",
  it: "Italian",
  pl: "Polish",
  ja: "Japanese",
  fa: "Persian",
  ur: "Urdu",
  bn: "Bengali",
  pa: "Punjabi",
  gu: "Gujarati",
  ht: "Haitian Creole",
  el: "Greek",
  he: "Hebrew",
  uk: "Ukrainian",
  yi: "Yiddish",
  am: "Amharic",
  so: "Somali",
  hy: "Armenian",
  asl: "American Sign Language",
};

const BY_NAME = new Map(Object.entries(LANGUAGES).map(([code, name]) => [name.toLowerCase(), code]));

/** "es", "ES" or "Spanish" -> "es"; undefined for a language we do not list. */
export function toLanguageCode(input: string): string | undefined {
  const s = input.trim().toLowerCase();
  if (hasOwnKey(LANGUAGES, s)) return s;
  return BY_NAME.get(s);
}

/** True only for a code we list (own keys: "constructor" is not a language). */
export function isLanguageCode(code: string): boolean {
  return hasOwnKey(LANGUAGES, code);
}

export function languageName(code: string): string {
  return ownValue(LANGUAGES, code) ?? code;
}
