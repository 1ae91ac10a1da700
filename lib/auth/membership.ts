// Who may act on which practice: membership (manager or staff) read fresh from the database on every operation.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { deny } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/client";

/**
 * Refuses (and records) unless the actor is a member of the practice, and a manager when `managerOnly`.
 * Moderators are not members: they act through lib/moderation, never by editing a clinic's listing directly.
 */
export async function requireMembership(
  actor: TActor,
  organizationId: number,
  action: string,
  opts: { managerOnly?: boolean } = {},
): Promise<MembershipRole> {
  const m = await db().membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId } } });
  if (!m) return deny(actor, action, { entity: "organization", entityId: organizationId, organizationId, reason: "not a member" });
  if (opts.managerOnly && m.role !== "MANAGER") {
    return deny(actor, action, { entity: "organization", entityId: organizationId, organizationId, reason: "manager only" });
  }
  return m.role;
}

/** Members read their practice; moderators read every practice. */
export async function requireReadAccess(actor: TActor, organizationId: number, action: string): Promise<void> {
  if (actor.isModerator) return;
  await requireMembership(actor, organizationId, action);
}
