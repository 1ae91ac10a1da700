// Moderators approve a practice claim (the claimant becomes its manager) or reject it with a reason.
import "server-only";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { sendMailAfterCommit } from "@/lib/mail/send-mail";
import { ZApprove, ZReject } from "@/lib/validation/common";

export async function approveClaim(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "moderation.claim.approve";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZApprove, input);
  const claim = await db().$transaction(async (tx) => {
    const c = await tx.practiceClaim.findUnique({ where: { id: data.id }, include: { user: true } });
    if (!c) throw new AppError("NOT_FOUND", "This claim does not exist.");
    const r = await tx.practiceClaim.updateMany({
      where: { id: c.id, status: "PENDING" },
      data: { status: "APPROVED", reviewedById: actor.userId, reviewedAt: new Date(), reason: data.note ?? null },
    });
    if (r.count !== 1) throw new AppError("CONFLICT", "This claim was already reviewed.");
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: c.userId, organizationId: c.organizationId } },
      create: { userId: c.userId, organizationId: c.organizationId, role: "MANAGER" },
      update: { role: "MANAGER" },
    });
    await recordAudit(
      actor,
      { action, entity: "practice_claim", entityId: c.id, organizationId: c.organizationId, after: { managerUserId: c.userId } },
      tx,
    );
    return c;
  });
  await sendMailAfterCommit(
    {
      to: claim.user.email,
      subject: "IR Finder: your practice claim was approved",
      text: "Your claim was approved. You now manage this practice's listing in the IR Finder clinic portal and can invite your staff.",
    },
    { action, requestId: actor.requestId },
  );
  return { id: claim.id };
}

export async function rejectClaim(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "moderation.claim.reject";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZReject, input);
  // The status change and its audit entry commit together, or neither does.
  const claim = await db().$transaction(async (tx) => {
    const c = await tx.practiceClaim.findUnique({ where: { id: data.id }, include: { user: true } });
    if (!c) throw new AppError("NOT_FOUND", "This claim does not exist.");
    const r = await tx.practiceClaim.updateMany({
      where: { id: c.id, status: "PENDING" },
      data: { status: "REJECTED", reviewedById: actor.userId, reviewedAt: new Date(), reason: data.reason },
    });
    if (r.count !== 1) throw new AppError("CONFLICT", "This claim was already reviewed.");
    await recordAudit(
      actor,
      { action, entity: "practice_claim", entityId: c.id, organizationId: c.organizationId, reason: data.reason },
      tx,
    );
    return c;
  });
  await sendMailAfterCommit(
    { to: claim.user.email, subject: "IR Finder: your practice claim", text: `Your claim was not approved.\n\nReason: ${data.reason}` },
    { action, requestId: actor.requestId },
  );
  return { id: claim.id };
}
