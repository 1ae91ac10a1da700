// A practice's audit history: every applied change and review, who and when.
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/portal/audit-timeline";
import { listPracticeHistory } from "@/lib/portal/list-history";
import { requireSignedInPage } from "@/lib/auth/page-guard";
import { isAppError } from "@/lib/errors";

export const metadata = { title: "Change history" };

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSignedInPage(`/portal/practices/${id}/history`);
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
      <AuditTimeline rows={rows} forModerators={actor.isModerator} />
    </>
  );
}
