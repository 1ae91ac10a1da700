// npm run moderator:create -- <email>: makes a site moderator. The password is typed at a hidden prompt, or, when
// there is no terminal (or with --invite), a set-your-password link is e-mailed. Never a password on the command line.
// Arguments and prompts only; the work is in lib/moderation/create-moderator.ts.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { portalLink } from "@/lib/auth/links";
import { passwordProblem } from "@/lib/auth/password";
import { disconnectDb } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { resetEnvCache } from "@/lib/env";
import { createModerator, promoteToModerator } from "@/lib/moderation/create-moderator";
import { ZEmail } from "@/lib/validation/common";

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
  if (await promoteToModerator(ctx, { email })) {
    console.log(`${email} already had an account; it is now a moderator.`);
  } else if (process.stdin.isTTY && !values.invite) {
    await createModerator(ctx, { email, password: await promptPassword() });
    console.log(`Moderator ${email} created. Sign in at ${portalLink("/portal/sign-in")} and set up two-step sign-in.`);
  } else {
    await createModerator(ctx, { email });
    console.log(`Moderator ${email} created; a link to set the password was e-mailed (or written to the outbox folder).`);
  }
} finally {
  // Every pool, not only Prisma's client: an idle pg connection left open kept the process alive for the pool's
  // 30 s idle timeout after the work was done.
  await disconnectDb();
  await database.close();
}
