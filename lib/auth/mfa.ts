// Second factor: TOTP enrolment (QR code + recovery codes), TOTP or recovery-code check at sign-in, replay refusal.
import "server-only";
import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { decryptSecret, encryptSecret, sha256Hex } from "@/lib/auth/crypto";
import type { TRequestContext } from "@/lib/http/request-context";
import { parseInput } from "@/lib/auth/guard";
import { enforceLimits } from "@/lib/auth/limits";
import { ZMfaCode } from "@/lib/auth/schemas";
import { rotateSession, type TIssuedSession, type TSessionState } from "@/lib/auth/session";
import { recordAudit, recordDenied } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const ISSUER = "IR Finder";
const PERIOD = 30;
const RECOVERY_CODE_COUNT = 10;

function totpFor(base32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });
}

/** The time step a code matches (±1 step of clock drift), or null. */
function matchingStep(totp: TOTP, code: string): number | null {
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return null;
  return Math.floor(Date.now() / 1000 / PERIOD) + delta;
}

function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

function normalizeRecovery(code: string): string {
  const c = code.replace(/-/g, "");
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}

function requirePending(session: TSessionState | null): TSessionState {
  if (!session) throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
  return session;
}

export type TEnrolment = { secret: string; otpauthUri: string; qrDataUrl: string };

/** Offers a new secret to a signed-in (first factor) user who has no second factor yet. */
export async function startTotpEnrolment(session: TSessionState | null): Promise<TEnrolment> {
  const s = requirePending(session);
  if (s.totpEnrolled) throw new AppError("CONFLICT", "Two-step sign-in is already set up for this account.");
  const secret = new Secret({ size: 20 }).base32;
  await db().portalUser.update({ where: { id: s.userId }, data: { totpPendingSecret: encryptSecret(secret) } });
  const otpauthUri = totpFor(secret, s.email).toString();
  return { secret, otpauthUri, qrDataUrl: await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: "M", margin: 1 }) };
}

/** Confirms enrolment with a code from the app; returns the recovery codes (shown once) and a fresh session. */
export async function confirmTotpEnrolment(
  session: TSessionState | null,
  ctx: TRequestContext,
  input: unknown,
): Promise<{ recoveryCodes: string[]; session: TIssuedSession }> {
  const s = requirePending(session);
  const { code } = await parseInput(ctx, "mfa.enrol", ZMfaCode, input);
  await enforceLimits(ctx, "mfa.enrol", [{ name: "mfaPerUser", subject: String(s.userId) }]);
  const user = await db().portalUser.findUniqueOrThrow({ where: { id: s.userId } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Two-step sign-in is already set up for this account.");
  if (!user.totpPendingSecret) throw new AppError("BAD_REQUEST", "Start the set-up again: no code was offered.");
  const secret = decryptSecret(user.totpPendingSecret);
  const step = /^\d{6}$/.test(code) ? matchingStep(totpFor(secret, user.email), code) : null;
  if (step === null) {
    await recordDenied({ ...ctx }, { action: "mfa.enrol", entity: "portal_user", entityId: user.id, reason: "wrong code" });
    throw new AppError("BAD_REQUEST", "That code is not correct. Check the time on your phone and try the newest code.");
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db().$transaction([
    db().portalUser.update({
      where: { id: user.id },
      data: { totpSecret: encryptSecret(secret), totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: BigInt(step) },
    }),
    db().recoveryCode.deleteMany({ where: { userId: user.id } }),
    db().recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: user.id, codeHash: sha256Hex(c) })) }),
  ]);
  const fresh = await rotateSession(s, ctx, { mfaVerified: true });
  await recordAudit(ctx, { action: "mfa.enrol", entity: "portal_user", entityId: user.id });
  return { recoveryCodes, session: fresh };
}

/** Second step of sign-in: a TOTP code (each time step accepted once) or an unused recovery code. */
export async function verifySecondFactor(session: TSessionState | null, ctx: TRequestContext, input: unknown): Promise<TIssuedSession> {
  const s = requirePending(session);
  const { code } = await parseInput(ctx, "mfa.verify", ZMfaCode, input);
  await enforceLimits(ctx, "mfa.verify", [{ name: "mfaPerUser", subject: String(s.userId) }]);
  const user = await db().portalUser.findUniqueOrThrow({ where: { id: s.userId } });
  if (!user.totpSecret) throw new AppError("BAD_REQUEST", "Set up two-step sign-in first.");
  let accepted = false;
  let method = "totp";
  if (/^\d{6}$/.test(code)) {
    const step = matchingStep(totpFor(decryptSecret(user.totpSecret), user.email), code);
    if (step !== null) {
      // Conditional update: a code (time step) already used, even concurrently, is refused.
      const r = await db().portalUser.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }] },
        data: { totpLastStep: BigInt(step) },
      });
      accepted = r.count === 1;
    }
  } else {
    method = "recovery";
    const r = await db().recoveryCode.updateMany({
      where: { userId: user.id, codeHash: sha256Hex(normalizeRecovery(code)), usedAt: null },
      data: { usedAt: new Date() },
    });
    accepted = r.count === 1;
  }
  if (!accepted) {
    await recordDenied(ctx, { action: "mfa.verify", entity: "portal_user", entityId: user.id, reason: `wrong or reused ${method} code` });
    throw new AppError("BAD_REQUEST", "That code is not correct or was already used.");
  }
  const fresh = await rotateSession(s, ctx, { mfaVerified: true });
  await recordAudit(ctx, { action: "mfa.verify", entity: "portal_user", entityId: user.id, after: { method } });
  return fresh;
}
