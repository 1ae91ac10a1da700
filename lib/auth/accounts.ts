// Account life cycle: sign-up, e-mail verification, sign-in (first factor), password reset and change, sign-out.
import "server-only";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { consumeEmailToken, issueEmailToken } from "@/lib/auth/email-tokens";
import { parseInput } from "@/lib/auth/guard";
import { afterFailedPassword, beforePasswordCheck, enforceLimits } from "@/lib/auth/limits";
import { portalLink } from "@/lib/auth/links";
import { dummyHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { ZChangePassword, ZRequestReset, ZResetPassword, ZSignIn, ZSignUp, ZToken } from "@/lib/auth/schemas";
import { createSession, revokeAllSessions, rotateSession, type TIssuedSession } from "@/lib/auth/session";
import { recordAudit, recordDenied } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { runInBackground } from "@/lib/jobs/background";
import { queueMail, sendMail } from "@/lib/mail/send-mail";

const BAD_CREDENTIALS = "The email or password is incorrect, or the account is not active.";

function weakPassword(ctx: TRequestContext, action: string, password: string, email?: string): Promise<void> {
  const problem = passwordProblem(password, email);
  if (!problem) return Promise.resolve();
  return recordDenied(ctx, { action, reason: "password policy" }).then(() => {
    throw new AppError("VALIDATION_FAILED", problem, { fields: [{ field: "password", message: problem }] });
  });
}

async function sendVerification(userId: number, email: string): Promise<void> {
  const token = await issueEmailToken(userId, "VERIFY_EMAIL");
  queueMail({
    to: email,
    subject: "Confirm your email for IR Finder",
    text: `Confirm your email address for the IR Finder clinic portal:\n\n${portalLink(`/portal/verify-email?token=${token}`)}\n\nThe link works once, for 24 hours. If you did not sign up, ignore this message.`,
  });
}

/**
 * The same answer, after the same work, whether or not the address already has an account: limits, validation and
 * the password hash happen before answering; looking the address up, creating the account and the e-mail (a
 * confirmation link, or "you already have an account" to the owner) happen afterwards in the background.
 */
export async function signUp(ctx: TRequestContext, input: unknown): Promise<{ ok: true }> {
  await enforceLimits(ctx, "account.sign_up", [{ name: "signUpPerIp", subject: ctx.ipHash ?? "unknown" }]);
  const data = await parseInput(ctx, "account.sign_up", ZSignUp, input);
  await enforceLimits(ctx, "account.sign_up", [{ name: "signUpPerAddress", subject: data.email }]);
  await weakPassword(ctx, "account.sign_up", data.password, data.email);
  const passwordHash = await hashPassword(data.password);
  runInBackground("account.sign_up", () => completeSignUp(ctx, data.email, data.displayName, passwordHash));
  return { ok: true };
}

async function completeSignUp(ctx: TRequestContext, email: string, displayName: string, passwordHash: string): Promise<void> {
  const existing = await db().portalUser.findUnique({ where: { email } });
  if (existing) {
    queueMail({
      to: email,
      subject: "You already have an IR Finder account",
      text: `Someone (maybe you) tried to sign up with this address, which already has an account.\n\nSign in: ${portalLink("/portal/sign-in")}\nForgot your password? ${portalLink("/portal/forgot-password")}`,
    });
    return;
  }
  // Two sign-ups for one new address can race; the unique e-mail keeps one, the other ends here quietly.
  const user = await db()
    .portalUser.create({ data: { email, displayName, passwordHash } })
    .catch(() => null);
  if (!user) return;
  await recordAudit({ ...ctx }, { action: "account.sign_up", entity: "portal_user", entityId: user.id });
  await sendVerification(user.id, user.email);
}

export async function verifyEmail(ctx: TRequestContext, input: unknown): Promise<{ ok: true }> {
  const { token } = await parseInput(ctx, "account.verify_email", ZToken, input);
  const userId = await consumeEmailToken(token, "VERIFY_EMAIL");
  if (!userId) {
    await recordDenied(ctx, { action: "account.verify_email", reason: "invalid or expired token" });
    throw new AppError("BAD_REQUEST", "This link is invalid or has expired. Sign in to get a new one.");
  }
  await db().portalUser.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
  await recordAudit(ctx, { action: "account.verify_email", entity: "portal_user", entityId: userId });
  return { ok: true };
}

export type TSignInResult = TIssuedSession & { next: "mfa" | "enroll" };

/**
 * First factor. Limits per IP and per account are counted before any hashing; unknown accounts are verified
 * against a dummy hash so timing and messages are the same for every failure.
 */
export async function signIn(ctx: TRequestContext, input: unknown, userAgent?: string | null): Promise<TSignInResult> {
  const data = await parseInput(ctx, "account.sign_in", ZSignIn, input);
  await enforceLimits(ctx, "account.sign_in", [{ name: "signInPerIp", subject: ctx.ipHash ?? "unknown" }]);
  await beforePasswordCheck(ctx, "account.sign_in", data.email);
  const user = await db().portalUser.findUnique({ where: { email: data.email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), data.password);
  if (!user || !ok || user.disabledAt) {
    await afterFailedPassword(ctx, data.email);
    await recordDenied(ctx, {
      action: "account.sign_in",
      entity: user ? "portal_user" : undefined,
      entityId: user?.id,
      reason: !user ? "unknown account" : !ok ? "wrong password" : "account disabled",
    });
    throw new AppError("UNAUTHORIZED", BAD_CREDENTIALS);
  }
  if (!user.emailVerifiedAt) {
    await sendVerification(user.id, user.email);
    await recordDenied(ctx, { action: "account.sign_in", entity: "portal_user", entityId: user.id, reason: "email not verified" });
    throw new AppError("FORBIDDEN", "Please confirm your email address first. We have sent you a new link.");
  }
  if (needsRehash(user.passwordHash)) {
    await db().portalUser.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(data.password) } });
  }
  const session = await createSession(user.id, ctx, { mfaVerified: false, userAgent });
  await recordAudit(ctx, { action: "account.sign_in.password", entity: "portal_user", entityId: user.id });
  return { ...session, next: user.totpEnabledAt ? "mfa" : "enroll" };
}

