// A practice's audit history: every applied change and review, who and when.
import { notFound } from "next/navigation";
import styles from "@/components/portal/portal.module.css";
import { listPracticeHistory } from "@/lib/portal/list-history";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";

export const metadata = { title: "Change history" };

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSignedInPage();
  const { id } = await params;
  let rows;
  try {
    rows = await listPracticeHistory(actor, { organizationId: id, limit: 200 });
  } catch (e) {
    if (isAppError(e) && ["FORBIDDEN", "VALIDATION_FAILED"].includes(e.code)) notFound();
    throw e;
  }
  return (
    <>
      <h1>Change history</h1>
      <p>
        <a href={`/portal/practices/${id}`}>Back to the practice</a>
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Record</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.at.replace("T", " ").slice(0, 19)}</td>
              <td>{r.actorUserId ? `user #${r.actorUserId}` : "—"}</td>
              <td>{r.action}</td>
              <td>
                {r.entity ?? ""} {r.entityId ?? ""}
              </td>
              <td>
                <code>
                  {JSON.stringify({ before: r.before ?? undefined, after: r.after ?? undefined, reason: r.reason ?? undefined }).slice(
                    0,
                    400,
                  )}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
