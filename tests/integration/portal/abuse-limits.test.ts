// Cases 3, 7 and 8 of the security review: limits that slow an attacker without locking out the owner, a mail
// budget per address, a bounded audit log under anonymous floods, and account answers that do the same work for
// existing and unknown addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset, signIn, signUp } from "@/lib/auth/accounts";
import { AUTH_LIMITS, MAIL_BUDGET } from "@/lib/auth/limits";
import { recordDenied, ANONYMOUS_REFUSALS } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { runInBackground, settleBackgroundWork } from "@/lib/jobs/background";
import { readOutbox } from "@/lib/mail/outbox";
import { removeMember } from "@/lib/portal/members";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { createUser, PASSWORD, resetPortal, useTempOutbox } from "./support";

let outbox: string;

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "ok",
    (e: unknown) => (isAppError(e) ? e.code : `unexpected: ${String(e)}`),
  );
}

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
});
afterAll(async () => {
  await settleBackgroundWork();
  await db().$disconnect();
});

describe("sign-in limits slow an attacker but never lock the owner out", () => {
  it("ten wrong passwords from one address refuse that address, while the owner signs in from another", async () => {
    const u = await createUser({ email: "owner@clinic.test" });
    const attacker = { requestId: "attack-0001", ipHash: "attacker-address" };
    for (let i = 0; i < AUTH_LIMITS.signInFailuresPerAccountAndIp.limit; i++) {
      expect(await codeOf(signIn(attacker, { email: u.email, password: `wrong guess ${i}` }))).toBe("UNAUTHORIZED");
    }
    // The attacker's address is now refused for this account, even with the right password …
    expect(await codeOf(signIn(attacker, { email: u.email, password: PASSWORD }))).toBe("RATE_LIMITED");
    // … but the owner, elsewhere, gets in (after a short, bounded delay).
    const t0 = Date.now();
    expect(await codeOf(signIn({ requestId: "owner-0001", ipHash: "owner-address" }, { email: u.email, password: PASSWORD }))).toBe("ok");
    expect(Date.now() - t0).toBeLessThan(AUTH_LIMITS.signInFailuresPerAccount.maxDelayMs + 2000);
  });

  it("failures on one account slow further attempts on it progressively, from any address", async () => {
    const { signInDelayMs } = await import("@/lib/auth/limits");
    expect(signInDelayMs(0)).toBe(0);
    expect(signInDelayMs(AUTH_LIMITS.signInFailuresPerAccount.freeFailures)).toBeGreaterThan(0);
    const delays = Array.from({ length: 20 }, (_, i) => signInDelayMs(i));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(Math.max(...delays)).toBe(AUTH_LIMITS.signInFailuresPerAccount.maxDelayMs);
  });
});

describe("sign-up and mail to one address", () => {
  it("limits sign-ups per address, whichever IP they come from", async () => {
    const codes: string[] = [];
    for (let i = 0; i < AUTH_LIMITS.signUpPerAddress.limit + 3; i++) {
      codes.push(
        await codeOf(
          signUp(
            { requestId: `su-${i}-0000`, ipHash: `spread-${i}` },
            { email: "flooded@clinic.test", displayName: "F", password: PASSWORD },
          ),
        ),
      );
    }
    expect(codes.filter((c) => c === "ok")).toHaveLength(AUTH_LIMITS.signUpPerAddress.limit);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(3);
  });

  it("an address gets at most its mail budget of account mail, however the mails are triggered", async () => {
    await createUser({ email: "inbox@clinic.test" });
    for (let i = 0; i < 15; i++) {
      const ctx = { requestId: `mix-${i}-0000`, ipHash: `mix-${i}` };
      // Sign-ups (existing account: "you already have an account") and reset requests, alternately.
      await codeOf(
        i % 2
          ? signUp(ctx, { email: "inbox@clinic.test", displayName: "I", password: PASSWORD })
          : requestPasswordReset(ctx, { email: "inbox@clinic.test" }),
      );
    }
    await settleBackgroundWork();
    const mails = await readOutbox(outbox, "inbox@clinic.test");
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.length).toBeLessThanOrEqual(MAIL_BUDGET.limit);
  });
});

