// Moderators' view of the whole audit log, refusals included (newest first).
import { notFound } from "next/navigation";
import styles from "@/components/portal/portal.module.css";
import { listAllHistory } from "@/lib/portal/list-history";
import { requireSignedInPage } from "@/lib/auth/page-guard";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ outcome?: string }> }) {
  const actor = await requireSignedInPage();
  if (!actor.isModerator) notFound();
  const { outcome } = await searchParams;
  const rows = await listAllHistory(actor, { limit: 300, ...(outcome === "ok" || outcome === "denied" ? { outcome } : {}) });
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Show: <a href="/portal/moderation/audit">everything</a> · <a href="/portal/moderation/audit?outcome=denied">refusals</a> ·{" "}
        <a href="/portal/moderation/audit?outcome=ok">changes</a>
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Record</th>
            <th scope="col">Practice</th>
            <th scope="col">Reason / details</th>
            <th scope="col">Request</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.at.replace("T", " ").slice(0, 19)}</td>
              <td>{r.actorUserId ? `user #${r.actorUserId}` : "—"}</td>
              <td>{r.action}</td>
              <td>{r.outcome}</td>
              <td>
                {r.entity ?? ""} {r.entityId ?? ""}
              </td>
              <td>{r.organizationId ?? ""}</td>
              <td>
                {r.reason ?? ""} <code>{JSON.stringify({ before: r.before ?? undefined, after: r.after ?? undefined }).slice(0, 300)}</code>
              </td>
              <td>
                <code>{r.requestId?.slice(0, 12) ?? ""}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
