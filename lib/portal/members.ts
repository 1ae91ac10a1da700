// Practice staff: managers invite (single-use e-mailed token) and remove members; members see who else has access.
import "server-only";
import { randomToken, sha256Hex } from "@/lib/auth/crypto";
import type { TActor } from "@/lib/http/request-context";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { enforceLimits } from "@/lib/auth/limits";
import { portalLink } from "@/lib/auth/links";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send-mail";
import { requireMembership } from "@/lib/auth/membership";
import { withdrawPendingChangeRequests } from "@/lib/change-requests/withdraw";
import {
  ZAcceptInvitation,
  ZInvitationPreview,
  ZInviteStaff,
  ZOrganizationRef,
  ZRemoveMember,
  ZRevokeInvitation,
} from "@/lib/portal/schemas";

const INVITATION_DAYS = 7;

export async function inviteStaff(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "member.invite";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZInviteStaff, input);
  await requireMembership(actor, data.organizationId, action, { managerOnly: true });
  await enforceLimits(actor, action, [{ name: "invitePerUser", subject: String(actor.userId) }]);
  const org = await db().organization.findUniqueOrThrow({ where: { id: data.organizationId } });
  const token = randomToken(32);
  const inv = await db().invitation.create({
    data: {
      organizationId: org.id,
      email: data.email,
      tokenHash: sha256Hex(token),
      invitedById: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    },
  });
  await recordAudit(actor, { action, entity: "invitation", entityId: inv.id, organizationId: org.id, after: { email: data.email } });
  await sendMail({
    to: data.email,
    subject: `You're invited to help keep ${org.name}'s IR Finder listing current`,
    text: `${actor.email} invited you to the IR Finder clinic portal as staff of ${org.name}.\n\nCreate an account or sign in with this email address, then open:\n${portalLink(`/portal/invitations/accept?token=${token}`)}\n\nThe invitation expires in ${INVITATION_DAYS} days.`,
  });
  return { id: inv.id };
}

/** The invitation must be addressed to the signed-in user's own e-mail address. */
export async function acceptInvitation(actorOrNull: TActor | null, input: unknown): Promise<{ organizationId: number }> {
  const action = "member.accept_invitation";
  const actor = await requireActor(actorOrNull, action);
  const ref = await parseInput(actor, action, ZAcceptInvitation, input);
  const inv =
    "token" in ref
      ? await db().invitation.findUnique({ where: { tokenHash: sha256Hex(ref.token) } })
      : await db().invitation.findUnique({ where: { id: ref.invitationId } });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt.getTime() <= Date.now()) {
    return deny(actor, action, { entity: "invitation", reason: "invalid, used or expired invitation" });
  }
  const invitation = inv;
  if (invitation.email !== actor.email) {
    return deny(actor, action, {
      entity: "invitation",
      entityId: invitation.id,
      organizationId: invitation.organizationId,
      reason: "invitation for another address",
    });
  }
  // An invitation is only as good as its sender's standing now: revoked rows aside, a sender who is no longer an
  // active manager of the practice (removed, demoted, disabled) cannot bring anyone in.
  const sender = await db().membership.findUnique({
    where: { userId_organizationId: { userId: invitation.invitedById, organizationId: invitation.organizationId } },
    include: { user: { select: { disabledAt: true } } },
  });
  if (!sender || sender.role !== "MANAGER" || sender.user.disabledAt) {
    return deny(actor, action, {
      entity: "invitation",
      entityId: invitation.id,
      organizationId: invitation.organizationId,
      reason: "sender no longer manages the practice",
    });
  }
  await db().$transaction(async (tx) => {
    const r = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (r.count !== 1) throw new AppError("CONFLICT", "This invitation was already used.");
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: actor.userId, organizationId: invitation.organizationId } },
      create: { userId: actor.userId, organizationId: invitation.organizationId, role: "STAFF" },
      update: {},
    });
    await recordAudit(actor, { action, entity: "invitation", entityId: invitation.id, organizationId: invitation.organizationId }, tx);
  });
  return { organizationId: invitation.organizationId };
}

/** An invitation as its recipient sees it: the practice, who invited, the address it is for. */
export type TInvitationForMeDto = { id: number; organizationName: string; invitedBy: string; email: string; expiresAt: string };

