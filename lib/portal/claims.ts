// Claiming a practice: find it, ask to manage it; moderators approve (claimant becomes manager) or reject.
import "server-only";
import type { TActor } from "@/lib/auth/context";
import { parseInput, requireActor, requireModerator } from "@/lib/auth/guard";
import { enforceLimits } from "@/lib/auth/limits";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { ZApprove, ZReject } from "@/lib/moderation/schemas";
import { ZPracticeSearch, ZSubmitClaim } from "@/lib/portal/schemas";

export type TPracticeHit = { id: number; name: string; npi: string | null; cities: string[]; locationCount: number };

/** Practices by name (contains) or organization NPI (exact). */
export async function searchPractices(actorOrNull: TActor | null, input: unknown): Promise<TPracticeHit[]> {
  const actor = await requireActor(actorOrNull, "practice.search");
  const { q } = await parseInput(actor, "practice.search", ZPracticeSearch, input);
  const orgs = await db().organization.findMany({
    where: /^\d{10}$/.test(q) ? { npi: q } : { name: { contains: q, mode: "insensitive" } },
    orderBy: { name: "asc" },
    take: 20,
    include: { locations: { select: { city: true, state: true } } },
  });
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    npi: o.npi,
    cities: [...new Set(o.locations.map((l) => `${l.city}, ${l.state}`))].slice(0, 5),
    locationCount: o.locations.length,
  }));
}

export async function submitClaim(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "claim.submit";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZSubmitClaim, input);
  await enforceLimits(actor, action, [{ name: "claimPerUser", subject: String(actor.userId) }]);
  const org = await db().organization.findUnique({ where: { id: data.organizationId } });
  if (!org) throw new AppError("NOT_FOUND", "This practice does not exist.");
  const member = await db().membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: org.id } } });
  if (member) throw new AppError("CONFLICT", "You already manage or work on this practice.");
  const pending = await db().practiceClaim.findFirst({ where: { userId: actor.userId, organizationId: org.id, status: "PENDING" } });
  if (pending) throw new AppError("CONFLICT", "Your claim for this practice is already waiting for review.");
  const claim = await db().practiceClaim.create({ data: { ...data, userId: actor.userId } });
  await recordAudit(actor, { action, entity: "practice_claim", entityId: claim.id, organizationId: org.id, after: data });
  return { id: claim.id };
}

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
  await sendMail({
    to: claim.user.email,
    subject: "IR Finder: your practice claim was approved",
    text: "Your claim was approved. You now manage this practice's listing in the IR Finder clinic portal and can invite your staff.",
  });
  return { id: claim.id };
}

export async function rejectClaim(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "moderation.claim.reject";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZReject, input);
  const c = await db().practiceClaim.findUnique({ where: { id: data.id }, include: { user: true } });
  if (!c) throw new AppError("NOT_FOUND", "This claim does not exist.");
  const r = await db().practiceClaim.updateMany({
    where: { id: c.id, status: "PENDING" },
    data: { status: "REJECTED", reviewedById: actor.userId, reviewedAt: new Date(), reason: data.reason },
  });
  if (r.count !== 1) throw new AppError("CONFLICT", "This claim was already reviewed.");
  await recordAudit(actor, { action, entity: "practice_claim", entityId: c.id, organizationId: c.organizationId, reason: data.reason });
  await sendMail({
    to: c.user.email,
    subject: "IR Finder: your practice claim",
    text: `Your claim was not approved.\n\nReason: ${data.reason}`,
  });
  return { id: c.id };
}
