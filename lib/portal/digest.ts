// The daily digest e-mail to portal users who chose it on their account page (decision 064): for managers, edits
// decided, invitations accepted and listings due for confirmation in the last day; for staff, decisions on their own
// requests. One e-mail per user per UTC day however often it runs (`npm run digest`, decision 060).
import "server-only";
import { portalLink } from "@/lib/auth/links";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { MembershipRole, NotifyMode } from "@/lib/generated/prisma/client";
import type { TRequestContext } from "@/lib/http/request-context";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send-mail";
import { STALE_AFTER_DAYS } from "@/lib/physicians/freshness";
import { isoDay } from "@/lib/text/calendar";

/** A location is mentioned this many days before it would be marked "possibly out of date". */
export const REMIND_BEFORE_STALE_DAYS = 30;
const DAY_MS = 86_400_000;

type TPracticeNews = {
  organizationId: number;
  name: string;
  decided: Array<{ id: number; status: string; summary: string; reason: string | null }>;
  joined: string[];
  waiting: number;
  dueLocations: Array<{ name: string; lastConfirmedAt: string }>;
};

/**
 * A practice's news for one reader: a manager hears everything; a staff member hears only about the requests they sent
 * (what "as they happen" mail would have told them), so nothing reaches staff that their role does not cover.
 */
