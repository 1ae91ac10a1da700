// Claims as their claimant and the moderators' queue see them.
import "server-only";
import { requireModerator } from "@/lib/auth/guard";
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

export type TPendingClaimDto = TClaimDto & {
  claimantEmail: string;
  claimantName: string;
  claimantRole: string;
  workPhone: string;
  evidence: string;
  organizationNpi: string | null;
  existingManagers: number;
};

export async function listPendingClaims(actorOrNull: TActor | null): Promise<TPendingClaimDto[]> {
  await requireModerator(actorOrNull, "moderation.claims.list");
  const claims = await db().practiceClaim.findMany({
    where: { status: "PENDING" },
    include: {
      user: { select: { email: true } },
      organization: { select: { name: true, npi: true, memberships: { where: { role: "MANAGER" }, select: { id: true } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return claims.map((c) => ({
    id: c.id,
    organizationId: c.organizationId,
    organizationName: c.organization.name,
    organizationNpi: c.organization.npi,
    existingManagers: c.organization.memberships.length,
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
    claimantEmail: c.user.email,
    claimantName: c.claimantName,
    claimantRole: c.claimantRole,
    workPhone: c.workPhone,
    evidence: c.evidence,
  }));
}
