// Single-use e-mail tokens (verify address, reset password): only their SHA-256 is stored.
import "server-only";
import { randomToken, sha256Hex } from "@/lib/auth/crypto";
import { db } from "@/lib/db/client";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/client";

const LIFETIME_MS: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 3_600_000,
  RESET_PASSWORD: 30 * 60_000,
};

export async function issueEmailToken(userId: number, purpose: AuthTokenPurpose): Promise<string> {
  const token = randomToken(32);
  // A new link replaces any earlier unused one for the same purpose.
  await db().authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await db().authToken.create({
    data: { tokenHash: sha256Hex(token), userId, purpose, expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]) },
  });
  return token;
}

/** Marks the token used and returns its user id; null when unknown, used, expired or for another purpose. */
export async function consumeEmailToken(token: string, purpose: AuthTokenPurpose): Promise<number | null> {
  const tokenHash = sha256Hex(token);
  const found = await db().authToken.findUnique({ where: { tokenHash } });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt.getTime() <= Date.now()) return null;
  // The conditional update makes a token single-use even under concurrent clicks.
  const r = await db().authToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: new Date() } });
  return r.count === 1 ? found.userId : null;
}
