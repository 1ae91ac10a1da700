// How a portal user hears about their practices' requests: one e-mail per event ("as they happen") or one daily digest
// (decision 064). Security mail (verification, password reset and change, invitations, two-step sign-in) ignores it.
import "server-only";
import { z } from "zod";
import { parseInput, requireActor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { NotifyMode } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";

export const NOTIFY_MODES = ["IMMEDIATE", "DAILY_DIGEST"] as const satisfies readonly NotifyMode[];
export type TNotifyMode = (typeof NOTIFY_MODES)[number];

const ZSetNotifyMode = z.strictObject({
  notifyMode: z.enum(NOTIFY_MODES, { error: "Choose how often we e-mail you about your practice's requests." }),
});

export async function getMyNotifyMode(actorOrNull: TActor | null): Promise<TNotifyMode> {
  const actor = await requireActor(actorOrNull, "account.notify_mode.read");
  const u = await db().portalUser.findUniqueOrThrow({ where: { id: actor.userId }, select: { notifyMode: true } });
  return u.notifyMode;
}

/** Changes only the signed-in user's own setting (the user id comes from the session, never from the form). */
export async function setMyNotifyMode(actorOrNull: TActor | null, input: unknown): Promise<{ notifyMode: TNotifyMode }> {
  const action = "account.notify_mode.set";
  const actor = await requireActor(actorOrNull, action);
  const { notifyMode } = await parseInput(actor, action, ZSetNotifyMode, input);
  const before = await db().portalUser.findUniqueOrThrow({ where: { id: actor.userId }, select: { notifyMode: true } });
  if (before.notifyMode !== notifyMode) {
    await db().portalUser.update({ where: { id: actor.userId }, data: { notifyMode } });
    await recordAudit(actor, { action, entity: "portal_user", entityId: actor.userId, before, after: { notifyMode } });
  }
  return { notifyMode };
}

/** Per-event practice mail goes only to users who chose "as they happen". */
export function wantsEachEvent(user: { notifyMode: NotifyMode }): boolean {
  return user.notifyMode === "IMMEDIATE";
}