async function invitationView(where: { tokenHash: string } | { email: string }): Promise<TInvitationForMeDto[]> {
  const rows = await db().invitation.findMany({
    where: { ...where, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { organization: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const senders = await db().portalUser.findMany({
    where: { id: { in: rows.map((r) => r.invitedById) } },
    select: { id: true, displayName: true, email: true },
  });
  const who = new Map(senders.map((u) => [u.id, `${u.displayName} (${u.email})`]));
  return rows.map((r) => ({
    id: r.id,
    organizationName: r.organization.name,
    invitedBy: who.get(r.invitedById) ?? "a former manager",
    email: r.email,
    expiresAt: r.expiresAt.toISOString(),
  }));
}

/** Invitations waiting for the signed-in person's address, for the portal home page. */
export async function listMyInvitations(actorOrNull: TActor | null): Promise<TInvitationForMeDto[]> {
  const actor = await requireActor(actorOrNull, "member.invitations.mine");
  return invitationView({ email: actor.email });
}

/**
 * What an invitation link says before signing in: the practice and who invited. Whoever holds the link's secret may
 * read this (it is the same as the e-mail they received); an unknown, used or expired link shows nothing.
 */
export async function previewInvitation(input: unknown): Promise<TInvitationForMeDto | null> {
  const parsed = ZInvitationPreview.safeParse(input);
  if (!parsed.success) return null;
  return (await invitationView({ tokenHash: sha256Hex(parsed.data.token) }))[0] ?? null;
}

export async function removeMember(actorOrNull: TActor | null, input: unknown): Promise<{ ok: true }> {
  const action = "member.remove";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZRemoveMember, input);
  await requireMembership(actor, data.organizationId, action, { managerOnly: true });
  await db().$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: data.userId, organizationId: data.organizationId } },
    });
    if (!m) throw new AppError("NOT_FOUND", "This person is not a member of the practice.");
    if (m.role === "MANAGER") {
      const managers = await tx.membership.count({ where: { organizationId: data.organizationId, role: "MANAGER" } });
      if (managers <= 1) throw new AppError("CONFLICT", "A practice needs at least one manager.");
    }
    await tx.membership.delete({ where: { id: m.id } });
    const invitationsRevoked = await revokeInvitationsFrom(tx, { userId: m.userId, organizationId: data.organizationId });
    const changeRequestsWithdrawn = await withdrawPendingChangeRequests(tx, {
      userId: m.userId,
      organizationId: data.organizationId,
      reason: "Withdrawn automatically: the person who proposed it left the practice. A manager can propose it again.",
    });
    await recordAudit(
      actor,
      {
        action,
        entity: "membership",
        entityId: m.id,
        organizationId: data.organizationId,
        before: { userId: m.userId, role: m.role },
        after: { invitationsRevoked, changeRequestsWithdrawn },
      },
      tx,
    );
  });
  return { ok: true };
}

/** Revokes the pending invitations a user sent (for one practice, or all); returns how many. */
export async function revokeInvitationsFrom(
  tx: Prisma.TransactionClient,
  opts: { userId: number; organizationId?: number },
): Promise<number> {
  const r = await tx.invitation.updateMany({
    where: {
      invitedById: opts.userId,
      acceptedAt: null,
      revokedAt: null,
      ...(opts.organizationId === undefined ? {} : { organizationId: opts.organizationId }),
    },
    data: { revokedAt: new Date() },
  });
  return r.count;
}

export type TPendingInvitationDto = { id: number; email: string; invitedById: number; createdAt: string; expiresAt: string };

/** Invitations of a practice that can still be accepted: managers only. */
export async function listPendingInvitations(actorOrNull: TActor | null, input: unknown): Promise<TPendingInvitationDto[]> {
  const action = "member.invitations.list";
  const actor = await requireActor(actorOrNull, action);
  const { organizationId } = await parseInput(actor, action, ZOrganizationRef, input);
  await requireMembership(actor, organizationId, action, { managerOnly: true });
  const rows = await db().invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((i) => ({
    id: i.id,
    email: i.email,
    invitedById: i.invitedById,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  }));
}

export async function revokeInvitation(actorOrNull: TActor | null, input: unknown): Promise<{ ok: true }> {
  const action = "member.invitation.revoke";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZRevokeInvitation, input);
  await requireMembership(actor, data.organizationId, action, { managerOnly: true });
  // Scoped to the manager's own practice: another practice's invitation id is simply not found here.
  const r = await db().$transaction(async (tx) => {
    const u = await tx.invitation.updateMany({
      where: { id: data.invitationId, organizationId: data.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (u.count === 1)
      await recordAudit(actor, { action, entity: "invitation", entityId: data.invitationId, organizationId: data.organizationId }, tx);
    return u.count;
  });
  if (r !== 1) throw new AppError("NOT_FOUND", "There is no pending invitation with this id for your practice.");
  return { ok: true };
}

export type TMemberDto = { userId: number; email: string; displayName: string; role: string; since: string };

export async function listMembers(actorOrNull: TActor | null, input: unknown): Promise<TMemberDto[]> {
  const actor = await requireActor(actorOrNull, "member.list");
  const { organizationId } = await parseInput(actor, "member.list", ZOrganizationRef, input);
  await requireMembership(actor, organizationId, "member.list");
  const ms = await db().membership.findMany({ where: { organizationId }, include: { user: true }, orderBy: { createdAt: "asc" } });
  return ms.map((m) => ({
    userId: m.userId,
    email: m.user.email,
    displayName: m.user.displayName,
    role: m.role,
    since: m.createdAt.toISOString(),
  }));
}
