// Server-side sessions: random token in the cookie, its SHA-256 in the database; idle and absolute timeouts; revocation.
import "server-only";
import { randomToken, sha256Hex } from "@/lib/auth/crypto";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** A password-only session (second factor not yet given) lives this long at most. */
export const PENDING_MFA_MS = 10 * 60_000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export type TIssuedSession = { token: string; tokenHash: string; expiresAt: Date };

export type TSessionState = {
  tokenHash: string;
  userId: number;
  email: string;
  isModerator: boolean;
  mfaVerified: boolean;
  totpEnrolled: boolean;
  expiresAt: Date;
};

export async function createSession(
  userId: number,
  ctx: TRequestContext,
  opts: { mfaVerified: boolean; userAgent?: string | null },
): Promise<TIssuedSession> {
  const token = randomToken(32);
  const tokenHash = sha256Hex(token);
  const expiresAt = new Date(Date.now() + env().SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db().portalSession.create({
    data: {
      tokenHash,
      userId,
      expiresAt,
      mfaVerifiedAt: opts.mfaVerified ? new Date() : null,
      ipHash: ctx.ipHash,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, tokenHash, expiresAt };
}

/** The live session for a cookie token, or null when unknown, revoked, idle too long, expired or the user disabled. */
export async function readSession(token: string | undefined | null): Promise<TSessionState | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = sha256Hex(token);
  const s = await db().portalSession.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!s || s.revokedAt || s.user.disabledAt) return null;
  const now = Date.now();
  const idleMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (s.expiresAt.getTime() <= now || s.lastSeenAt.getTime() + idleMs <= now) return null;
  if (!s.mfaVerifiedAt && s.createdAt.getTime() + PENDING_MFA_MS <= now) return null;
  if (now - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db().portalSession.updateMany({ where: { tokenHash, revokedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    tokenHash,
    userId: s.userId,
    email: s.user.email,
    isModerator: s.user.isModerator,
    mfaVerified: s.mfaVerifiedAt !== null,
    totpEnrolled: s.user.totpEnabledAt !== null,
    expiresAt: s.expiresAt,
  };
}

/** The actor for a fully signed-in session (password and second factor), else null. */
export function actorFromSession(s: TSessionState | null, ctx: TRequestContext): TActor | null {
  if (!s || !s.mfaVerified) return null;
  return { ...ctx, userId: s.userId, email: s.email, isModerator: s.isModerator, sessionHash: s.tokenHash };
}

export async function revokeSession(tokenHash: string): Promise<void> {
  await db().portalSession.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user, except optionally one (the one that asked). Returns how many ended. */
export async function revokeAllSessions(userId: number, exceptTokenHash?: string): Promise<number> {
  const r = await db().portalSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptTokenHash ? { NOT: { tokenHash: exceptTokenHash } } : {}) },
    data: { revokedAt: new Date() },
  });
  return r.count;
}

/**
 * Replaces a session with a new token after a privilege change (second factor passed, password changed), so a
 * token seen before the change is worthless after it.
 */
export async function rotateSession(
  old: { tokenHash: string; userId: number },
  ctx: TRequestContext,
  opts: { mfaVerified: boolean; userAgent?: string | null },
): Promise<TIssuedSession> {
  await revokeSession(old.tokenHash);
  return createSession(old.userId, ctx, opts);
}