async function newsFor(
  organizationId: number,
  name: string,
  reader: { userId: number; role: MembershipRole },
  since: Date,
  now: Date,
): Promise<TPracticeNews> {
  const remindBefore = new Date(now.getTime() - (STALE_AFTER_DAYS - REMIND_BEFORE_STALE_DAYS) * DAY_MS);
  const manager = reader.role === "MANAGER";
  const mine = manager ? {} : { submittedById: reader.userId };
  const [decided, joined, waiting, due] = await Promise.all([
    db().changeRequest.findMany({
      where: { organizationId, ...mine, status: { in: ["APPROVED", "REJECTED"] }, reviewedAt: { gt: since, lte: now } },
      orderBy: { reviewedAt: "asc" },
      select: { id: true, status: true, summary: true, reason: true },
    }),
    manager
      ? db().invitation.findMany({ where: { organizationId, acceptedAt: { gt: since, lte: now } }, select: { email: true } })
      : Promise.resolve([]),
    db().changeRequest.count({ where: { organizationId, ...mine, status: "PENDING" } }),
    manager
      ? db().location.findMany({
          where: { organizationId, lastConfirmedAt: { lt: remindBefore } },
          orderBy: { lastConfirmedAt: "asc" },
          select: { name: true, lastConfirmedAt: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    organizationId,
    name,
    decided,
    joined: joined.map((j) => j.email),
    waiting,
    dueLocations: due.map((l) => ({ name: l.name, lastConfirmedAt: isoDay(l.lastConfirmedAt) })),
  };
}

const hasNews = (n: TPracticeNews) => n.decided.length + n.joined.length + n.dueLocations.length > 0;

/** The e-mail body in words, with a link to each practice's requests. */
export function digestText(practices: TPracticeNews[]): string {
  const parts = practices.map((p) => {
    const lines = [`${p.name}`, `${"=".repeat(Math.min(p.name.length, 60))}`];
    if (p.decided.length) {
      lines.push("Decided since yesterday:");
      for (const d of p.decided)
        lines.push(
          `- ${d.status === "APPROVED" ? "Approved" : "Not approved"}: ${d.summary} (request #${d.id})${d.reason && d.status === "REJECTED" ? ` — reason: ${d.reason}` : ""}`,
        );
    }
    if (p.joined.length) lines.push(`Joined the practice: ${p.joined.join(", ")}`);
    if (p.dueLocations.length) {
      lines.push("Please confirm these listings are still correct (they are marked possibly out of date after a year):");
      for (const l of p.dueLocations) lines.push(`- ${l.name}, last confirmed ${l.lastConfirmedAt}`);
    }
    if (p.waiting) lines.push(`Still waiting for review: ${p.waiting} request${p.waiting === 1 ? "" : "s"}.`);
    lines.push(`See the requests: ${portalLink(`/portal/practices/${p.organizationId}/requests`)}`);
    return lines.join("\n");
  });
  return `Here is what happened in your practice${practices.length > 1 ? "s" : ""} on IR Finder in the last day.\n\n${parts.join("\n\n")}\n\nYou get this e-mail, on days with news only, because you chose a daily digest instead of an e-mail per event. Change it on your account page: ${portalLink("/portal/account")}\n`;
}

type TReader = { email: string; practices: Array<{ id: number; name: string; role: MembershipRole }> };

/** Verified, enabled members with this e-mail setting (and role, when given), grouped by user. */
async function readers(notifyMode: NotifyMode, role?: MembershipRole): Promise<Map<number, TReader>> {
  const members = await db().membership.findMany({
    where: { ...(role ? { role } : {}), user: { notifyMode, disabledAt: null, emailVerifiedAt: { not: null } } },
    include: { user: { select: { id: true, email: true } }, organization: { select: { id: true, name: true } } },
    orderBy: [{ userId: "asc" }, { organizationId: "asc" }],
  });
  const byUser = new Map<number, TReader>();
  for (const m of members) {
    const u = byUser.get(m.userId) ?? { email: m.user.email, practices: [] };
    u.practices.push({ ...m.organization, role: m.role });
    byUser.set(m.userId, u);
  }
  return byUser;
}

/**
 * At most one of these e-mails per user per UTC day: a delivery row (user, day) is written before the e-mail, so a
 * second run the same day sends nothing more; a failed send removes its row again so the next run retries.
 */
async function sendOncePerDay(
  ctx: TRequestContext,
  d: { userId: number; day: Date; to: string; subject: string; text: string; action: string; practices: number[] },
): Promise<"sent" | "already" | "failed"> {
  const claimed = await db().digestDelivery.createMany({ data: [{ userId: d.userId, day: d.day }], skipDuplicates: true });
  if (claimed.count === 0) return "already";
  try {
    await sendMail({ to: d.to, subject: d.subject, text: d.text });
    await recordAudit(ctx, {
      action: d.action,
      entity: "portal_user",
      entityId: d.userId,
      after: { day: isoDay(d.day), practices: d.practices },
    });
    return "sent";
  } catch (e) {
    await db().digestDelivery.deleteMany({ where: { userId: d.userId, day: d.day } });
    log.error({ err: e, userId: d.userId, action: d.action }, "e-mail not sent; the next run retries");
    return "failed";
  }
}

/**
 * Sends today's digest to every member who chose the daily digest and has news in the 24 hours before `now`, once per
 * user per UTC day (sendOncePerDay). Returns how many e-mails went out and how many were already sent today. Managers
 * who chose "as they happen" get the confirmation reminder on its own (`reminders`).
 */
export async function sendDailyDigests(
  ctx: TRequestContext,
  opts: { now?: Date } = {},
): Promise<{ sent: number; alreadySent: number; readers: number; reminders: number }> {
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - DAY_MS);
  const day = new Date(`${isoDay(now)}T00:00:00Z`);
  const byUser = await readers("DAILY_DIGEST");
  let sent = 0;
  let alreadySent = 0;
  for (const [userId, u] of byUser) {
    const news = (await Promise.all(u.practices.map((p) => newsFor(p.id, p.name, { userId, role: p.role }, since, now)))).filter(hasNews);
    if (news.length === 0) continue;
    const total = (f: (p: TPracticeNews) => unknown[]) => news.reduce((n, p) => n + f(p).length, 0);
    const outcome = await sendOncePerDay(ctx, {
      userId,
      day,
      to: u.email,
      subject: `IR Finder daily digest: ${total((p) => p.decided)} decided, ${total((p) => p.joined)} joined, ${total((p) => p.dueLocations)} to confirm`,
      text: digestText(news),
      action: "digest.send",
      practices: news.map((p) => p.organizationId),
    });
    if (outcome === "sent") sent += 1;
    if (outcome === "already") alreadySent += 1;
  }
  const reminders = await sendConfirmationReminders(ctx, day);
  return { sent, alreadySent, readers: byUser.size, reminders };
}

/**
 * Managers who chose "as they happen" get no digest, so the confirmation reminder reaches them as an event of its
 * own: once, on the day a listing comes within REMIND_BEFORE_STALE_DAYS of being marked possibly out of date (the
 * digest repeats it daily instead). Same one-e-mail-per-user-per-day bookkeeping as the digest; a day the job does not
 * run is a day whose reminders are not sent (the practice page still shows the listing as due).
 */
async function sendConfirmationReminders(ctx: TRequestContext, day: Date): Promise<number> {
  // last_confirmed_at is a date: the listings confirmed exactly this many days before today (UTC) enter the window today.
  const enteredOn = new Date(day.getTime() - (STALE_AFTER_DAYS - REMIND_BEFORE_STALE_DAYS) * DAY_MS);
  let sent = 0;
  for (const [userId, u] of await readers("IMMEDIATE", "MANAGER")) {
    const due = (
      await Promise.all(
        u.practices.map(async (p) => ({
          practice: p,
          locations: await db().location.findMany({
            where: { organizationId: p.id, lastConfirmedAt: enteredOn },
            orderBy: { name: "asc" },
            select: { name: true, lastConfirmedAt: true },
          }),
        })),
      )
    ).filter((d) => d.locations.length > 0);
    if (due.length === 0) continue;
    const count = due.reduce((n, d) => n + d.locations.length, 0);
    const text = [
      `${count === 1 ? "A listing" : `${count} listings`} of yours will be marked "possibly out of date" in ${REMIND_BEFORE_STALE_DAYS} days unless someone confirms ${count === 1 ? "it is" : "they are"} still correct.`,
      ...due.map((d) =>
        [
          d.practice.name,
          ...d.locations.map((l) => `- ${l.name}, last confirmed ${isoDay(l.lastConfirmedAt)}`),
          `Check and confirm: ${portalLink(`/portal/practices/${d.practice.id}`)}`,
        ].join("\n"),
      ),
      `You get this reminder on its own because you chose e-mail as things happen. Change it on your account page: ${portalLink("/portal/account")}`,
    ].join("\n\n");
    const outcome = await sendOncePerDay(ctx, {
      userId,
      day,
      to: u.email,
      subject: `Please confirm your IR Finder listing${count === 1 ? "" : "s"}`,
      text: `${text}\n`,
      action: "digest.reminder",
      practices: due.map((d) => d.practice.id),
    });
    if (outcome === "sent") sent += 1;
  }
  return sent;
}
