// What patients most need to know before calling, per doctor per location: new patients, telehealth and Medicare
// assignment — yes, no, or "ask the office" when no source has said (unknown is never shown as no).
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

type TProps = { value: boolean | null; locale?: TLocale };

export function AcceptingStatus({ value, locale = "en" }: TProps) {
  const t = translator(locale);
  if (value === true) return <span className="pill pill--yes">{t("Status.accepting")}</span>;
  if (value === false) return <span className="pill pill--no">{t("Status.notAccepting")}</span>;
  return <span className="pill pill--neutral">{t("Status.acceptingUnknown")}</span>;
}

export function TelehealthStatus({ value, locale = "en" }: TProps) {
  const t = translator(locale);
  if (value === true) return <span className="pill pill--neutral">{t("Status.telehealth")}</span>;
  if (value === false) return <span className="pill pill--neutral">{t("Status.noTelehealth")}</span>;
  return <span className="pill pill--neutral">{t("Status.telehealthUnknown")}</span>;
}

/** "Accepts Medicare assignment": the doctor takes Medicare's approved amount as full payment (CMS `ind_assgn`). */
export function MedicareAssignmentStatus({ value, asOf, locale = "en" }: TProps & { asOf?: string }) {
  const t = translator(locale);
  const when = asOf ? t("Status.medicareWhen", { date: asOf }) : "";
  if (value === true) return <span className="pill pill--yes">{t("Status.medicare", { when })}</span>;
  if (value === false) return <span className="pill pill--neutral">{t("Status.noMedicare", { when })}</span>;
  return <span className="pill pill--neutral">{t("Status.medicareUnknown")}</span>;
}
