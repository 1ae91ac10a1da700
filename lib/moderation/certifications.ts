// Moderators verify board certifications (status, where checked, when); only verified ones show a badge.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZVerifyCertification } from "@/lib/moderation/schemas";

export async function verifyCertification(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "moderation.certification.verify";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZVerifyCertification, input);
  const verifiedOn = new Date(`${data.verifiedOn}T00:00:00Z`);
  if (verifiedOn.getTime() > Date.now()) throw new AppError("VALIDATION_FAILED", "The verification date cannot be in the future.");
  return db().$transaction(async (tx) => {
    const before = await tx.boardCertification.findUnique({ where: { id: data.certificationId } });
    if (!before) throw new AppError("NOT_FOUND", "This certification does not exist.");
    const source = await tx.dataSource.create({ data: { kind: "MODERATOR", name: data.source, fileDate: verifiedOn } });
    const after = await tx.boardCertification.update({
      where: { id: before.id },
      data: { status: data.status, verifiedAt: verifiedOn, verifiedBy: `moderator #${actor.userId}`, sourceId: source.id },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: "board_certification",
        entityId: before.id,
        before: { status: before.status, verifiedAt: before.verifiedAt, sourceId: before.sourceId },
        after: { status: after.status, verifiedAt: after.verifiedAt, source: data.source },
      },
      tx,
    );
    return { id: after.id };
  });
}
