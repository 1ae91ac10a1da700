// `npm run bench:account-timing [-- --rounds 40]`
// Case 8 of the security review: does sign-up or a password-reset request answer faster or slower for an address
// that has an account? Creates a throw-away database, then times both operations for existing and unknown
// addresses, interleaved, and prints the medians and their difference. Prints figures; asserts nothing.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestDatabase } from "../tests/integration/support/database";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "40" } } });
const rounds = Number(values.rounds);

const tmp = createTestDatabase("irf_bench_timing");
const database = await tmp;
process.env.DATABASE_URL = database.url;
process.env.MAIL_OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), "irf-bench-outbox-"));
process.env.LOG_LEVEL = "error";

const { signUp, requestPasswordReset } = await import("@/lib/auth/accounts");
const { hashPassword } = await import("@/lib/auth/password");
const { db, disconnectDb } = await import("@/lib/db/client");
// Older code (before the background queue) has no queue to wait for; then a short pause stands in for it.
const settleBackgroundWork = await import("@/lib/jobs/background").then(
  (m) => m.settleBackgroundWork,
  () => () => new Promise<void>((r) => setTimeout(r, 30)),
);

const PASSWORD = "a long enough benchmark passphrase";
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

try {
  const hash = await hashPassword(PASSWORD);
  await db().portalUser.createMany({
    data: Array.from({ length: rounds }, (_, i) => ({
      email: `existing${i}@bench.test`,
      displayName: "B",
      passwordHash: hash,
      emailVerifiedAt: new Date(),
    })),
  });
  let n = 0;
  const ctx = () => ({ requestId: `bench-${++n}-000000`, ipHash: `bench-ip-${n}` });
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const t = { signUpExisting: [] as number[], signUpUnknown: [] as number[], resetExisting: [] as number[], resetUnknown: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first so warm-up and caching favour neither.
    const pairs: Array<[keyof typeof t, () => Promise<unknown>]> = [
      ["signUpExisting", () => signUp(ctx(), { email: `existing${i}@bench.test`, displayName: "B", password: PASSWORD })],
      ["signUpUnknown", () => signUp(ctx(), { email: `unknown${i}@bench.test`, displayName: "B", password: PASSWORD })],
      ["resetExisting", () => requestPasswordReset(ctx(), { email: `existing${i}@bench.test` })],
      ["resetUnknown", () => requestPasswordReset(ctx(), { email: `nobody${i}@bench.test` })],
    ];
    if (i % 2) pairs.reverse();
    for (const [name, fn] of pairs) {
      t[name].push(await time(fn));
      // Let the background work finish outside the timed calls, so it never lands inside the next measurement.
      await settleBackgroundWork();
    }
  }
  const row = (label: string, a: number[], b: number[]) =>
    console.log(
      `${label.padEnd(24)} existing median ${median(a).toFixed(2)} ms | unknown median ${median(b).toFixed(2)} ms | difference ${(median(a) - median(b)).toFixed(2)} ms (n=${a.length} each)`,
    );
  console.log(`account timing, ${rounds} rounds, ${new Date().toISOString()}`);
  row("sign-up", t.signUpExisting, t.signUpUnknown);
  row("password reset request", t.resetExisting, t.resetUnknown);
} finally {
  await settleBackgroundWork();
  await disconnectDb();
  await database.drop();
}
