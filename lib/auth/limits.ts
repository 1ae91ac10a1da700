// Rate limits for authentication, checked before any password hashing so floods cost us almost nothing.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { sha256Hex } from "@/lib/auth/crypto";
import type { TRequestContext } from "@/lib/http/request-context";
import { recordDenied } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { MAIL_BUDGET } from "@/lib/mail/send-mail";
import { consumeRateLimit, peekRateLimit } from "@/lib/security/rate-limit";

export { MAIL_BUDGET };

/**
 * Attempts per window. Nothing here locks an account for its owner: wrong passwords are counted per account *and*
 * address (an attacker's address is refused, the owner's is not), and per account only to slow every attempt a
 * little more (signInDelayMs), up to a few seconds.
 */
export const AUTH_LIMITS = {
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signInFailuresPerAccountAndIp: { limit: 10, windowSeconds: 15 * 60 },
  signInFailuresPerAccount: { windowSeconds: 15 * 60, freeFailures: 5, firstDelayMs: 100, maxDelayMs: 3200 },
  changePasswordPerUser: { limit: 10, windowSeconds: 15 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 20, windowSeconds: 60 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  signUpPerAddress: { limit: 3, windowSeconds: 60 * 60 },
  mfaPerUser: { limit: 10, windowSeconds: 15 * 60 },
  // Mail-sending actions of signed-in users, so no account can be used to flood inboxes.
  invitePerUser: { limit: 20, windowSeconds: 60 * 60 },
  claimPerUser: { limit: 5, windowSeconds: 24 * 60 * 60 },
} as const;

type TLimitName = {
  [K in keyof typeof AUTH_LIMITS]: (typeof AUTH_LIMITS)[K] extends { limit: number } ? K : never;
}[keyof typeof AUTH_LIMITS];

// Keys carry a hash, never an e-mail address or IP in clear.
const keyOf = (name: string, subject: string) => `auth:${name}:${sha256Hex(subject)}`;

async function refuse(ctx: TRequestContext, action: string, name: string, retryAfterSeconds: number): Promise<never> {
  await recordDenied(ctx, { action, reason: `rate limited (${name})` });
  throw new AppError("RATE_LIMITED", `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
    retryAfterSeconds,
  });
}

/** Counts one attempt against each named key; refuses (and records) if any is over its limit. */
export async function enforceLimits(
  ctx: TRequestContext,
  action: string,
  checks: Array<{ name: TLimitName; subject: string | null }>,
): Promise<void> {
  for (const c of checks) {
    if (!c.subject) continue;
    const { limit, windowSeconds } = AUTH_LIMITS[c.name];
    const r = await consumeRateLimit({ key: keyOf(c.name, c.subject), limit, windowSeconds });
    if (!r.allowed) await refuse(ctx, action, c.name, r.retryAfterSeconds);
  }
}

/** How long to hold a sign-in attempt on an account that has had `failures` recent wrong passwords. */
export function signInDelayMs(failures: number): number {
  const { freeFailures, firstDelayMs, maxDelayMs } = AUTH_LIMITS.signInFailuresPerAccount;
  if (failures < freeFailures) return 0;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(30, failures - freeFailures));
}

const pairSubject = (email: string, ipHash: string | null) => `${email}|${ipHash ?? "unknown"}`;

/**
 * Before checking a password: refuses an address that has failed too often on this account, then waits in
 * proportion to the account's recent failures from anywhere. Counting failures (not attempts) means the owner's own
 * successful sign-ins never use up anything.
 */
export async function beforePasswordCheck(ctx: TRequestContext, action: string, email: string): Promise<void> {
  const pair = AUTH_LIMITS.signInFailuresPerAccountAndIp;
  const pairFailures = await peekRateLimit({
    key: keyOf("signInFailuresPerAccountAndIp", pairSubject(email, ctx.ipHash)),
    windowSeconds: pair.windowSeconds,
  });
  if (pairFailures.count >= pair.limit) await refuse(ctx, action, "signInFailuresPerAccountAndIp", pairFailures.retryAfterSeconds);
  const account = AUTH_LIMITS.signInFailuresPerAccount;
  const failures = await peekRateLimit({ key: keyOf("signInFailuresPerAccount", email), windowSeconds: account.windowSeconds });
  const delay = signInDelayMs(failures.count);
  if (delay > 0) await sleep(delay);
}

/** After a wrong password (or an unknown or disabled account, counted alike so nothing tells them apart). */
export async function afterFailedPassword(ctx: TRequestContext, email: string): Promise<void> {
  const { limit, windowSeconds } = AUTH_LIMITS.signInFailuresPerAccountAndIp;
  await consumeRateLimit({ key: keyOf("signInFailuresPerAccountAndIp", pairSubject(email, ctx.ipHash)), limit, windowSeconds });
  await consumeRateLimit({
    key: keyOf("signInFailuresPerAccount", email),
    limit: Number.MAX_SAFE_INTEGER,
    windowSeconds: AUTH_LIMITS.signInFailuresPerAccount.windowSeconds,
  });
}
