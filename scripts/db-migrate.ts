// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database folder when unset.
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const { DATABASE_URL, EMBEDDED_DB_DIR } = env();
  const embedded = DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DB_DIR, port: 0 });
  const target = DATABASE_URL ? new URL(DATABASE_URL).pathname.slice(1) : `embedded database in ${EMBEDDED_DB_DIR}`;
  try {
    const { applied } = await applyMigrations(DATABASE_URL ?? embedded?.url ?? "");
    if (applied.length === 0) console.log(`${target}: already up to date.`);
    else console.log(`${target}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join("\n")}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
