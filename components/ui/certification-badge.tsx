// "Board certified" badge: shown only for a verified certification, always with its verification date.
import { formatDateIn, formatMonth } from "@/components/format";
import { certificationName } from "@/lib/i18n/certificates";
import { INTL_TAG, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

type TProps = { certificate: string; board?: string; verifiedAt: string | null; compact?: boolean; locale?: TLocale };

/** "Sep 2026" / "septiembre de 2026". */
function monthIn(iso: string, locale: TLocale): string {
  if (locale === "en") return formatMonth(iso);
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(INTL_TAG[locale], { year: "numeric", month: "long", timeZone: "UTC" }).format(d);
}

export function CertificationBadge({ certificate: stored, board: storedBoard, verifiedAt, compact = false, locale = "en" }: TProps) {
  if (!verifiedAt) return null;
  const t = translator(locale);
  const certificate = certificationName(stored, locale);
  const board = storedBoard === undefined ? undefined : certificationName(storedBoard, locale);
  const title = `${board ? `${board}: ` : ""}${t("Status.badgeTitle", { certificate, date: formatDateIn(verifiedAt, locale) })}`;
  return (
    <span className="badge" title={title}>
      {/* The seal is drawn by CSS (.badge::before, one data-URI image), not repeated as markup in every result card. */}
      {compact ? (
        <span>
          {t("Status.badgeCompact")} <span className="badge__date">{t("Status.badgeVerified", { date: monthIn(verifiedAt, locale) })}</span>
        </span>
      ) : (
        <span>
          {t("Status.badgeFull", { certificate })}{" "}
          <span className="badge__date">{t("Status.badgeVerified", { date: formatDateIn(verifiedAt, locale) })}</span>
        </span>
      )}
    </span>
  );
}
