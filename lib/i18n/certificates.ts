// Board and certificate names in the reader's language: the few the American boards issue to IRs. Data stays in
// English; an unknown name is shown as stored.
import type { TLocale } from "@/lib/i18n/locales";

const SPANISH: Readonly<Record<string, string>> = {
  "Diagnostic Radiology": "Radiología Diagnóstica",
  "Interventional Radiology and Diagnostic Radiology": "Radiología Intervencionista y Radiología Diagnóstica",
  "Vascular and Interventional Radiology": "Radiología Vascular e Intervencionista",
  "American Board of Radiology": "Junta Estadounidense de Radiología (ABR)",
  "American Osteopathic Board of Radiology": "Junta Osteopática Estadounidense de Radiología (AOBR)",
};

/** "Vascular and Interventional Radiology" -> "Radiología Vascular e Intervencionista" on Spanish pages. */
export function certificationName(name: string, locale: TLocale): string {
  return locale === "es" && Object.hasOwn(SPANISH, name) ? (SPANISH[name] ?? name) : name;
}
