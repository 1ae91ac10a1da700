// Moderators disable portal accounts; every session of a disabled account ends at once.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { revokeAllSessions } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZDisableUser, ZDisableUserByEmail } from "@/lib/moderation/schemas";
import { revokeInvitationsFrom } from "@/lib/portal/members";
import { withdrawPendingChangeRequests } from "@/lib/change-requests/withdraw";

export async function disableUser(actorOrNull: TActor | null, input: unknown): Promise<{ sessionsEnded: number }> {
  const action = "moderation.user.disable";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZDisableUser, input);
  if (data.userId === actor.userId) throw new AppError("BAD_REQUEST", "You cannot disable your own account.");
  // What the account set in motion stops with it: invitations it sent and changes it proposed, in every practice.
  const leftovers = await db().$transaction(async (tx) => {
    const r = await tx.portalUser.updateMany({ where: { id: data.userId, disabledAt: null }, data: { disabledAt: new Date() } });
    if (r.count !== 1) throw new AppError("NOT_FOUND", "No active account with this id.");
    const invitationsRevoked = await revokeInvitationsFrom(tx, { userId: data.userId });
    const changeRequestsWithdrawn = await withdrawPendingChangeRequests(tx, {
      userId: data.userId,
      reason: "Withdrawn automatically: the account that proposed it was disabled. A manager can propose it again.",
    });
    return { invitationsRevoked, changeRequestsWithdrawn };
  });
  const sessionsEnded = await revokeAllSessions(data.userId);
  await recordAudit(actor, {
    action,
    entity: "portal_user",
    entityId: data.userId,
    after: { sessionsEnded, ...leftovers },
    reason: data.reason,
  });
  return { sessionsEnded };
}

/** The moderation screen names accounts by e-mail address. */
export async function disableUserByEmail(actorOrNull: TActor | null, input: unknown): Promise<{ sessionsEnded: number }> {
  const action = "moderation.user.disable";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZDisableUserByEmail, input);
  const user = await db().portalUser.findUnique({ where: { email: data.email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "No account uses this email address.");
  return disableUser(actor, { userId: user.id, reason: data.reason });
}
