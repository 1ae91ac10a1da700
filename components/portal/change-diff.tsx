// Before/after table of one change request (server-rendered; used by clinics and moderators).
import { ownValue } from "@/lib/security/own-key";
import { DAY_NAMES } from "@/lib/text/calendar";
import styles from "./portal.module.css";

const LABELS: Record<string, string> = {
  acceptingNewPatients: "Accepting new patients",
  telehealth: "Telehealth",
  procedures: "Procedures offered",
  languages: "Languages",
  address1: "Address",
  address2: "Address line 2",
  accessibilityNotes: "Accessibility notes",
  geocodePrecision: "Map point from",
  lat: "Latitude",
  lng: "Longitude",
  npi: "NPI",
  firstName: "First name",
  lastName: "Last name",
  locationId: "Location id",
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  if (Array.isArray(v)) {
    if (v.length === 0) return "(none)";
    return v
      .map((x) =>
        x && typeof x === "object" && "day" in x
          ? `${(DAY_NAMES[Number((x as { day: number }).day)] ?? "").slice(0, 3)} ${String((x as { open: string }).open)}–${String((x as { close: string }).close)}`
          : String(x),
      )
      .join(", ");
  }
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function ChangeDiff({
  before,
  proposed,
  action,
}: {
  before: Record<string, unknown>;
  proposed: Record<string, unknown>;
  action: string;
}) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(proposed)])];
  return (
    <table className={styles.diff}>
      <caption className={styles.muted}>{action === "CREATE" ? "New record" : action === "DELETE" ? "Removal" : "Changed fields"}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Now</th>
          <th scope="col">Proposed</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k}>
            <th scope="row">{ownValue(LABELS, k) ?? k}</th>
            <td className={styles.before}>{action === "CREATE" ? "—" : show(before[k])}</td>
            <td className={styles.after}>{action === "DELETE" ? "(removed)" : show(proposed[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
