// "Board certified" badge: shown only for a verified certification, always with its verification date.
import { formatDate, formatMonth } from "@/components/format";

type TProps = { certificate: string; board?: string; verifiedAt: string | null; compact?: boolean };

export function CertificationBadge({ certificate, board, verifiedAt, compact = false }: TProps) {
  if (!verifiedAt) return null;
  return (
    <span className="badge" title={`${board ? `${board}: ` : ""}${certificate}. Verified ${formatDate(verifiedAt)}.`}>
      {/* The seal is drawn by CSS (.badge::before, one data-URI image), not repeated as markup in every result card. */}
      {compact ? (
        <span>
          Board certified <span className="badge__date">· verified {formatMonth(verifiedAt)}</span>
        </span>
      ) : (
        <span>
          Board certified in {certificate} <span className="badge__date">· verified {formatDate(verifiedAt)}</span>
        </span>
      )}
    </span>
  );
}
