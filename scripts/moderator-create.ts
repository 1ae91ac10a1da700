// npm run moderator:create -- <email>: makes a site moderator. The password is typed at a hidden prompt, or, when
// there is no terminal (or with --invite), a set-your-password link is e-mailed. Never a password on the command line.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { randomToken } from "@/lib/auth/crypto";
import { issueEmailToken } from "@/lib/auth/email-tokens";
import { portalLink } from "@/lib/auth/links";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { ZEmail } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { resetEnvCache } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { invite: { type: "boolean", default: false } } });
const parsedEmail = ZEmail.safeParse(positionals[0] ?? "");
if (!parsedEmail.success) {
  console.error("Usage: npm run moderator:create -- <email> [--invite]");
  process.exit(2);
}
const email = parsedEmail.data;

/** Reads a line without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function promptPassword(): Promise<string> {
  for (;;) {
    const first = await askHidden("New moderator password: ");
    const problem = passwordProblem(first, email);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await askHidden("Type it again: ")) === first) return first;
    console.error("The two passwords differ. Try again.");
  }
}

const database = await openScriptDatabase({ log: console.log });
process.env.DATABASE_URL = database.url;
resetEnvCache();
const ctx = { requestId: "cli:moderator-create", ipHash: null };
try {
  const existing = await db().portalUser.findUnique({ where: { email } });
  if (existing) {
    await db().portalUser.update({ where: { id: existing.id }, data: { isModerator: true } });
    await recordAudit(ctx, {
      action: "moderation.moderator_create",
      entity: "portal_user",
      entityId: existing.id,
      after: { promoted: true },
    });
    console.log(`${email} already had an account; it is now a moderator.`);
  } else if (process.stdin.isTTY && !values.invite) {
    const password = await promptPassword();
    const user = await db().portalUser.create({
      data: {
        email,
        displayName: email.split("@")[0] ?? email,
        passwordHash: await hashPassword(password),
        isModerator: true,
        emailVerifiedAt: new Date(),
      },
    });
    await recordAudit(ctx, { action: "moderation.moderator_create", entity: "portal_user", entityId: user.id });
    console.log(`Moderator ${email} created. Sign in at ${portalLink("/portal/sign-in")} and set up two-step sign-in.`);
  } else {
    // Nobody knows this random password: the account is usable only after the e-mailed link sets a real one.
    const user = await db().portalUser.create({
      data: { email, displayName: email.split("@")[0] ?? email, passwordHash: await hashPassword(randomToken(32)), isModerator: true },
    });
    const token = await issueEmailToken(user.id, "RESET_PASSWORD");
    await sendMail({
      to: email,
      subject: "You are an IR Finder moderator: set your password",
      text: `An IR Finder moderator account was created for you.\n\nSet your password (the link works once, for 30 minutes):\n${portalLink(`/portal/reset-password?token=${token}`)}\n\nThen sign in and set up two-step sign-in.`,
    });
    await recordAudit(ctx, { action: "moderation.moderator_create", entity: "portal_user", entityId: user.id, after: { invited: true } });
    console.log(`Moderator ${email} created; a link to set the password was e-mailed (or written to the outbox folder).`);
  }
} finally {
  await db().$disconnect();
  await database.close();
}
