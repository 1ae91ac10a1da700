// next-intl's message keys are the English catalog's: a mistyped key or namespace is a type error.
import type en from "../messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: "en" | "es";
    Messages: typeof en;
  }
}