describe("existing and unknown addresses do the same work before the answer", () => {
  /** Holds the background queue shut, so the test sees exactly what was done before the answer. */
  function holdBackground(): () => void {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    runInBackground("test.hold", () => gate);
    return release;
  }

  it("sign-up answers before looking the address up; the account work happens afterwards", async () => {
    await createUser({ email: "exists@clinic.test" });
    const release = holdBackground();
    await signUp({ requestId: "timing-0001", ipHash: "t1" }, { email: "brand.new@clinic.test", displayName: "N", password: PASSWORD });
    await signUp({ requestId: "timing-0002", ipHash: "t2" }, { email: "exists@clinic.test", displayName: "E", password: PASSWORD });
    // Nothing account-specific has happened yet on either path …
    expect(await db().portalUser.count({ where: { email: "brand.new@clinic.test" } })).toBe(0);
    expect(await readOutbox(outbox, "exists@clinic.test")).toHaveLength(0);
    release();
    await settleBackgroundWork();
    // … and afterwards both are done.
    expect(await db().portalUser.count({ where: { email: "brand.new@clinic.test" } })).toBe(1);
    expect(await readOutbox(outbox, "brand.new@clinic.test")).toHaveLength(1);
    expect(await readOutbox(outbox, "exists@clinic.test")).toHaveLength(1);
  });

  it("a reset request answers before looking the address up", async () => {
    const u = await createUser({ email: "resetme@clinic.test" });
    const release = holdBackground();
    await requestPasswordReset({ requestId: "timing-0003", ipHash: "t3" }, { email: u.email });
    expect(await db().authToken.count({ where: { userId: u.id } })).toBe(0);
    release();
    await settleBackgroundWork();
    expect(await db().authToken.count({ where: { userId: u.id } })).toBe(1);
  });
});

describe("anonymous refusals cannot grow the audit log without bound", () => {
  it("200 signed-out refusals from one address leave a bounded number of rows", async () => {
    const before = await db().auditLog.count({ where: { action: "member.remove", outcome: "denied" } });
    for (let i = 0; i < 200; i++) await codeOf(removeMember(null, { organizationId: 1, userId: 1 }));
    const rows = (await db().auditLog.count({ where: { action: "member.remove", outcome: "denied" } })) - before;
    expect(rows).toBeLessThanOrEqual(ANONYMOUS_REFUSALS.perAddressAndAction.limit + 1);
    expect(rows).toBeGreaterThan(0);
  });

  it("refusals spread over many addresses are capped in total", async () => {
    // Bring the all-addresses counter close to its cap (as a long flood would) instead of sending hundreds.
    await consumeRateLimit({ key: "audit:anon:all", ...ANONYMOUS_REFUSALS.allAddresses });
    await db().rateLimitBucket.update({ where: { key: "audit:anon:all" }, data: { count: ANONYMOUS_REFUSALS.allAddresses.limit - 5 } });
    const before = await db().auditLog.count({ where: { outcome: "denied" } });
    for (let i = 0; i < 40; i++)
      await recordDenied({ requestId: `spread-${i}-0000`, ipHash: `addr-${i}` }, { action: "account.sign_in", reason: "wrong password" });
    const rows = (await db().auditLog.count({ where: { outcome: "denied" } })) - before;
    expect(rows).toBe(5 + 1);
  });

  it("a signed-in user's refusals are always recorded", async () => {
    const { signedIn } = await import("./support");
    const actor = await signedIn((await createUser()).id);
    const before = await db().auditLog.count({ where: { actorUserId: actor.userId } });
    for (let i = 0; i < 30; i++) await codeOf(removeMember(actor, { organizationId: 1, userId: 1 }));
    expect((await db().auditLog.count({ where: { actorUserId: actor.userId } })) - before).toBe(30);
  });
});