/** Always answers the same, after the same work; the look-up and the reset mail happen in the background. */
export async function requestPasswordReset(ctx: TRequestContext, input: unknown): Promise<{ ok: true }> {
  const { email } = await parseInput(ctx, "account.reset_request", ZRequestReset, input);
  await enforceLimits(ctx, "account.reset_request", [
    { name: "resetPerIp", subject: ctx.ipHash ?? "unknown" },
    { name: "resetPerAccount", subject: email },
  ]);
  runInBackground("account.reset_request", () => completeResetRequest(ctx, email));
  return { ok: true };
}

async function completeResetRequest(ctx: TRequestContext, email: string): Promise<void> {
  const user = await db().portalUser.findUnique({ where: { email } });
  if (!user || user.disabledAt) return;
  const token = await issueEmailToken(user.id, "RESET_PASSWORD");
  queueMail({
    to: user.email,
    subject: "Reset your IR Finder password",
    text: `Set a new password for the IR Finder clinic portal:\n\n${portalLink(`/portal/reset-password?token=${token}`)}\n\nThe link works once, for 30 minutes. If you did not ask for this, ignore this message; your password is unchanged.`,
  });
  await recordAudit(ctx, { action: "account.reset_request", entity: "portal_user", entityId: user.id });
}

/** Sets a new password from an e-mailed link and ends every session (a thief's included). */
export async function resetPassword(ctx: TRequestContext, input: unknown): Promise<{ ok: true }> {
  const data = await parseInput(ctx, "account.reset_password", ZResetPassword, input);
  await weakPassword(ctx, "account.reset_password", data.password);
  const userId = await consumeEmailToken(data.token, "RESET_PASSWORD");
  if (!userId) {
    await recordDenied(ctx, { action: "account.reset_password", reason: "invalid or expired token" });
    throw new AppError("BAD_REQUEST", "This link is invalid or has expired. Ask for a new one.");
  }
  const user = await db().portalUser.update({
    where: { id: userId },
    // Following the link proves control of the address, so it also counts as verification.
    data: { passwordHash: await hashPassword(data.password), passwordChangedAt: new Date(), emailVerifiedAt: new Date() },
  });
  const ended = await revokeAllSessions(userId);
  await recordAudit(ctx, { action: "account.reset_password", entity: "portal_user", entityId: userId, after: { sessionsEnded: ended } });
  await sendMail({
    to: user.email,
    subject: "Your IR Finder password was changed",
    text: "Your password was just reset and every signed-in session was ended. If this wasn't you, reset your password again now and tell us.",
  });
  return { ok: true };
}

/** Needs the current password; ends every other session and gives this one a fresh token. */
export async function changePassword(actor: TActor, input: unknown): Promise<TIssuedSession> {
  const data = await parseInput(actor, "account.change_password", ZChangePassword, input);
  const user = await db().portalUser.findUniqueOrThrow({ where: { id: actor.userId } });
  await enforceLimits(actor, "account.change_password", [{ name: "changePasswordPerUser", subject: String(user.id) }]);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    await recordDenied(actor, {
      action: "account.change_password",
      entity: "portal_user",
      entityId: user.id,
      reason: "wrong current password",
    });
    throw new AppError("FORBIDDEN", "Your current password is not correct.");
  }
  await weakPassword(actor, "account.change_password", data.newPassword, user.email);
  await db().portalUser.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(data.newPassword), passwordChangedAt: new Date() },
  });
  await revokeAllSessions(user.id, actor.sessionHash);
  const fresh = await rotateSession({ tokenHash: actor.sessionHash, userId: user.id }, actor, { mfaVerified: true });
  await recordAudit(actor, { action: "account.change_password", entity: "portal_user", entityId: user.id });
  await sendMail({
    to: user.email,
    subject: "Your IR Finder password was changed",
    text: "Your password was changed and your other sessions were ended. If this wasn't you, reset your password now.",
  });
  return fresh;
}

export async function signOutEverywhere(actor: TActor): Promise<{ ended: number }> {
  const ended = await revokeAllSessions(actor.userId);
  await recordAudit(actor, {
    action: "account.sign_out_all",
    entity: "portal_user",
    entityId: actor.userId,
    after: { sessionsEnded: ended },
  });
  return { ended };
}
