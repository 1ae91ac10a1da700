// The `lang` parameter of the public API: which language labels and messages come back in (the data is the same).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const ZLang = z
  .enum(LOCALES, { error: "lang must be en or es" })
  .optional()
  .default("en")
  .meta({ description: "Language of labels (procedure and condition names) and error messages: en or es. Data is the same." });
