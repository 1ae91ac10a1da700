// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql from the diff
// of schema.prisma plus a copy of every prisma/sql file changed since its last migration.
import { canonicalBlock, staleCanonicalSql } from "@/lib/db/canonical-sql";
import { diffMigrationsToSchema, writeMigration } from "@/lib/db/migrate";
import { env } from "@/lib/env";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npm run db:migration:new -- <name>   (e.g. add_clinic_hours)");
  // The shadow database goes on DATABASE_URL's server when there is one; otherwise an in-memory embedded one.
  const [diff, stale] = await Promise.all([diffMigrationsToSchema({ serverUrl: env().DATABASE_URL }), staleCanonicalSql()]);
  if (!diff && stale.length === 0) {
    throw new Error("schema.prisma, prisma/sql and prisma/migrations already agree: no migration written.");
  }
  // Tables first: the functions in prisma/sql may take their row types.
  const sql = [diff, ...stale.map((s) => canonicalBlock(s.file, s.content))].filter(Boolean).join("\n");
  const folder = await writeMigration(name, sql);
  console.log(`Wrote prisma/migrations/${folder}/migration.sql — review it, then run npm run db:migrate.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
