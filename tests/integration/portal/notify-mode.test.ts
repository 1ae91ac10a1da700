// Decision 064: each portal user picks e-mail about their practice's requests "as they happen" or "once a day". Per-event
// mail reaches only the first; `npm run digest` only the second (still idempotent per day, retried after a failure);
// security mail is sent at once whatever the setting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/accounts";
import { proposeRoleChange } from "@/lib/change-requests/propose";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { undoDecision } from "@/lib/change-requests/undo";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { isAppError, type AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { readOutbox } from "@/lib/mail/outbox";
import { sendDailyDigests } from "@/lib/portal/digest";
import { inviteStaff } from "@/lib/portal/members";
import { getMyNotifyMode, setMyNotifyMode } from "@/lib/auth/notify-mode";
import { addMember, createPractice, createUser, PASSWORD, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let outbox: string;
let P: TPracticeFixture;
let moderator: TActor;
let manager: TActor; // daily digest
let staffNow: TActor; // as they happen
let staffDigest: TActor; // daily digest
let secondRoleId: number;

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const mailTo = async (to: string) => readOutbox(outbox, to);
const digests = async () => (await readOutbox(outbox)).filter((m) => m.subject.startsWith("IR Finder daily digest"));
const ctx = { requestId: "test:digest", ipHash: null };

/** Proposes a telehealth change on a role and returns the request id. */
async function propose(actor: TActor, roleId: number): Promise<number> {
  const role = await db().practitionerRole.findUniqueOrThrow({ where: { id: roleId } });
  const r = await proposeRoleChange(actor, {
    organizationId: P.organizationId,
    roleId,
    version: role.version,
    changes: { telehealth: !role.telehealth },
  });
  return r.id;
}

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
  P = await createPractice("Notify Spine", 31, { lat: 37.69, lng: -97.33, zip: "67202" });
  const src = await db().dataSource.create({ data: { kind: "DEMO", name: "second physician" } });
  const ph = await db().physician.create({
    data: {
      npi: "1234567893",
      slug: "doc-notify-2",
      firstName: "Second",
      lastName: "Doctor",
      identifiedBy: "TAXONOMY",
      languages: ["en"],
      sourceId: src.id,
      asOf: new Date("2026-10-01"),
      lastConfirmedAt: new Date("2026-10-01"),
    },
  });
  secondRoleId = (
    await db().practitionerRole.create({
      data: { physicianId: ph.id, locationId: P.locationId, sourceId: src.id, asOf: new Date("2026-10-01") },
    })
  ).id;
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  const m = await createUser({ email: "manager@notify.test" });
  await addMember(m.id, P.organizationId, "MANAGER");
  manager = await signedIn(m.id);
  const s1 = await createUser({ email: "staff-now@notify.test" });
  await addMember(s1.id, P.organizationId, "STAFF");
  staffNow = await signedIn(s1.id);
  const s2 = await createUser({ email: "staff-digest@notify.test" });
  await addMember(s2.id, P.organizationId, "STAFF");
  staffDigest = await signedIn(s2.id);
});
afterAll(async () => db().$disconnect());

describe("the setting", () => {
  it("starts at 'as they happen', changes only the signed-in user's own setting, and is audited", async () => {
    expect(await getMyNotifyMode(manager)).toBe("IMMEDIATE");
    expect(await setMyNotifyMode(manager, { notifyMode: "DAILY_DIGEST" })).toEqual({ notifyMode: "DAILY_DIGEST" });
    expect(await setMyNotifyMode(staffDigest, { notifyMode: "DAILY_DIGEST" })).toEqual({ notifyMode: "DAILY_DIGEST" });
    expect(await getMyNotifyMode(manager)).toBe("DAILY_DIGEST");
    expect(await getMyNotifyMode(staffNow)).toBe("IMMEDIATE");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "account.notify_mode.set", entityId: String(manager.userId) } });
    expect(audit.after).toEqual({ notifyMode: "DAILY_DIGEST" });
  });

  it("refuses an unknown value in plain words, and a forged user id", async () => {
    const bad = await caught(setMyNotifyMode(staffNow, { notifyMode: "HOURLY" }));
    expect(bad.code).toBe("VALIDATION_FAILED");
    const said = JSON.stringify({ message: bad.message, details: bad.details });
    expect(said).toContain("Choose how often we e-mail you");
    expect(said).not.toMatch(/Invalid option|expected one of/);
    const forged = await caught(setMyNotifyMode(staffNow, { notifyMode: "DAILY_DIGEST", userId: manager.userId }));
    expect(forged.code).toBe("VALIDATION_FAILED");
    expect(await getMyNotifyMode(staffNow)).toBe("IMMEDIATE");
  });
});

