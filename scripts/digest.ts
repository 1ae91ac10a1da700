// npm run digest: sends today's digest e-mail to portal users who chose it on their account page, and the listing
// confirmation reminder to managers who chose e-mail as things happen (run it once a day from cron or a timer;
// running it again the same day sends nothing more). The work is in lib/portal/digest.ts.
import { disconnectDb } from "@/lib/db/client";
import { openScriptDatabase } from "@/lib/db/script-database";
import { resetEnvCache } from "@/lib/env";
import { sendDailyDigests } from "@/lib/portal/digest";

const database = await openScriptDatabase({ log: console.log });
process.env.DATABASE_URL = database.url;
resetEnvCache();
try {
  const r = await sendDailyDigests({ requestId: "cli:digest", ipHash: null });
  console.log(
    `Daily digest: ${r.sent} e-mail(s) sent, ${r.alreadySent} already sent today, ${r.readers} digest reader(s) checked; ${r.reminders} confirmation reminder(s) to managers who get e-mail as things happen.`,
  );
} finally {
  // Every pool, not only Prisma's client: an idle pg connection left open kept the process alive for the pool's
  // 30 s idle timeout after the work was done.
  await disconnectDb();
  await database.close();
}
