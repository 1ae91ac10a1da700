// "Board certified" badge: shown only for a verified certification, always with its verification date.
import { formatDate, formatMonth } from "@/components/format";

type TProps = { certificate: string; board?: string; verifiedAt: string | null; compact?: boolean };

export function CertificationBadge({ certificate, board, verifiedAt, compact = false }: TProps) {
  if (!verifiedAt) return null;
  return (
    <span className="badge" title={`${board ? `${board}: ` : ""}${certificate}. Verified ${formatDate(verifiedAt)}.`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="badge__icon">
        <path
          d="M10 1.5l2.2 1.6 2.7-.1.9 2.6 2.2 1.6-.8 2.6.8 2.6-2.2 1.6-.9 2.6-2.7-.1L10 18.5l-2.2-1.6-2.7.1-.9-2.6L2 12.8l.8-2.6L2 7.6l2.2-1.6.9-2.6 2.7.1z"
          fill="currentColor"
        />
        <path d="M6.5 10.2l2.3 2.3 4.7-4.8" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
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
