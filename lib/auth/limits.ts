// Rate limits for authentication, checked before any password hashing so floods cost us almost nothing.
import "server-only";
import { sha256Hex } from "@/lib/auth/crypto";
import type { TRequestContext } from "@/lib/http/request-context";
import { recordDenied } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/security/rate-limit";

/** Attempts per window; per account is lower than per IP (one IP may be a clinic's shared office address). */
export const AUTH_LIMITS = {
  signInPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 20, windowSeconds: 60 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  mfaPerUser: { limit: 10, windowSeconds: 15 * 60 },
  // Mail-sending actions of signed-in users, so no account can be used to flood inboxes.
  invitePerUser: { limit: 20, windowSeconds: 60 * 60 },
  claimPerUser: { limit: 5, windowSeconds: 24 * 60 * 60 },
} as const;

type TLimitName = keyof typeof AUTH_LIMITS;

/** Counts one attempt against each named key; refuses (and records) if any is over its limit. */
export async function enforceLimits(
  ctx: TRequestContext,
  action: string,
  checks: Array<{ name: TLimitName; subject: string | null }>,
): Promise<void> {
  for (const c of checks) {
    if (!c.subject) continue;
    const { limit, windowSeconds } = AUTH_LIMITS[c.name];
    // Keys carry a hash, never an e-mail address or IP in clear.
    const r = await consumeRateLimit({ key: `auth:${c.name}:${sha256Hex(c.subject)}`, limit, windowSeconds });
    if (!r.allowed) {
      await recordDenied(ctx, { action, reason: `rate limited (${c.name})` });
      throw new AppError("RATE_LIMITED", `Too many attempts. Try again in ${Math.ceil(r.retryAfterSeconds / 60)} minute(s).`, {
        retryAfterSeconds: r.retryAfterSeconds,
      });
    }
  }
}
