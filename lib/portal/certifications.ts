// A clinic proposes a board certification for one of its physicians: a change request like every other edit, public
// only once a moderator approves it (security review case 1), with a cap on how many may wait per practice.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { ZClaimCertification } from "@/lib/portal/schemas";
import { describeRecord } from "@/lib/change-requests/records";

/** Certification requests one practice may have waiting for review at once. */
export const PENDING_CERTIFICATIONS_PER_PRACTICE = 10;

export async function claimCertification(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "certification.claim";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZClaimCertification, input);
  await requireMembership(actor, data.organizationId, action);
  const works = await db().practitionerRole.count({
    where: { physicianId: data.physicianId, location: { organizationId: data.organizationId } },
  });
  if (works === 0) {
    return deny(actor, action, {
      entity: "physician",
      entityId: data.physicianId,
      organizationId: data.organizationId,
      reason: "physician not at this practice",
    });
  }
  const proposed = { physicianId: data.physicianId, board: data.board, certificate: data.certificate };
  const cr = await db().$transaction(async (tx) => {
    // The practice row lock serialises concurrent claims, so the cap and the duplicate check cannot be raced.
    await tx.$queryRaw`SELECT id FROM organization WHERE id = ${data.organizationId} FOR UPDATE`;
    const pending = await tx.changeRequest.findMany({
      where: { organizationId: data.organizationId, entity: "board_certification", status: "PENDING" },
      select: { id: true, proposed: true },
    });
    if (pending.length >= PENDING_CERTIFICATIONS_PER_PRACTICE) {
      throw new AppError(
        "RATE_LIMITED",
        `Your practice already has ${pending.length} certifications waiting for review. Propose more once a moderator has reviewed them.`,
      );
    }
    const same = (p: unknown) => JSON.stringify(p) === JSON.stringify(proposed);
    const onFile = await tx.boardCertification.findUnique({
      where: { physicianId_board_certificate: proposed },
    });
    if (onFile || pending.some((p) => same(p.proposed))) {
      throw new AppError("CONFLICT", "This certification is already on file or waiting for review for this physician.");
    }
    const created = await tx.changeRequest.create({
      data: {
        organizationId: data.organizationId,
        submittedById: actor.userId,
        entity: "board_certification",
        entityId: data.physicianId,
        action: "CREATE",
        before: {},
        proposed,
        summary: `Add certification ${data.board} — ${data.certificate} — ${await describeRecord(tx, "physician", data.physicianId)}`,
        requestId: actor.requestId,
      },
    });
    await recordAudit(
      actor,
      { action, entity: "change_request", entityId: created.id, organizationId: data.organizationId, after: proposed },
      tx,
    );
    return created;
  });
  return { id: cr.id };
}
