// Claims as their claimant sees them (the moderators' queue is lib/moderation/queue.ts).
import "server-only";
import { db } from "@/lib/db/client";
import type { TActor } from "@/lib/http/request-context";

export type TClaimDto = {
  id: number;
  organizationId: number;
  organizationName: string;
  status: string;
  reason: string | null;
  createdAt: string;
};

export async function listMyClaims(actor: TActor): Promise<TClaimDto[]> {
  const claims = await db().practiceClaim.findMany({
    where: { userId: actor.userId },
    include: { organization: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return claims.map((c) => ({
    id: c.id,
    organizationId: c.organizationId,
    organizationName: c.organization.name,
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
  }));
}
