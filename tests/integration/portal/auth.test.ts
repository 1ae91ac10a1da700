// Accounts against the real database: hash parameters, password policy, e-mail verification and reset through the
// outbox, sign-in messages, rate limits, TOTP enrolment and replay, recovery codes, session timeouts and revocation.
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, requestPasswordReset, resetPassword, signIn, signOutEverywhere, signUp, verifyEmail } from "@/lib/auth/accounts";
import { AUTH_LIMITS } from "@/lib/auth/limits";
import { confirmTotpEnrolment, startTotpEnrolment, verifySecondFactor } from "@/lib/auth/mfa";
import { HASH_PARAMS, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { endMySession, listMySessions } from "@/lib/auth/my-sessions";
import { actorFromSession, readSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { settleBackgroundWork } from "@/lib/jobs/background";
import { linkIn, readOutbox } from "@/lib/mail/outbox";
import { disableUser } from "@/lib/moderation/users";
import { createUser, PASSWORD, resetPortal, signedIn, useTempOutbox } from "./support";

let outbox: string;
let ipSeq = 0;
const ctx = () => ({ requestId: `req-${Date.now()}`, ipHash: `ip-${++ipSeq}` });

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return { code: e.code, message: e.message };
}

function tokenFrom(link: string | null): string {
  const t = link ? new URL(link).searchParams.get("token") : null;
  if (!t) throw new Error("no token in link");
  return t;
}

/** Mail that must not reveal whether an account exists is sent in the background: wait for it briefly. */
async function lastMail(to: string, count = 1) {
  for (let i = 0; i < 50; i++) {
    const all = await readOutbox(outbox, to);
    const m = all.at(-1);
    if (m && all.length >= count) return m;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to}`);
}

/** Signs up, verifies from the outbox, signs in, enrols TOTP; returns the secret and a full session. */
async function fullAccount(email: string) {
  await signUp(ctx(), { email, displayName: "Test Person", password: PASSWORD });
  await verifyEmail(ctx(), { token: tokenFrom(linkIn(await lastMail(email), "/portal/verify-email")) });
  const first = await signIn(ctx(), { email, password: PASSWORD });
  const enrol = await startTotpEnrolment(await readSession(first.token));
  const totp = new TOTP({ secret: Secret.fromBase32(enrol.secret), digits: 6, period: 30, algorithm: "SHA1" });
  const enrolCode = totp.generate();
  const done = await confirmTotpEnrolment(await readSession(first.token), ctx(), { code: enrolCode });
  return { first, enrol, totp, done, enrolCode };
}

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
});
afterAll(async () => {
  await settleBackgroundWork();
  await db().$disconnect();
});

describe("password storage and policy", () => {
  it("stores argon2id with at least 19 MiB and 2 iterations", async () => {
    await signUp(ctx(), { email: "hash@clinic.test", displayName: "H", password: PASSWORD });
    await settleBackgroundWork();
    const u = await db().portalUser.findUniqueOrThrow({ where: { email: "hash@clinic.test" } });
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(u.passwordHash);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(2);
    expect(HASH_PARAMS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(await verifyPassword(u.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(u.passwordHash, `${PASSWORD} `)).toBe(false);
    expect(u.passwordHash).not.toContain(PASSWORD);
  });

  it("allows 8 to 128 characters, any characters, and refuses common passwords", () => {
    expect(passwordProblem("short1!")).toMatch(/at least 8/);
    expect(passwordProblem("password")).toMatch(/common/);
    expect(passwordProblem("Password1")).toMatch(/common/);
    expect(passwordProblem("iloveyou")).toMatch(/common/);
    expect(passwordProblem("me@clinic.test", "me@clinic.test")).toMatch(/email/);
    expect(passwordProblem("x".repeat(64) + "ÿ🙂 spaces ok")).toBeNull();
    expect(passwordProblem("a".repeat(129))).toMatch(/at most/);
    expect(passwordProblem("längeres Passwort")).toBeNull();
  });

  it("refuses a common password at sign-up and records it", async () => {
    const r = await refusal(signUp(ctx(), { email: "weak@clinic.test", displayName: "W", password: "password123" }));
    expect(r.code).toBe("VALIDATION_FAILED");
    expect(await db().portalUser.count({ where: { email: "weak@clinic.test" } })).toBe(0);
  });
});

describe("sign-up, verification, sign-in", () => {
  it("verifies the address from the outbox link once", async () => {
    await signUp(ctx(), { email: "New.Person@Clinic.test", displayName: "New", password: PASSWORD });
    const mail = await lastMail("new.person@clinic.test");
    const token = tokenFrom(linkIn(mail, "/portal/verify-email"));
    expect((await refusal(signIn(ctx(), { email: "new.person@clinic.test", password: PASSWORD }))).code).toBe("FORBIDDEN");
    await verifyEmail(ctx(), { token: tokenFrom(linkIn(await lastMail("new.person@clinic.test", 2), "/portal/verify-email")) });
    // The first link was replaced by the one re-sent at the refused sign-in.
    expect((await refusal(verifyEmail(ctx(), { token }))).code).toBe("BAD_REQUEST");
    const s = await signIn(ctx(), { email: "NEW.person@clinic.test", password: PASSWORD });
    expect(s.next).toBe("enroll");
  });

  it("answers sign-up the same way for an existing address, and mails the owner instead", async () => {
    const before = await db().portalUser.count();
    expect(await signUp(ctx(), { email: "new.person@clinic.test", displayName: "Again", password: "another good passphrase" })).toEqual({
      ok: true,
    });
    expect(await db().portalUser.count()).toBe(before);
    expect((await lastMail("new.person@clinic.test", 3)).subject).toMatch(/already have an IR Finder account/);
  });

  it("gives the same message for an unknown account, a wrong password and a disabled account", async () => {
    const mod = await signedIn((await createUser({ isModerator: true })).id);
    const victim = await createUser({ email: "disabled@clinic.test" });
    await disableUser(mod, { userId: victim.id, reason: "left the clinic" });
    const unknown = await refusal(signIn(ctx(), { email: "nobody@clinic.test", password: PASSWORD }));
    const wrong = await refusal(signIn(ctx(), { email: "new.person@clinic.test", password: "wrong password here" }));
    const disabled = await refusal(signIn(ctx(), { email: "disabled@clinic.test", password: PASSWORD }));
    expect(unknown).toEqual(wrong);
    expect(disabled).toEqual(wrong);
    expect(wrong.code).toBe("UNAUTHORIZED");
  });

  it("does not reveal accounts through password reset", async () => {
    const known = await requestPasswordReset(ctx(), { email: "new.person@clinic.test" });
    const unknown = await requestPasswordReset(ctx(), { email: "ghost@clinic.test" });
    expect(known).toEqual(unknown);
    await settleBackgroundWork();
    expect(await readOutbox(outbox, "ghost@clinic.test")).toHaveLength(0);
  });
});

describe("rate limits (counted before any hashing)", () => {
  it("refuses one address after ten wrong passwords on an account, even with the right one, and records it", async () => {
    const u = await createUser({ email: "target@clinic.test" });
    const attacker = { requestId: "attacker-0001", ipHash: "attacker-ip" };
    for (let i = 0; i < AUTH_LIMITS.signInFailuresPerAccountAndIp.limit; i++) {
      await refusal(signIn(attacker, { email: u.email, password: `wrong guess ${i}` }));
    }
    const r = await refusal(signIn(attacker, { email: u.email, password: PASSWORD }));
    expect(r.code).toBe("RATE_LIMITED");
    expect(await db().portalSession.count({ where: { userId: u.id } })).toBe(0);
    expect(
      await db().auditLog.count({ where: { action: "account.sign_in", reason: "rate limited (signInFailuresPerAccountAndIp)" } }),
    ).toBe(1);
  });

  it("limits one IP across many accounts", async () => {
    const same = { requestId: "r", ipHash: "one-busy-ip" };
    for (let i = 0; i < AUTH_LIMITS.signInPerIp.limit; i++) {
      await refusal(signIn(same, { email: `spray${i}@clinic.test`, password: "Summer2026!" }));
    }
    expect((await refusal(signIn(same, { email: "spray-last@clinic.test", password: "Summer2026!" }))).code).toBe("RATE_LIMITED");
  });

  it("limits password-reset requests per account", async () => {
    for (let i = 0; i < AUTH_LIMITS.resetPerAccount.limit; i++) await requestPasswordReset(ctx(), { email: "often@clinic.test" });
    expect((await refusal(requestPasswordReset(ctx(), { email: "often@clinic.test" }))).code).toBe("RATE_LIMITED");
  });
});

describe("two-step sign-in", () => {
  it("enrols with a code computed from the secret, then needs a fresh code at every sign-in; replays fail", async () => {
    const { enrol, totp, done, first, enrolCode } = await fullAccount("mfa@clinic.test");
    expect(enrol.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.otpauthUri).toContain("issuer=IR%20Finder");
    expect(done.recoveryCodes).toHaveLength(10);
    // The pre-MFA token was rotated away.
    expect(await readSession(first.token)).toBeNull();
    expect(actorFromSession(await readSession(done.session.token), ctx())).not.toBeNull();
    const user = await db().portalUser.findUniqueOrThrow({ where: { email: "mfa@clinic.test" } });
    expect(user.totpSecret).not.toContain(enrol.secret);

    const second = await signIn(ctx(), { email: "mfa@clinic.test", password: PASSWORD });
    expect(second.next).toBe("mfa");
    // A password-only session is not an actor.
    expect(actorFromSession(await readSession(second.token), ctx())).toBeNull();
    // The code used at enrolment is refused as a replay (the very code, so a 30 s boundary crossed meanwhile
    // cannot turn it into the next step's fresh code).
    expect((await refusal(verifySecondFactor(await readSession(second.token), ctx(), { code: enrolCode }))).code).toBe("BAD_REQUEST");
    const wrong = (Number(totp.generate({ timestamp: Date.now() + 5 * 60_000 })) + 1) % 1_000_000;
    expect((await refusal(verifySecondFactor(await readSession(second.token), ctx(), { code: String(wrong).padStart(6, "0") }))).code).toBe(
      "BAD_REQUEST",
    );
    // The next time step's code is accepted (within the ±1 step window) exactly once.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    const ok = await verifySecondFactor(await readSession(second.token), ctx(), { code: next });
    expect(actorFromSession(await readSession(ok.token), ctx())?.email).toBe("mfa@clinic.test");
    const third = await signIn(ctx(), { email: "mfa@clinic.test", password: PASSWORD });
    expect((await refusal(verifySecondFactor(await readSession(third.token), ctx(), { code: next }))).code).toBe("BAD_REQUEST");
  });

  it("accepts each recovery code once", async () => {
    const { done } = await fullAccount("recovery@clinic.test");
    const code = done.recoveryCodes[0] as string;
    const s1 = await signIn(ctx(), { email: "recovery@clinic.test", password: PASSWORD });
    await verifySecondFactor(await readSession(s1.token), ctx(), { code: code.toUpperCase() });
    const s2 = await signIn(ctx(), { email: "recovery@clinic.test", password: PASSWORD });
    expect((await refusal(verifySecondFactor(await readSession(s2.token), ctx(), { code }))).code).toBe("BAD_REQUEST");
  });

  it("limits guesses of the second factor per user", async () => {
    await fullAccount("guess@clinic.test");
    const s = await signIn(ctx(), { email: "guess@clinic.test", password: PASSWORD });
    let limited = false;
    for (let i = 0; i < AUTH_LIMITS.mfaPerUser.limit + 1; i++) {
      const r = await refusal(verifySecondFactor(await readSession(s.token), ctx(), { code: String(100000 + i) }));
      if (r.code === "RATE_LIMITED") limited = true;
    }
    expect(limited).toBe(true);
  });
});

describe("sessions", () => {
  it("ends at the idle timeout and at the absolute expiry", async () => {
    const u = await createUser();
    const a = await signedIn(u.id);
    await db().portalSession.update({ where: { tokenHash: a.sessionHash }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await readSession(a.token)).toBeNull();
    const b = await signedIn(u.id);
    await db().portalSession.update({ where: { tokenHash: b.sessionHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readSession(b.token)).toBeNull();
    expect(await readSession("not-a-real-token")).toBeNull();
  });

  it("a password-only session (no second factor yet) expires after 10 minutes", async () => {
    const u = await createUser({ email: "halfway@clinic.test" });
    const s = await signIn(ctx(), { email: u.email, password: PASSWORD });
    expect(await readSession(s.token)).not.toBeNull();
    await db().portalSession.update({ where: { tokenHash: s.tokenHash }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await readSession(s.token)).toBeNull();
  });

  it("lists a user's own sessions and ends one of them, never another user's", async () => {
    const u = await createUser();
    const other = await signedIn((await createUser()).id);
    const [a, b] = [await signedIn(u.id), await signedIn(u.id)];
    const list = await listMySessions(a);
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const otherId = other.sessionHash.slice(0, 16);
    expect((await refusal(endMySession(a, { id: otherId }))).code).toBe("NOT_FOUND");
    expect(await readSession(other.token)).not.toBeNull();
    await endMySession(a, { id: b.sessionHash.slice(0, 16) });
    expect(await readSession(b.token)).toBeNull();
    expect(await readSession(a.token)).not.toBeNull();
  });

  it("signing out everywhere ends every session", async () => {
    const u = await createUser();
    const [a, b] = [await signedIn(u.id), await signedIn(u.id)];
    await signOutEverywhere(a);
    expect(await readSession(a.token)).toBeNull();
    expect(await readSession(b.token)).toBeNull();
  });

  it("a password change ends the other sessions and replaces the current token", async () => {
    const u = await createUser({ email: "changer@clinic.test" });
    const [a, b] = [await signedIn(u.id), await signedIn(u.id)];
    expect((await refusal(changePassword(a, { currentPassword: "not it at all", newPassword: "a brand new passphrase" }))).code).toBe(
      "FORBIDDEN",
    );
    const fresh = await changePassword(a, { currentPassword: PASSWORD, newPassword: "a brand new passphrase" });
    expect(await readSession(a.token)).toBeNull();
    expect(await readSession(b.token)).toBeNull();
    expect(await readSession(fresh.token)).not.toBeNull();
  });

  it("a password reset ends every session; the link works once", async () => {
    const u = await createUser({ email: "resetme@clinic.test" });
    const a = await signedIn(u.id);
    await requestPasswordReset(ctx(), { email: u.email });
    const token = tokenFrom(linkIn(await lastMail(u.email), "/portal/reset-password"));
    await resetPassword(ctx(), { token, password: "completely different words" });
    expect(await readSession(a.token)).toBeNull();
    expect((await refusal(resetPassword(ctx(), { token, password: "yet another passphrase" }))).code).toBe("BAD_REQUEST");
    await signIn(ctx(), { email: u.email, password: "completely different words" });
  });

  it("disabling an account ends its sessions at once", async () => {
    const mod = await signedIn((await createUser({ isModerator: true })).id);
    const u = await createUser();
    const a = await signedIn(u.id);
    const r = await disableUser(mod, { userId: u.id, reason: "compromised" });
    expect(r.sessionsEnded).toBe(1);
    expect(await readSession(a.token)).toBeNull();
  });
});
