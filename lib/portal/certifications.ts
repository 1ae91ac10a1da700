// A clinic claims a board certification for one of its physicians; it stays hidden until a moderator verifies it.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireMembership } from "@/lib/auth/membership";
import { ZClaimCertification } from "@/lib/portal/schemas";

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
  try {
    const cert = await db().$transaction(async (tx) => {
      const source = await tx.dataSource.create({
        data: { kind: "CLINIC_EDIT", name: `Certification claimed by practice #${data.organizationId} (unverified)` },
      });
      // verifiedAt stays null: the badge appears only after a moderator's verification.
      const cert = await tx.boardCertification.create({
        data: { physicianId: data.physicianId, board: data.board, certificate: data.certificate, status: "UNKNOWN", sourceId: source.id },
      });
      await recordAudit(
        actor,
        { action, entity: "board_certification", entityId: cert.id, organizationId: data.organizationId, after: data },
        tx,
      );
      return cert;
    });
    return { id: cert.id };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "This certification is already on file for this physician.");
    }
    throw e;
  }
}
