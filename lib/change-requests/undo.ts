// A moderator undoes their own approval or rejection within a short window: the request goes back to pending and,
// for an approval, the public record returns to the values, dates and provenance it had before (decision 061).
import "server-only";
import { z } from "zod";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { isEditableEntity, lockRecord, readRecord, type TTx } from "@/lib/change-requests/records";
import { toChangeRequestDto } from "@/lib/change-requests/dto";
import { lockRequest, notifySubmitter, writeUpdate } from "@/lib/change-requests/review";
import { restoreSnapshot, ZUndo } from "@/lib/change-requests/undo-snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type ChangeRequest } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";
import { ZId } from "@/lib/validation/common";

/** How long after deciding a moderator can still undo it. Later, a decision is reversed by a new request. */
export const UNDO_WINDOW_MINUTES = 15;

export const ZUndoDecision = z.strictObject({ id: ZId });

/** Whether the request's decision can still be undone by this moderator (for showing the button). */
export function canUndo(
  cr: { status: string; reviewedById: number | null; reviewedAt: Date | null },
  moderatorId: number,
  now = new Date(),
): boolean {
  return (
    (cr.status === "APPROVED" || cr.status === "REJECTED") &&
    cr.reviewedById === moderatorId &&
    cr.reviewedAt !== null &&
    now.getTime() - cr.reviewedAt.getTime() <= UNDO_WINDOW_MINUTES * 60_000
  );
}

/** An undone request is pending again; no other edit of the same record may be pending then (decision 050). */
async function refuseIfAnotherPending(tx: TTx, cr: ChangeRequest): Promise<void> {
  if (cr.entityId === null) return;
  const other = await tx.changeRequest.findFirst({
    where: { id: { not: cr.id }, entity: cr.entity, entityId: cr.entityId, status: "PENDING", action: { in: ["UPDATE", "DELETE"] } },
  });
  if (other)
    throw new AppError(
      "CONFLICT",
      `The clinic has sent a newer change of this record (request #${other.id}), so this decision can no longer be undone. Decide request #${other.id} instead.`,
    );
}

/** Reverses what approving `cr` wrote; returns the version the record now has (the request's new base), if any. */
async function revertApproval(tx: TTx, cr: ChangeRequest): Promise<{ baseVersion: number | null; restored: Record<string, unknown> }> {
  const parsed = ZUndo.safeParse(cr.undo);
  if (!parsed.success)
    throw new AppError(
      "CONFLICT",
      "This kind of change (a physician added or removed, a certification verified) cannot be undone here. Ask the clinic to propose the reverse, or propose it for them.",
    );
  const undo = parsed.data;
  if (undo.kind === "closure_created") {
    await tx.locationClosure.deleteMany({ where: { id: undo.closureId } });
    return { baseVersion: null, restored: { closureRemoved: undo.closureId } };
  }
  if (undo.kind === "closure_removed") {
    const c = undo.closure;
    if (c.startsOn === null || c.endsOn === null)
      throw new AppError("CONFLICT", "This closure's dates were not kept, so it cannot be put back.");
    await tx.locationClosure.create({
      data: {
        id: c.id,
        locationId: c.locationId,
        startsOn: new Date(c.startsOn),
        endsOn: new Date(c.endsOn),
        note: c.note,
        sourceId: c.sourceId,
      },
    });
    return { baseVersion: null, restored: { closureRestored: c.id } };
  }
  if (cr.entityId === null || !isEditableEntity(cr.entity)) throw new AppError("CONFLICT", "This change names no record to restore.");
  const entity = cr.entity;
  await lockRecord(tx, entity, cr.entityId);
  const current = await readRecord(tx, entity, cr.entityId);
  if (!current || current.version !== undo.versionAfter)
    throw new AppError(
      "CONFLICT",
      "The record changed again after this approval, so undoing it would overwrite a newer change. Reverse it with a new change request instead.",
    );
  // The values before the approval are written back through the same parsed path as an approval.
  const { count } = await writeUpdate(tx, { ...cr, proposed: cr.before }, { id: cr.entityId, version: undo.versionAfter });
  if (count !== 1) throw new AppError("CONFLICT", "The record changed while undoing; nothing was changed.");
  await restoreSnapshot(tx, entity, cr.entityId, undo);
  return { baseVersion: undo.versionAfter + 1, restored: toChangeRequestDto(cr).before };
}

/**
 * Undoes the moderator's own decision within UNDO_WINDOW_MINUTES. A rejection goes back to pending; an approval is
 * reverted (only while nothing changed the record since) and goes back to pending, against the restored version.
 */
export async function undoDecision(
  actorOrNull: TActor | null,
  input: unknown,
): Promise<{ id: number; status: "PENDING"; undone: "APPROVED" | "REJECTED" }> {
  const action = "moderation.change.undo";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZUndoDecision, input);
  const { cr, undone } = await db().$transaction(async (tx) => {
    const cr = await lockRequest(tx, data.id);
    if (cr.status !== "APPROVED" && cr.status !== "REJECTED")
      throw new AppError("CONFLICT", `This change request is ${cr.status.toLowerCase()}: there is no decision to undo.`);
    if (!canUndo(cr, actor.userId))
      throw new AppError(
        "CONFLICT",
        `Only the moderator who decided can undo it, within ${UNDO_WINDOW_MINUTES} minutes. Reverse it with a new change request instead.`,
      );
    const undone = cr.status;
    await refuseIfAnotherPending(tx, cr);
    const reverted = undone === "APPROVED" ? await revertApproval(tx, cr) : { baseVersion: cr.baseVersion, restored: {} };
    await tx.changeRequest.update({
      where: { id: cr.id },
      data: {
        status: "PENDING",
        reviewedById: null,
        reviewedAt: null,
        reason: null,
        baseVersion: reverted.baseVersion ?? cr.baseVersion,
        undo: Prisma.DbNull,
      },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: cr.entity,
        entityId: cr.entityId,
        organizationId: cr.organizationId,
        before: { status: undone },
        after: { changeRequestId: cr.id, status: "PENDING", restored: reverted.restored },
      },
      tx,
    );
    return { cr, undone };
  });
  await notifySubmitter(
    actor,
    action,
    cr,
    undone === "APPROVED"
      ? `Back under review. The approval of your change request #${cr.id} was undone by the moderator; the listing shows the earlier values until it is decided again.`
      : `Back under review. The moderator took back the rejection of your change request #${cr.id}; it will be decided again.`,
  );
  return { id: cr.id, status: "PENDING", undone };
}

export type TRecentDecisionDto = { id: number; summary: string; status: "APPROVED" | "REJECTED"; reviewedAt: string };

/** The moderator's own decisions that can still be undone, newest first (shown above the queue after a reload). */
export async function listMyRecentDecisions(actorOrNull: TActor | null): Promise<TRecentDecisionDto[]> {
  const actor = await requireModerator(actorOrNull, "moderation.change.recent");
  const rows = await db().changeRequest.findMany({
    where: {
      reviewedById: actor.userId,
      status: { in: ["APPROVED", "REJECTED"] },
      reviewedAt: { gte: new Date(Date.now() - UNDO_WINDOW_MINUTES * 60_000) },
    },
    orderBy: { reviewedAt: "desc" },
    take: 20,
  });
  return rows.flatMap((c) =>
    (c.status === "APPROVED" || c.status === "REJECTED") && c.reviewedAt
      ? [{ id: c.id, summary: c.summary, status: c.status, reviewedAt: c.reviewedAt.toISOString() }]
      : [],
  );
}