describe("per-event mail", () => {
  it("reaches a submitter who chose 'as they happen', for approval, rejection and undo", async () => {
    const a = await propose(staffNow, P.roleId);
    await approveChangeRequest(moderator, { id: a });
    await undoDecision(moderator, { id: a });
    await rejectChangeRequest(moderator, { id: a, reason: "Please call us first." });
    const mails = await mailTo("staff-now@notify.test");
    expect(mails.map((m) => m.text.split("\n\n")[1]?.split(".")[0])).toEqual(["Approved", "Back under review", "Not approved"]);
    expect(mails.every((m) => m.text.includes(`/portal/practices/${P.organizationId}/requests#request-${a}`))).toBe(true);
  });

  it("never reaches a submitter who chose the daily digest (manager or staff)", async () => {
    const byManager = await propose(manager, P.roleId);
    await approveChangeRequest(moderator, { id: byManager });
    const byStaff = await propose(staffDigest, secondRoleId);
    await rejectChangeRequest(moderator, { id: byStaff, reason: "Wrong physician." });
    expect(await mailTo("manager@notify.test")).toEqual([]);
    expect(await mailTo("staff-digest@notify.test")).toEqual([]);
  });

  it("security mail goes out at once whatever the setting (password change, invitation)", async () => {
    await changePassword(staffDigest, { currentPassword: PASSWORD, newPassword: "another long passphrase 42" });
    expect((await mailTo("staff-digest@notify.test")).map((m) => m.subject)).toContain("Your IR Finder password was changed");
    await db().portalUser.create({
      data: { email: "invitee@notify.test", displayName: "Invitee", passwordHash: "x", notifyMode: "DAILY_DIGEST" },
    });
    await inviteStaff(manager, { organizationId: P.organizationId, email: "invitee@notify.test" });
    expect((await mailTo("invitee@notify.test")).map((m) => m.subject)).toEqual([
      "You're invited to help keep Notify Spine's IR Finder listing current",
    ]);
  });
});

describe("npm run digest", () => {
  it("goes only to digest users: the manager hears the practice's news, staff only their own requests", async () => {
    const first = await sendDailyDigests(ctx);
    expect(first).toMatchObject({ sent: 2, alreadySent: 0, readers: 2 });
    const sent = await digests();
    expect(sent.map((m) => m.to).sort()).toEqual(["manager@notify.test", "staff-digest@notify.test"]);
    const toManager = sent.find((m) => m.to === "manager@notify.test")?.text ?? "";
    // Everything decided at the practice, the colleague's requests included.
    expect(toManager.match(/^- (Approved|Not approved):/gm)?.length).toBe(3);
    expect(toManager).toContain("Wrong physician.");
    expect(toManager).toContain("/portal/account");
    const toStaff = sent.find((m) => m.to === "staff-digest@notify.test")?.text ?? "";
    expect(toStaff.match(/^- (Approved|Not approved):/gm)?.length).toBe(1);
    expect(toStaff).toContain("Wrong physician.");
    expect(toStaff).not.toContain("Please call us first.");
    // Idempotent within the day.
    expect(await sendDailyDigests(ctx)).toMatchObject({ sent: 0, alreadySent: 2 });
    expect(await digests()).toHaveLength(2);
  });

  it("a failed send is retried by the next run; switching back to 'as they happen' stops the digest", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    const r = await propose(staffNow, secondRoleId);
    await db().changeRequest.update({ where: { id: r }, data: { status: "APPROVED", reviewedAt: new Date(tomorrow.getTime() - 60_000) } });
    process.env.SMTP_URL = "smtp://127.0.0.1:9/";
    resetEnvCache();
    try {
      expect(await sendDailyDigests(ctx, { now: tomorrow })).toMatchObject({ sent: 0 });
    } finally {
      delete process.env.SMTP_URL;
      resetEnvCache();
    }
    expect(await db().digestDelivery.count({ where: { day: new Date(`${tomorrow.toISOString().slice(0, 10)}T00:00:00Z`) } })).toBe(0);
    await setMyNotifyMode(staffDigest, { notifyMode: "IMMEDIATE" });
    expect(await sendDailyDigests(ctx, { now: tomorrow })).toMatchObject({ sent: 1, readers: 1 });
    expect((await digests()).filter((m) => m.to === "manager@notify.test")).toHaveLength(2);
    expect((await digests()).filter((m) => m.to === "staff-digest@notify.test")).toHaveLength(1);
  });

  it("a manager on 'as they happen' gets the confirmation reminder once, on the day a listing enters the window", async () => {
    const m = await createUser({ email: "manager-now@notify.test" });
    await addMember(m.id, P.organizationId, "MANAGER");
    const reminders = async () => (await mailTo("manager-now@notify.test")).filter((x) => x.subject.startsWith("Please confirm"));
    // Confirmed 335 days before the (UTC) day of the run: the listing enters the 30-day window that day.
    const day = new Date(Date.now() + 2 * 86_400_000);
    const entered = new Date(`${day.toISOString().slice(0, 10)}T00:00:00Z`);
    entered.setUTCDate(entered.getUTCDate() - (365 - 30));
    await db().location.update({ where: { id: P.locationId }, data: { lastConfirmedAt: entered } });
    const first = await sendDailyDigests(ctx, { now: day });
    expect(first.reminders).toBe(1);
    const [mail] = await reminders();
    expect(mail?.text).toContain('will be marked "possibly out of date" in 30 days');
    expect(mail?.text).toContain(`/portal/practices/${P.organizationId}`);
    // The digest reader is not sent the reminder separately (the digest carries it), and a second run sends nothing.
    expect((await mailTo("manager@notify.test")).filter((x) => x.subject.startsWith("Please confirm"))).toEqual([]);
    expect((await sendDailyDigests(ctx, { now: day })).reminders).toBe(0);
    // The next day the listing is still due but no longer new: no second reminder.
    expect((await sendDailyDigests(ctx, { now: new Date(day.getTime() + 86_400_000) })).reminders).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });
});
