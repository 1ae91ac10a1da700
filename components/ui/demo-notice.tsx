// The discreet notice shown wherever the data on screen comes from the synthetic demo dataset.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

export function DemoNotice({ locale = "en" }: { locale?: TLocale }) {
  const t = translator(locale);
  return (
    <p className="demo-notice" role="note">
      <strong>{t("Status.demoTitle")}</strong> {t("Status.demoText")}
    </p>
  );
}
