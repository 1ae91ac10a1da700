// Making a site moderator from the command line (there is no moderator yet to approve one): promote an existing
// account, or create one with a password or with an e-mailed set-your-password link. Audited like every portal change.
import "server-only";
import { z } from "zod";
import { randomToken } from "@/lib/auth/crypto";
import { issueEmailToken } from "@/lib/auth/email-tokens";
import { portalLink } from "@/lib/auth/links";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TRequestContext } from "@/lib/http/request-context";
import { sendMail } from "@/lib/mail/send-mail";
import { ZEmail } from "@/lib/validation/common";
import { parseWith } from "@/lib/validation/parse";

const ACTION = "moderation.moderator_create";
const ZModeratorEmail = z.strictObject({ email: ZEmail });
const ZNewModerator = z.strictObject({ email: ZEmail, password: z.string().optional() });

/** Makes an existing account a moderator; false when no account uses the address. */
export async function promoteToModerator(ctx: TRequestContext, input: unknown): Promise<boolean> {
  const { email } = parseWith(ZModeratorEmail, input, "input");
  const existing = await db().portalUser.findUnique({ where: { email } });
  if (!existing) return false;
  await db().portalUser.update({ where: { id: existing.id }, data: { isModerator: true } });
  await recordAudit(ctx, { action: ACTION, entity: "portal_user", entityId: existing.id, after: { promoted: true } });
  return true;
}

/**
 * Creates a moderator account. With a password, it can sign in now; without, nobody knows its random password and
 * the e-mailed link (one use, 30 minutes) sets a real one.
 */
export async function createModerator(ctx: TRequestContext, input: unknown): Promise<{ invited: boolean }> {
  const { email, password } = parseWith(ZNewModerator, input, "input");
  const problem = password === undefined ? null : passwordProblem(password, email);
  if (problem) throw new AppError("VALIDATION_FAILED", problem);
  const displayName = email.split("@")[0] ?? email;
  if (password !== undefined) {
    const user = await db().portalUser.create({
      data: { email, displayName, passwordHash: await hashPassword(password), isModerator: true, emailVerifiedAt: new Date() },
    });
    await recordAudit(ctx, { action: ACTION, entity: "portal_user", entityId: user.id });
    return { invited: false };
  }
  const user = await db().portalUser.create({
    data: { email, displayName, passwordHash: await hashPassword(randomToken(32)), isModerator: true },
  });
  const token = await issueEmailToken(user.id, "RESET_PASSWORD");
  await sendMail({
    to: email,
    subject: "You are an IR Finder moderator: set your password",
    text: `An IR Finder moderator account was created for you.\n\nSet your password (the link works once, for 30 minutes):\n${portalLink(`/portal/reset-password?token=${token}`)}\n\nThen sign in and set up two-step sign-in.`,
  });
  await recordAudit(ctx, { action: ACTION, entity: "portal_user", entityId: user.id, after: { invited: true } });
  return { invited: true };
}
