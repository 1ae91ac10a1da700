// A signed-in user's own sessions: see where the account is signed in and end any one of them.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireActor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Sessions are named by a prefix of their token hash: enough to pick one, useless for anything else. */
const ID_LENGTH = 16;
const ZEndSession = z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/) });

export type TSessionDto = { id: string; createdAt: string; lastSeenAt: string; userAgent: string | null; current: boolean };

export async function listMySessions(actorOrNull: TActor | null): Promise<TSessionDto[]> {
  const actor = await requireActor(actorOrNull, "account.sessions.list");
  const rows = await db().portalSession.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() }, mfaVerifiedAt: { not: null } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows.map((s) => ({
    id: s.tokenHash.slice(0, ID_LENGTH),
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
    current: s.tokenHash === actor.sessionHash,
  }));
}

/** Ends one of the actor's own sessions; another user's session can never match (the user id is part of the query). */
export async function endMySession(actorOrNull: TActor | null, input: unknown): Promise<{ ok: true }> {
  const action = "account.sessions.end";
  const actor = await requireActor(actorOrNull, action);
  const { id } = await parseInput(actor, action, ZEndSession, input);
  const r = await db().portalSession.updateMany({
    where: { userId: actor.userId, tokenHash: { startsWith: id }, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (r.count === 0) throw new AppError("NOT_FOUND", "This session has already ended.");
  await recordAudit(actor, { action, entity: "portal_user", entityId: actor.userId, after: { sessionsEnded: r.count } });
  return { ok: true };
}
