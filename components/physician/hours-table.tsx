// Opening hours as a small table; days with no hours say "Closed".
import { DAY_NAMES, formatTime } from "@/components/format";
import type { THours } from "@/lib/validation/common";

export function HoursTable({ hours, caption = "Opening hours" }: { hours: THours; caption?: string }) {
  if (hours.length === 0) return <p className="muted">Opening hours not listed — please call.</p>;
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <table className="hours">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {order.map((d) => {
          const slots = hours.filter((h) => h.day === d);
          return (
            <tr key={d}>
              <th scope="row">{DAY_NAMES[d]}</th>
              <td>{slots.length ? slots.map((s) => `${formatTime(s.open)} – ${formatTime(s.close)}`).join(", ") : "Closed"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
