// Outgoing mail through nodemailer: SMTP when SMTP_URL is set, otherwise a local outbox folder (development, tests).
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { runInBackground } from "@/lib/jobs/background";
import { log } from "@/lib/log";
import { consumeRateLimit } from "@/lib/security/rate-limit";

export type TMail = { to: string; subject: string; text: string };

/** Mails queued with queueMail() that one address may receive per window. */
export const MAIL_BUDGET = { limit: 5, windowSeconds: 60 * 60 } as const;

/** What the outbox folder holds per message (next to the raw .eml): tests read these. */
export type TOutboxMessage = TMail & { from: string; sentAt: string };

let smtp: Transporter | undefined;

export async function sendMail(mail: TMail): Promise<void> {
  const e = env();
  const message = { from: e.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text };
  if (e.SMTP_URL) {
    smtp ??= nodemailer.createTransport(e.SMTP_URL);
    await smtp.sendMail(message);
    return;
  }
  // The stream transport builds the real MIME message without sending it; we keep it for inspection.
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  const dir = path.resolve(e.MAIL_OUTBOX_DIR);
  await mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const record: TOutboxMessage = { ...message, sentAt: new Date().toISOString() };
  // Each file is written under a temporary name and renamed into place, so a reader of the folder (a person, the e2e
  // journeys) never opens a half-written message.
  const put = async (file: string, data: Buffer | string) => {
    const temp = path.join(dir, `.${file}.tmp`);
    await writeFile(temp, data);
    await rename(temp, path.join(dir, file));
  };
  await put(`${name}.eml`, built.message as Buffer);
  await put(`${name}.json`, JSON.stringify(record, null, 2));
  if (e.NODE_ENV === "production") log.warn({ to: "[redacted]" }, "SMTP_URL is not set: mail written to the outbox folder");
}

/**
 * Queues a mail after the answer (lib/jobs/background), within a budget per recipient address: sign-ups, resets and
 * invitations can be triggered by anyone, so no address may be sent more than MAIL_BUDGET of them per hour.
 */
export function queueMail(mail: TMail): void {
  runInBackground("mail", async () => {
    const budget = await consumeRateLimit({
      key: `mail:to:${createHash("sha256").update(mail.to.trim().toLowerCase()).digest("hex")}`,
      ...MAIL_BUDGET,
    });
    if (!budget.allowed) {
      log.warn({ subject: mail.subject }, "mail budget for this address used up: not sent");
      return;
    }
    await sendMail(mail);
  });
}

/**
 * Sends a notice about a change that is already committed. A mail failure is logged, never thrown: the saved
 * change must not be reported to the person as an error (they would retry something that already happened).
 */
export async function sendMailAfterCommit(mail: TMail, context: { action: string; requestId: string }): Promise<void> {
  try {
    await sendMail(mail);
  } catch (err) {
    log.error({ err, subject: mail.subject, ...context }, "notice mail after a committed change failed");
  }
}
