// Pending change requests of someone who lost access (removed from a practice, account disabled) are withdrawn,
// so nothing they proposed can still be approved and published in the practice's name.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Marks the user's pending requests (for one practice, or all) as not approved, with a reason the managers see. */
export async function withdrawPendingChangeRequests(
  tx: Prisma.TransactionClient,
  opts: { userId: number; organizationId?: number; reason: string },
): Promise<number[]> {
  const where = {
    submittedById: opts.userId,
    status: "PENDING" as const,
    ...(opts.organizationId === undefined ? {} : { organizationId: opts.organizationId }),
  };
  const pending = await tx.changeRequest.findMany({ where, select: { id: true } });
  if (pending.length === 0) return [];
  await tx.changeRequest.updateMany({
    where: { ...where, id: { in: pending.map((p) => p.id) } },
    data: { status: "REJECTED", reviewedAt: new Date(), reason: opts.reason },
  });
  return pending.map((p) => p.id);
}
