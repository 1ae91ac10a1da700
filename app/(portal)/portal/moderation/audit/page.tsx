// Moderators' view of the whole audit log, refusals included (newest first).
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/portal/audit-timeline";
import { listAllHistory } from "@/lib/portal/list-history";
import { requireSignedInPage } from "@/lib/auth/page-guard";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ outcome?: string }> }) {
  const actor = await requireSignedInPage("/portal/moderation/audit");
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
      <AuditTimeline rows={rows} forModerators />
    </>
  );
}
