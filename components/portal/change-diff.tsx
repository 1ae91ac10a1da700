// Before/after table of one change request (server-rendered; used by clinics and moderators). Field names and values
// are in words; for opening hours each day is a row and the changed days are marked.
import { dayHours, fieldLabel, showValue } from "@/lib/text/field-labels";
import styles from "./portal.module.css";

type TSlot = { day: number; open: string; close: string };
const slots = (v: unknown): TSlot[] =>
  Array.isArray(v) ? v.filter((x): x is TSlot => !!x && typeof x === "object" && "day" in x && "open" in x && "close" in x) : [];

/** Map coordinates are shown as one row; the precision row already says where the point comes from. */
const HIDDEN = new Set(["lng"]);

function HoursRows({ before, after, action }: { before: unknown; after: unknown; action: string }) {
  const b = slots(before);
  const a = slots(after);
  return (
    <>
      {[1, 2, 3, 4, 5, 6, 0].map((day) => {
        const was = dayHours(b, day);
        const now = dayHours(a, day);
        const changed = action === "UPDATE" && was !== now;
        return (
          <tr key={`hours-${day}`} className={changed ? styles.changedRow : undefined} data-changed={changed || undefined}>
            <th scope="row">
              {day === 1 ? "Opening hours: " : ""}
              {dayHours([], day).replace(" closed", "")}
              {changed ? <span className={styles.visuallyHidden}> (changed)</span> : null}
            </th>
            <td className={styles.before}>{action === "CREATE" ? "—" : was.slice(4)}</td>
            <td className={styles.after}>{changed ? <mark>{now.slice(4)}</mark> : now.slice(4)}</td>
          </tr>
        );
      })}
    </>
  );
}

export function ChangeDiff({
  before,
  proposed,
  action,
  procedureNames,
}: {
  before: Record<string, unknown>;
  proposed: Record<string, unknown>;
  action: string;
  /** Procedure slugs to names, when the caller has the catalog. */
  procedureNames?: Record<string, string>;
}) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(proposed)])].filter((k) => !HIDDEN.has(k));
  const show = (k: string, side: Record<string, unknown>): string => {
    const v = side[k];
    if (k === "lat") return v === null || v === undefined ? "—" : `${Number(v).toFixed(5)}, ${Number(side.lng).toFixed(5)}`;
    if (k === "procedures" && Array.isArray(v) && procedureNames)
      return v.length ? v.map((s) => procedureNames[String(s)] ?? String(s)).join(", ") : "(none)";
    return showValue(v);
  };
  return (
    <div className={styles.scrollX}>
      <table className={styles.diff}>
        <caption className={styles.muted}>
          {action === "CREATE" ? "New record" : action === "DELETE" ? "Removal" : "Changed fields"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) =>
            k === "hours" ? (
              <HoursRows key={k} before={before[k]} after={proposed[k]} action={action} />
            ) : (
              <tr key={k}>
                <th scope="row">{k === "lat" ? "Map point" : fieldLabel(k)}</th>
                <td className={styles.before}>{action === "CREATE" ? "—" : show(k, before)}</td>
                <td className={styles.after}>{action === "DELETE" ? "(removed)" : show(k, proposed)}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
